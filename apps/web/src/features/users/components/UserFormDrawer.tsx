import type { User } from '@zhifa/shared';
import { App, Button, Drawer, Flex, Form, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { applyFieldErrors } from '../../../lib/form-errors';
import { randomPassword } from '../../../lib/random-password';
import { showError } from '../../../lib/show-error';
import { useSession } from '../../auth/session';
import { AgencyTreeSelect } from '../../org/components/AgencyTreeSelect';
import { UnitTreeSelect } from '../../org/components/UnitTreeSelect';
import { useCreateUser, useUpdateUser } from '../api';
import { displayNameRules, initialPasswordRules, phoneRules, usernameRules } from '../rules';

interface Values {
  username: string;
  displayName: string;
  agencyId: string;
  unitId: string | null;
  phone?: string;
  initialPassword: string;
}

export type UserFormTarget = { mode: 'create' } | { mode: 'edit'; user: User };

/** New account (with a one-time initial password; roles come from the 安全保密管理员) or changes to an account's details. */
/** `onClose` gets the new account after a successful create, so the list can show it. */
export function UserFormDrawer({ target, onClose }: { target: UserFormTarget | null; onClose: (created?: User) => void }) {
  const me = useSession();
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const { message } = App.useApp();
  const agencyId = Form.useWatch('agencyId', form);
  const pending = create.isPending || update.isPending;
  const editing = target?.mode === 'edit' ? target.user : null;
  const [showPassword, setShowPassword] = useState(false);

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    setShowPassword(false);
    if (target.mode === 'edit') {
      const u = target.user;
      form.setFieldsValue({ username: u.username, displayName: u.displayName, agencyId: u.agencyId, unitId: u.unitId, phone: u.phone ?? '' });
    } else {
      form.setFieldsValue({ agencyId: me.agency.id, unitId: null });
    }
  }, [target, form, me.agency.id]);

  const onError = (err: unknown) => {
    if (!applyFieldErrors(form, err)) showError(message, err);
  };

  const onFinish = (v: Values) => {
    const phone = v.phone?.trim() ? v.phone.trim() : null;
    if (editing) {
      update.mutate(
        { id: editing.id, displayName: v.displayName.trim(), agencyId: v.agencyId, unitId: v.unitId ?? null, phone },
        {
          onSuccess: (u) => {
            message.success(`已保存用户“${u.displayName}”`);
            onClose();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(
      { username: v.username.trim(), displayName: v.displayName.trim(), agencyId: v.agencyId, unitId: v.unitId ?? null, phone, initialPassword: v.initialPassword, roles: [] },
      {
        onSuccess: (u) => {
          message.success(`已新建用户“${u.displayName}（${u.username}）”，首次登录须修改密码；请安全保密管理员授予角色`);
          onClose(u);
        },
        onError,
      },
    );
  };

  return (
    <Drawer
      open={Boolean(target)}
      title={editing ? `编辑用户：${editing.displayName}` : '新建用户'}
      size={560}
      onClose={() => onClose()}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={() => onClose()}>取消</Button>
          <Button type="primary" loading={pending} onClick={() => form.submit()}>
            保存
          </Button>
        </Flex>
      }
    >
      <Form name="user"
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={pending}
        scrollToFirstError
        onValuesChange={(changed: Partial<Values>) => {
          // A 科室 belongs to one agency: choosing another agency clears it.
          if ('agencyId' in changed) form.setFieldValue('unitId', null);
        }}
      >
        <Form.Item label="用户名" name="username" rules={editing ? [] : usernameRules} extra={editing ? '用户名创建后不能修改' : '登录用，如 zhangsan；字母开头，3–32 位'}>
          <Input disabled={Boolean(editing)} autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" rules={displayNameRules}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="所属机关" name="agencyId" rules={[{ required: true, message: '请选择所属机关' }]}>
          <AgencyTreeSelect />
        </Form.Item>
        <Form.Item label="所属科室" name="unitId">
          <UnitTreeSelect agencyId={agencyId} />
        </Form.Item>
        <Form.Item label="手机号" name="phone" rules={phoneRules}>
          <Input maxLength={11} inputMode="numeric" placeholder="11 位手机号（可不填）" />
        </Form.Item>
        {editing ? null : (
          <>
            <Form.Item label="初始密码" required extra="用户首次登录时须修改密码。请通过安全渠道告知用户。">
              <Space.Compact block>
                <Form.Item name="initialPassword" rules={initialPasswordRules} noStyle>
                  <Input.Password autoComplete="new-password" maxLength={128} aria-label="初始密码" visibilityToggle={{ visible: showPassword, onVisibleChange: setShowPassword }} />
                </Form.Item>
                <Button
                  onClick={() => {
                    form.setFieldsValue({ initialPassword: randomPassword() });
                    setShowPassword(true);
                    void form.validateFields(['initialPassword']);
                  }}
                >
                  随机生成
                </Button>
              </Space.Compact>
            </Form.Item>
            <Typography.Paragraph type="secondary">新账户没有角色。三员分立：角色与数据范围由安全保密管理员在“用户授权”中授予。</Typography.Paragraph>
          </>
        )}
      </Form>
    </Drawer>
  );
}
