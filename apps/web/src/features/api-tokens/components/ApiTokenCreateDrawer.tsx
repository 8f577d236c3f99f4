import { dataScopes, type DataScope } from '@zhifa/shared';
import { App, Button, DatePicker, Drawer, Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { dayjs, toApiTime } from '../../../lib/format';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useSession } from '../../auth/session';
import { AgencyTreeSelect } from '../../org/components/AgencyTreeSelect';
import { PermissionChecklist } from '../../roles/components/PermissionChecklist';
import { scopeOptions } from '../../roles/scopes';
import { useCreateApiToken, type ApiToken } from '../api';

interface Values {
  name: string;
  permissions: string[];
  agencyId: string;
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

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ agencyId: me.agency.id, dataScope: 'agency', permissions: [], expiresAt: dayjs().add(1, 'year').endOf('day') });
  }, [open, form, me.agency.id]);

  const onFinish = (v: Values) =>
    create.mutate(
      { name: v.name.trim(), permissions: v.permissions, agencyId: v.agencyId, dataScope: v.dataScope, expiresAt: v.expiresAt ? toApiTime(v.expiresAt) : null },
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
        <Flex gap={16}>
          <Form.Item label="所属机关" name="agencyId" rules={[{ required: true, message: '请选择所属机关' }]} className="flex-1">
            <AgencyTreeSelect />
          </Form.Item>
          <Form.Item label="数据范围" name="dataScope" rules={[{ required: true, message: '请选择数据范围' }]} className="flex-1">
            <Select options={scopeOptions(dataScopes)} />
          </Form.Item>
        </Flex>
        <Form.Item label="到期时间" name="expiresAt" extra="不填表示长期有效（不建议）">
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isBefore(dayjs(), 'day')} allowClear className="input-date" />
        </Form.Item>
        <Form.Item label="权限" name="permissions" rules={[{ required: true, type: 'array', min: 1, message: '至少选择一项权限' }]} extra="接口令牌只能授予业务权限，不能授予三员管理权限。">
          <PermissionChecklist kinds={TOKEN_KINDS} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
