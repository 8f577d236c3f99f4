import { ReloadOutlined } from '@ant-design/icons';
import { userStatuses, userStatusLabel, type User } from '@zhifa/shared';
import { Button, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { AgencyTreeSelect } from '../../org/components/AgencyTreeSelect';

export interface UserFilterValues {
  q?: string | undefined;
  agencyId?: string | undefined;
  status?: User['status'] | undefined;
}

/** 机关 · 状态 · 搜索 above the user table. */
export function UserFilters({ value, onChange }: { value: UserFilterValues; onChange: (v: UserFilterValues) => void }) {
  const [q, setQ] = useState(value.q ?? '');
  useEffect(() => setQ(value.q ?? ''), [value.q]);

  return (
    <Flex gap={12} wrap align="center" className="filter-bar" role="search">
      <AgencyTreeSelect
        className="filter-agency"
        value={value.agencyId ?? null}
        onChange={(agencyId) => onChange({ ...value, agencyId: agencyId ?? undefined })}
        placeholder="全部机关"
        allowClear
        disableInactive={false}
      />
      <Select<User['status']>
        className="filter-status"
        aria-label="状态"
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        placeholder="全部状态"
        allowClear
        options={userStatuses.map((s) => ({ value: s, label: userStatusLabel[s] }))}
      />
      <Input.Search
        className="filter-search"
        aria-label="搜索用户"
        placeholder="用户名或姓名"
        allowClear
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(text) => onChange({ ...value, q: text.trim() || undefined })}
        enterButton="查询"
        maxLength={100}
      />
      <Button icon={<ReloadOutlined />} onClick={() => onChange({})}>
        重置
      </Button>
    </Flex>
  );
}
