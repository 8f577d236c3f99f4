import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useViolations } from '../api';

export interface ViolationPickerProps {
  value?: string | null;
  onChange?: (v: string | null) => void;
  known: readonly { id: string; code: string; name: string }[];
  id?: string;
}

/** Chooses a violation type of the 违法行为库 by code or name. */
export function ViolationPicker({ value, onChange, known, id }: ViolationPickerProps) {
  const [q, setQ] = useState('');
  const list = useViolations(q, 1, 50);
  const options = useMemo(() => {
    const map = new Map<string, string>(known.map((v) => [v.id, `${v.code} ${v.name}`]));
    for (const v of list.data?.items ?? []) if (!map.has(v.id)) map.set(v.id, `${v.code} ${v.name}`);
    return [...map].map(([value, label]) => ({ value, label }));
  }, [known, list.data]);
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim()) }}
      value={value ?? null}
      onChange={(v) => onChange?.((v as string | undefined) ?? null)}
      options={options}
      placeholder="选择对应的违法行为（可按编号或名称搜索）"
      loading={list.isFetching}
      popupMatchSelectWidth={false}
    />
  );
}
