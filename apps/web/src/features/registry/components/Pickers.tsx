import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useUsers } from '../../users/api';
import { useEnterpriseSearch } from '../api';

function useDebounced(text: string): string {
  const [q, setQ] = useState('');
  useEffect(() => {
    const t = window.setTimeout(() => setQ(text.trim()), 300);
    return () => window.clearTimeout(t);
  }, [text]);
  return q;
}

interface PickerProps {
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The label of the current value when it is not among the search results (editing). */
  initialLabel?: string | null;
  id?: string;
}

/** Finds an enterprise in the caller's scope by name or credit code. */
export function EnterprisePicker({ value, onChange, initialLabel, id }: PickerProps) {
  const [text, setText] = useState('');
  const q = useDebounced(text);
  const found = useEnterpriseSearch(q);
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(value && initialLabel ? { value, label: initialLabel } : null);
  const options = (found.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.locatedAgencyName}）` }));
  if (picked && picked.value === value && !options.some((o) => o.value === picked.value)) options.unshift(picked);
  return (
    <Select<string, { value: string; label: string }>
      id={id}
      className="registry-wide-select"
      aria-label="选择企业"
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      onChange={(v, opt) => {
        setPicked(opt && !Array.isArray(opt) ? opt : null);
        onChange?.(v ?? null);
      }}
      allowClear
      placeholder="输入单位名称或统一社会信用代码查找"
      notFoundContent={found.isFetching ? <Spin size="small" /> : '没有找到企业'}
      options={options}
    />
  );
}

/** Finds a user account of one agency (an officer's account must belong to the officer's agency). */
export function AccountPicker({ value, onChange, initialLabel, id, agencyId }: PickerProps & { agencyId: string | undefined }) {
  const [text, setText] = useState('');
  const q = useDebounced(text);
  const users = useUsers({ page: 1, pageSize: 20, q: q || undefined, agencyId }, Boolean(agencyId));
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(value && initialLabel ? { value, label: initialLabel } : null);
  const options = (users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }));
  if (picked && picked.value === value && !options.some((o) => o.value === picked.value)) options.unshift(picked);
  return (
    <Select<string, { value: string; label: string }>
      id={id}
      aria-label="关联账号"
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      disabled={!agencyId}
      onChange={(v, opt) => {
        setPicked(opt && !Array.isArray(opt) ? opt : null);
        onChange?.(v ?? null);
      }}
      allowClear
      placeholder="不关联（输入用户名或姓名查找）"
      notFoundContent={users.isFetching ? <Spin size="small" /> : '没有找到账号'}
      options={options}
    />
  );
}
