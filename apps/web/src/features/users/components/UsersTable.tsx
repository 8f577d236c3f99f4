import type { Page, User } from '@zhifa/shared';
import { Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDateTime } from '../../../lib/format';
import { RoleTags } from './RoleTags';
import { UserStatusTag } from './UserStatusTag';

export interface UsersTableProps {
  data: Page<User> | undefined;
  loading: boolean;
  adminRoleIds: ReadonlySet<string>;
  onPageChange: (page: number, pageSize: number) => void;
  renderActions: (user: User) => React.ReactNode;
}

export function UsersTable({ data, loading, adminRoleIds, onPageChange, renderActions }: UsersTableProps) {
  const columns: ColumnsType<User> = [
    { title: '用户名', dataIndex: 'username', key: 'username', width: 130 },
    {
      title: '姓名',
      dataIndex: 'displayName',
      key: 'displayName',
      width: 110,
      render: (name: string, u) => (
        <div className="two-line">
          <div>{name}</div>
          {u.mustChangePassword ? (
            <Tooltip title="尚未修改初始密码或临时密码">
              <div className="muted small">待改密码</div>
            </Tooltip>
          ) : null}
        </div>
      ),
    },
    {
      title: '所属机关 / 科室',
      key: 'placement',
      width: 210,
      render: (_, u) => (
        <div className="two-line">
          <div>{u.agencyName}</div>
          <div className="muted">{u.unitName ?? '—'}</div>
        </div>
      ),
    },
    { title: '角色（数据范围）', key: 'roles', minWidth: 240, render: (_, u) => <RoleTags roles={u.roles} adminRoleIds={adminRoleIds} /> },
    { title: '状态', key: 'status', width: 84, render: (_, u) => <UserStatusTag user={u} /> },
    { title: '最近登录', dataIndex: 'lastLoginAt', key: 'lastLoginAt', width: 170, render: (t: string | null) => (t ? formatDateTime(t) : <span className="muted">从未登录</span>) },
    { title: '操作', key: 'actions', width: 180, fixed: 'right', render: (_, u) => renderActions(u) },
  ];
  return (
    <Table<User>
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      size="middle"
      scroll={{ x: 1100 }}
      locale={{ emptyText: '没有符合条件的用户' }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (t) => `共 ${t} 个用户`,
        onChange: onPageChange,
      }}
    />
  );
}
