import { dataScopes, Permission, type DataScope } from '@zhifa/shared';
import { App, Button, DatePicker, Drawer, Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { dayjs, toApiTime } from '../../../lib/format';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useSession } from '../../auth/session';
import { PermissionChecklist } from '../../roles/components/PermissionChecklist';
import { scopeOptions } from '../../roles/scopes';
import { useCreateApiToken, type ApiToken } from '../api';

interface Values {
  name: string;
  permissions: string[];
  dataScope: DataScope;
  expiresAt?: Dayjs | null;
}

/** Integration tokens carry business permissions only; 三员 powers stay with people. */
const TOKEN_KINDS = ['common', 'business'] as const;

export function ApiTokenCreateDrawer({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (t: ApiToken & { token: string }) => void }) {
  const me = useSession();
  const [form] = Form.useForm<Values>();
  const create = useCreateApiToken();
  const { message } = App.useApp();
  // Only what this account holds itself, and never the right to make further tokens.
  const own = useMemo(() => new Set(me.permissions.filter((p) => p !== Permission.ApiTokenOwn)), [me.permissions]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ dataScope: 'agency', permissions: [], expiresAt: dayjs().add(1, 'year').endOf('day') });
  }, [open, form]);

  const onFinish = (v: Values) =>
    create.mutate(
      { name: v.name.trim(), permissions: v.permissions, dataScope: v.dataScope, expiresAt: v.expiresAt ? toApiTime(v.expiresAt) : null },
      {
        onSuccess: (t) => {
          message.success(`已创建接口令牌“${t.name}”`);
          onCreated(t);
        },
        onError: (err) => {
          if (!applyFieldErrors(form, err)) showError(message, err);
        },
      },
    );

  return (
    <Drawer
      open={open}
      title="创建接口令牌"
      size={680}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            创建
          </Button>
        </Flex>
      }
    >
      <Form name="apiToken" form={form} layout="vertical" onFinish={onFinish} disabled={create.isPending} scrollToFirstError>
        <Form.Item label="令牌名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写令牌名称' }, { max: 100, message: '不能超过 100 个字符' }]} extra="写明对接的系统，如“省执法监督平台数据对接”">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="数据范围" name="dataScope" rules={[{ required: true, message: '请选择数据范围' }]} extra={`以本账户（${me.displayName}，${me.agency.name}）为准；令牌的数据范围不会超出本账户各角色的数据范围。`}>
          <Select options={scopeOptions(dataScopes)} />
        </Form.Item>
        <Form.Item label="到期时间" name="expiresAt" extra="不填表示长期有效（不建议）">
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isBefore(dayjs(), 'day')} allowClear className="input-date" />
        </Form.Item>
        <Form.Item label="权限" name="permissions" rules={[{ required: true, type: 'array', min: 1, message: '至少选择一项权限' }]} extra="只能选择本账户自己拥有的业务权限；账户失去某项权限后，令牌也随即失去该权限。">
          <PermissionChecklist kinds={TOKEN_KINDS} only={own} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
