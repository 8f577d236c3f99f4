import { classifyPermissionSet, type Permission, type Role } from '@zhifa/shared';
import type { Rule } from 'antd/es/form';
import { App, Button, Drawer, Flex, Form, Input } from 'antd';
import { useEffect } from 'react';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useCreateRole, useUpdateRole } from '../api';
import { PermissionChecklist } from './PermissionChecklist';

interface Values {
  code: string;
  name: string;
  description?: string;
  permissions: string[];
}

/** 三员分立, checked before the server does it with the same words. */
const separationRule: Rule = {
  validator: (_r, v: string[] | undefined) => {
    const c = v?.length ? classifyPermissionSet(v as Permission[]) : null;
    return c && 'error' in c ? Promise.reject(new Error(c.error)) : Promise.resolve();
  },
};

export type RoleFormTarget = { mode: 'create' } | { mode: 'edit'; role: Role };

/** Creates a custom role or changes a role's name, description and permissions. */
export function RoleFormDrawer({ target, onClose }: { target: RoleFormTarget | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateRole();
  const update = useUpdateRole();
  const { message } = App.useApp();
  const pending = create.isPending || update.isPending;
  const editing = target?.mode === 'edit' ? target.role : null;

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.mode === 'edit') {
      const r = target.role;
      form.setFieldsValue({ code: r.code, name: r.name, description: r.description ?? '', permissions: r.permissions });
    } else form.setFieldsValue({ permissions: [] });
  }, [target, form]);

  const onError = (err: unknown) => {
    if (!applyFieldErrors(form, err)) showError(message, err);
  };
  const onFinish = (v: Values) => {
    const description = v.description?.trim() ? v.description.trim() : null;
    if (editing) {
      update.mutate(
        { id: editing.id, name: v.name.trim(), description, permissions: v.permissions },
        {
          onSuccess: (r) => {
            message.success(`已保存角色“${r.name}”，已登录的用户刷新页面后生效`);
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(
        { code: v.code.trim(), name: v.name.trim(), description, permissions: v.permissions },
        {
          onSuccess: (r) => {
            message.success(`已新建角色“${r.name}”`);
            onClose();
          },
          onError,
        },
      );
    }
  };

  return (
    <Drawer
      open={Boolean(target)}
      title={editing ? `编辑角色：${editing.name}${editing.builtin ? '（内置）' : ''}` : '新建角色'}
      size={680}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={pending} onClick={() => form.submit()}>
            保存
          </Button>
        </Flex>
      }
    >
      <Form name="role" form={form} layout="vertical" onFinish={onFinish} disabled={pending} scrollToFirstError>
        <Form.Item
          label="角色代码"
          name="code"
          extra={editing ? '角色代码创建后不能修改' : '英文标识，如 districtInspector；小写字母开头，2–40 位字母或数字'}
          rules={editing ? [] : [{ required: true, message: '请输入角色代码' }, { pattern: /^[a-z][a-zA-Z0-9]{1,39}$/, message: '角色代码须以小写字母开头，由 2–40 位字母或数字组成' }]}
        >
          <Input disabled={Boolean(editing)} maxLength={40} />
        </Form.Item>
        <Form.Item label="角色名称" name="name" rules={[{ required: true, whitespace: true, message: '请输入角色名称' }, { max: 50, message: '不能超过 50 个字符' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="说明" name="description" rules={[{ max: 200, message: '不能超过 200 个字符' }]}>
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
        <Form.Item
          label="权限"
          name="permissions"
          extra={editing ? '角色的类别（业务角色 / 三员角色）不能改变。' : '三员分立：系统管理、安全保密管理、安全审计权限不能放在同一角色中，也不能与执法业务权限混用。'}
          rules={[{ required: true, type: 'array', min: 1, message: '至少选择一项权限' }, separationRule]}
        >
          <PermissionChecklist />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
