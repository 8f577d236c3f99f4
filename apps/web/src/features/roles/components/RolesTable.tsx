import type { Role } from '@zhifa/shared';
import { App, Button, Popconfirm, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { showError } from '../../../lib/show-error';
import { useDeleteRole } from '../api';
import { RoleKindTag } from './RoleKindTag';

/** All roles with their kind, permission and user counts; built-in ones marked 内置. */
export function RolesTable({ roles, loading, onEdit }: { roles: Role[]; loading: boolean; onEdit: (r: Role) => void }) {
  const del = useDeleteRole();
  const { message } = App.useApp();

  const columns: ColumnsType<Role> = [
    {
      title: '角色名称',
      key: 'name',
      width: 200,
      render: (_, r) => (
        <span>
          {r.name}
          {r.builtin ? <Tag className="inline-tag">内置</Tag> : null}
        </span>
      ),
    },
    { title: '角色代码（系统内部）', dataIndex: 'code', key: 'code', width: 170, render: (c: string) => <span className="muted small">{c}</span> },
    { title: '类别', key: 'kind', width: 170, render: (_, r) => <RoleKindTag role={r} /> },
    { title: '说明', dataIndex: 'description', key: 'description', render: (d: string | null) => d ?? <span className="muted">—</span> },
    { title: '权限数', key: 'permissions', width: 80, align: 'right', render: (_, r) => r.permissions.length },
    { title: '用户数', dataIndex: 'userCount', key: 'userCount', width: 80, align: 'right' },
    {
      title: '操作',
      key: 'actions',
      width: 140,
      render: (_, r) => {
        const blocked = r.builtin ? '内置角色不能删除' : r.userCount > 0 ? `仍有 ${r.userCount} 个账户使用该角色` : null;
        return (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => onEdit(r)}>
              编辑
            </Button>
            {blocked ? (
              <Tooltip title={blocked}>
                <Button type="link" size="small" danger disabled>
                  删除
                </Button>
              </Tooltip>
            ) : (
              <Popconfirm
                title={`删除角色“${r.name}”？`}
                okText="删除"
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  del.mutateAsync(r.id).then(
                    () => message.success(`已删除角色“${r.name}”`),
                    (err: unknown) => showError(message, err),
                  )
                }
              >
                <Button type="link" size="small" danger>
                  删除
                </Button>
              </Popconfirm>
            )}
          </Space>
        );
      },
    },
  ];
  return <Table<Role> rowKey="id" columns={columns} dataSource={roles} loading={loading} pagination={false} size="middle" locale={{ emptyText: '暂无角色' }} />;
}
