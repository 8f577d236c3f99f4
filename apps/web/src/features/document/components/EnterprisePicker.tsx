import type { Page } from '@zhifa/shared';
import type { EnterpriseSummary } from '@zhifa/shared/contract/registry';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { api } from '../../../lib/api-client';

/** Picks the party from the enterprise registry (search as you type). `label` shows the current one. */
export function EnterprisePicker({ value, onChange, label, id }: { value?: string | null; onChange?: (v: string | null) => void; label?: string | null; id?: string }) {
  const [q, setQ] = useState('');
  const list = useQuery({
    queryKey: ['registry', 'enterprises', 'picker', q],
    queryFn: ({ signal }) => api.get<Page<EnterpriseSummary>>('/api/enterprises', { q, pageSize: 20 }, signal),
  });
  const options = (list.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }));
  if (value && label && !options.some((o) => o.value === value)) options.unshift({ value, label });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      loading={list.isFetching}
      placeholder="输入企业名称或统一社会信用代码搜索"
      notFoundContent={list.isFetching ? '正在搜索…' : '没有找到'}
    />
  );
}
