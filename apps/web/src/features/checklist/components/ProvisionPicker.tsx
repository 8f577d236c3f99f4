import type { ProvisionRef } from '@zhifa/shared/contract/law';
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useSearch } from '../api';

export interface ProvisionPickerProps {
  value?: string[] | string | null;
  onChange?: (v: string[] | string | null) => void;
  /** The provisions already chosen (for their labels). */
  known: readonly ProvisionRef[];
  multiple?: boolean;
  placeholder?: string;
  id?: string;
}

/**
 * Chooses provisions of the law library by searching their citation and text — never free text,
 * so a legal basis is always an existing provision (seed 001 Q10).
 */
export function ProvisionPicker({ value, onChange, known, multiple = true, placeholder = '输入条文关键词或法律名称搜索，例如“隐患排查”', id }: ProvisionPickerProps) {
  const [q, setQ] = useState('');
  const found = useSearch(q, ['provision'], 30);
  const options = useMemo(() => {
    const map = new Map<string, string>(known.map((k) => [k.id, k.citation]));
    for (const h of found.data?.groups[0]?.hits ?? []) if (!map.has(h.id)) map.set(h.id, `${h.title} — ${h.snippet.slice(0, 40)}`);
    return [...map].map(([value, label]) => ({ value, label }));
  }, [known, found.data]);
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      allowClear
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim()) }}
      value={value ?? (multiple ? [] : null)}
      onChange={(v) => onChange?.((v as string[] | string | undefined) ?? (multiple ? [] : null))}
      options={options}
      placeholder={placeholder}
      loading={found.isFetching}
      notFoundContent={q ? (found.isFetching ? '搜索中…' : '没有找到条款') : '输入关键词搜索法律法规库'}
    />
  );
}
