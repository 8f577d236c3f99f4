import type { User } from '@zhifa/shared';
import { App, Form, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useSetUserRoles, type RoleAssignmentInput } from '../api';
import { RoleAssignmentsInput } from './RoleAssignmentsInput';

/** Replaces a user's business roles; 三员 roles on the account stay as they are. */
export function SetRolesModal({ user, adminRoleIds, onClose }: { user: User | null; adminRoleIds: ReadonlySet<string>; onClose: () => void }) {
  const [form] = Form.useForm<{ roles: RoleAssignmentInput[] }>();
  const setRoles = useSetUserRoles();
  const { message } = App.useApp();

  useEffect(() => {
    if (!user) return;
    form.setFieldsValue({ roles: user.roles.filter((r) => !adminRoleIds.has(r.roleId)).map((r) => ({ roleId: r.roleId, dataScope: r.dataScope })) });
  }, [user, form, adminRoleIds]);

  const onFinish = ({ roles }: { roles: RoleAssignmentInput[] }) => {
    if (!user) return;
    setRoles.mutate(
      { id: user.id, roles },
      {
        onSuccess: (u) => {
          message.success(`已设置“${u.displayName}”的角色`);
          onClose();
        },
        onError: (err) => {
          if (!applyFieldErrors(form, err)) showError(message, err);
        },
      },
    );
  };

  return (
    <Modal open={Boolean(user)} title={user ? `设置角色：${user.displayName}（${user.username}）` : ''} okText="保存" onOk={() => form.submit()} confirmLoading={setRoles.isPending} onCancel={onClose} width={640} destroyOnHidden>
      <Typography.Paragraph type="secondary">勾选角色并为每个角色选择数据范围。数据范围决定该角色能看到哪些机关、科室的执法数据。</Typography.Paragraph>
      <Form name="userRoles" form={form} layout="vertical" onFinish={onFinish} disabled={setRoles.isPending}>
        <Form.Item name="roles" label="角色与数据范围">
          <RoleAssignmentsInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
