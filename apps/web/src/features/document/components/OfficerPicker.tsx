import type { Page } from '@zhifa/shared';
import type { Officer } from '@zhifa/shared/contract/registry';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { api } from '../../../lib/api-client';

/**
 * Picks the enforcement officers shown on the document: at most two (Q9). Officers whose certificate
 * is not valid today are shown but disabled.
 */
export function OfficerPicker({ value, onChange, known = [], id }: { value?: string[]; onChange?: (v: string[]) => void; known?: { id: string; name: string; certNo: string }[]; id?: string }) {
  const [q, setQ] = useState('');
  const list = useQuery({
    queryKey: ['registry', 'officers', 'picker', q],
    queryFn: ({ signal }) => api.get<Page<Officer>>('/api/officers', { q, pageSize: 30 }, signal),
  });
  const options = (list.data?.items ?? []).map((o) => ({
    value: o.id,
    label: `${o.name}（${o.certNo}）${o.certState !== 'valid' ? ' · 执法证无效' : ''}${o.status !== 'active' ? ' · 不在岗' : ''}`,
    disabled: o.certState !== 'valid' || o.status !== 'active',
  }));
  for (const k of known) if (!options.some((o) => o.value === k.id)) options.unshift({ value: k.id, label: `${k.name}（${k.certNo}）`, disabled: false });
  return (
    <Select
      id={id}
      mode="multiple"
      maxCount={2}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? []}
      onChange={(v) => onChange?.(v)}
      options={options}
      loading={list.isFetching}
      placeholder="选择两名执法人员（姓名或执法证号搜索）"
    />
  );
}
