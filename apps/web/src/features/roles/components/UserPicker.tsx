import type { User } from '@zhifa/shared';
import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useUsers } from '../../users/api';

const labelOf = (u: Pick<User, 'displayName' | 'username' | 'agencyName'>) => `${u.displayName}（${u.username}）· ${u.agencyName}`;

/** Finds one user by 用户名 or 姓名 (server-side search within the caller's data scope). */
export function UserPicker({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  useEffect(() => {
    const t = window.setTimeout(() => setQ(text.trim()), 300);
    return () => window.clearTimeout(t);
  }, [text]);
  const users = useUsers({ page: 1, pageSize: 20, q: q || undefined });

  const options = (users.data?.items ?? []).map((u) => ({ value: u.id, label: labelOf(u) }));
  // Keep the chosen user's name on screen after the search text changes.
  if (picked && picked.value === value && !options.some((o) => o.value === picked.value)) options.unshift(picked);

  return (
    <Select<string, { value: string; label: string }>
      className="user-picker"
      aria-label="选择用户"
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      onChange={(v, opt) => {
        setPicked(opt && !Array.isArray(opt) ? opt : null);
        onChange(v ?? null);
      }}
      allowClear
      placeholder="输入用户名或姓名查找用户"
      notFoundContent={users.isFetching ? <Spin size="small" /> : '没有找到用户'}
      options={options}
    />
  );
}
