import { adminKindLabel, dataScopeLabel, type DataScope, type Role, type User } from '@zhifa/shared';
import { App, Button, Card, Descriptions, Flex, Form, Popconfirm, Select, Tag, Typography } from 'antd';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useSession } from '../../auth/session';
import { RoleTags } from '../../users/components/RoleTags';
import { UserStatusTag } from '../../users/components/UserStatusTag';
import { useGrantAdminRole, useResetTotp, useRevokeAdminRole } from '../api';
import { grantableScopes, scopeOptions } from '../scopes';

export interface AdminGrantCardProps {
  user: User;
  adminRoles: Role[];
  adminRoleIds: ReadonlySet<string>;
}

/** One account's 三员 roles with grant / revoke, and the reset of its 动态口令. */
export function AdminGrantCard({ user, adminRoles, adminRoleIds }: AdminGrantCardProps) {
  const me = useSession();
  const { message } = App.useApp();
  const grant = useGrantAdminRole();
  const revoke = useRevokeAdminRole();
  const resetTotp = useResetTotp();
  const [form] = Form.useForm<{ roleId: string; dataScope: DataScope }>();
  const isSelf = user.id === me.id;
  const held = user.roles.filter((r) => adminRoleIds.has(r.roleId));
  const who = `${user.displayName}（${user.username}）`;

  const onGrant = (v: { roleId: string; dataScope: DataScope }) =>
    grant.mutate(
      { userId: user.id, ...v },
      {
        onSuccess: () => {
          message.success(`已为 ${who} 授予${adminRoles.find((r) => r.id === v.roleId)?.name ?? '管理员角色'}`);
          form.resetFields();
        },
        onError: (err) => {
          if (!applyFieldErrors(form, err)) showError(message, err);
        },
      },
    );

  return (
    <Card title={who}>
      <Descriptions
        column={2}
        bordered
        size="middle"
        items={[
          { key: 'agency', label: '所属机关', children: user.agencyName },
          { key: 'status', label: '状态', children: <UserStatusTag user={user} /> },
          { key: 'roles', label: '全部角色', span: 2, children: <RoleTags roles={user.roles} adminRoleIds={adminRoleIds} /> },
          {
            key: 'admin',
            label: '三员角色',
            span: 2,
            children: held.length ? (
              <Flex gap={8} wrap>
                {held.map((r) => (
                  <Tag key={r.roleId} color="red" className="tag-with-action">
                    {r.roleName}（{dataScopeLabel[r.dataScope]}）
                    <Popconfirm
                      title={`撤销 ${who} 的“${r.roleName}”角色？`}
                      description="撤销后该用户现有的登录全部失效。"
                      okText="撤销"
                      okButtonProps={{ danger: true }}
                      disabled={isSelf}
                      onConfirm={() =>
                        revoke.mutateAsync({ userId: user.id, roleId: r.roleId }).then(
                          () => message.success(`已撤销 ${who} 的“${r.roleName}”角色`),
                          (err: unknown) => showError(message, err),
                        )
                      }
                    >
                      <Button type="link" size="small" danger disabled={isSelf}>
                        撤销
                      </Button>
                    </Popconfirm>
                  </Tag>
                ))}
              </Flex>
            ) : (
              <span className="muted">无</span>
            ),
          },
          {
            key: 'totp',
            label: '动态口令',
            span: 2,
            children: (
              <Flex gap={12} align="center">
                {user.totpEnabled ? <Tag color="success">已启用</Tag> : <Tag>未启用</Tag>}
                <Popconfirm
                  title={`重置 ${who} 的动态口令？`}
                  description="用于手机丢失等情况：清除其动态口令和恢复码，现有登录全部失效，该用户下次登录时重新绑定。"
                  okText="重置"
                  okButtonProps={{ danger: true }}
                  disabled={isSelf || !user.totpEnabled}
                  onConfirm={() =>
                    resetTotp.mutateAsync(user.id).then(
                      () => message.success(`已重置 ${who} 的动态口令`),
                      (err: unknown) => showError(message, err),
                    )
                  }
                >
                  <Button size="small" disabled={isSelf || !user.totpEnabled}>
                    重置动态口令
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]}
      />
      <Typography.Title level={5} className="mt-16">
        授予三员角色
      </Typography.Title>
      <Form name="adminGrant" form={form} layout="inline" onFinish={onGrant} disabled={isSelf || grant.isPending} initialValues={{ dataScope: 'agencyAndBelow' }} className="grant-form">
        <Form.Item name="roleId" rules={[{ required: true, message: '请选择角色' }]}>
          <Select
            aria-label="三员角色"
            placeholder="选择三员角色"
            className="select-role"
            options={adminRoles.map((r) => ({ value: r.id, label: r.adminKind && r.name !== adminKindLabel[r.adminKind] ? `${r.name}（${adminKindLabel[r.adminKind]}）` : r.name, disabled: held.some((h) => h.roleId === r.id) }))}
          />
        </Form.Item>
        <Form.Item name="dataScope" rules={[{ required: true, message: '请选择数据范围' }]}>
          <Select aria-label="数据范围" className="select-scope" options={scopeOptions(grantableScopes(me))} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={grant.isPending}>
            授予
          </Button>
        </Form.Item>
      </Form>
      {isSelf ? (
        <Typography.Text type="secondary" className="mt-8 block">
          不能为自己授予或撤销管理员角色。
        </Typography.Text>
      ) : null}
    </Card>
  );
}
