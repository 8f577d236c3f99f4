import type { Recusal } from '@zhifa/shared/contract/registry';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { applyFieldErrors } from '../../../lib/form-errors';
import { dayjs } from '../../../lib/format';
import { showError } from '../../../lib/show-error';
import { useSaveRecusal } from '../api';
import { requiredText } from '../rules';
import { EnterprisePicker } from './Pickers';

type Day = ReturnType<typeof dayjs>;
interface Values {
  enterpriseId: string;
  reason: string;
  validFrom: Day;
  validTo?: Day | null;
}

export type RecusalTarget = { mode: 'create' } | { mode: 'edit'; recusal: Recusal };

/** 登记回避 (officer × enterprise, reason, from/to) or change / end one. */
export function RecusalModal({ officerId, target, onClose }: { officerId: string; target: RecusalTarget | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = useSaveRecusal(officerId);
  const { message } = App.useApp();
  const editing = target?.mode === 'edit' ? target.recusal : null;

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (editing) form.setFieldsValue({ enterpriseId: editing.enterpriseId, reason: editing.reason, validFrom: dayjs(editing.validFrom), validTo: editing.validTo ? dayjs(editing.validTo) : null });
    else form.setFieldsValue({ validFrom: dayjs() });
  }, [target, editing, form]);

  const onFinish = (v: Values) => {
    const input = { reason: v.reason.trim(), validFrom: v.validFrom.format('YYYY-MM-DD'), validTo: v.validTo ? v.validTo.format('YYYY-MM-DD') : null };
    save.mutate(
      { id: editing?.id ?? null, input: editing ? input : { ...input, enterpriseId: v.enterpriseId } },
      {
        onSuccess: () => {
          message.success(editing ? '已保存回避记录' : '已登记回避');
          onClose();
        },
        onError: (err) => {
          if (!applyFieldErrors(form, err)) showError(message, err);
        },
      },
    );
  };

  return (
    <Modal open={Boolean(target)} title={editing ? '修改或终止回避' : '登记回避'} onCancel={onClose} onOk={() => form.submit()} okText="保存" cancelText="取消" confirmLoading={save.isPending} destroyOnHidden>
      <Form<Values> name="recusal" form={form} layout="vertical" onFinish={onFinish} disabled={save.isPending}>
        {editing ? (
          <Form.Item label="检查对象（企业）">
            <Input disabled value={editing.enterpriseName} />
          </Form.Item>
        ) : (
          <Form.Item label="检查对象（企业）" name="enterpriseId" rules={[{ required: true, message: '请选择企业' }]}>
            <EnterprisePicker />
          </Form.Item>
        )}
        <Form.Item label="回避事由" name="reason" rules={requiredText('回避事由')}>
          <Input.TextArea rows={2} maxLength={200} placeholder="如：近亲属在该企业任安全生产管理人员" />
        </Form.Item>
        <Form.Item label="起始日期" name="validFrom" rules={[{ required: true, message: '请选择起始日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item label="终止日期" name="validTo" extra="不填表示长期回避；回避情形消除时填写终止日期。">
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
