import type { Unit } from '@zhifa/shared';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useEffect } from 'react';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useCreateUnit, useUpdateUnit } from '../api';

export type UnitFormTarget = { mode: 'create'; agencyId: string; parent: Unit | null } | { mode: 'rename'; unit: Unit };

interface Values {
  name: string;
  sortOrder: number;
}

/** Creates a 科室 (at the top or under another) or renames one. */
export function UnitFormModal({ target, onClose }: { target: UnitFormTarget | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const { message } = App.useApp();
  const pending = create.isPending || update.isPending;

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    form.setFieldsValue(target.mode === 'rename' ? { name: target.unit.name, sortOrder: target.unit.sortOrder } : { sortOrder: 0 });
  }, [target, form]);

  const onError = (err: unknown) => {
    if (!applyFieldErrors(form, err)) showError(message, err);
  };
  const onFinish = (v: Values) => {
    if (!target) return;
    if (target.mode === 'create') {
      create.mutate(
        { agencyId: target.agencyId, parentId: target.parent?.id ?? null, name: v.name.trim(), sortOrder: v.sortOrder ?? 0 },
        {
          onSuccess: (u) => {
            message.success(`已新建科室“${u.name}”`);
            onClose();
          },
          onError,
        },
      );
    } else {
      update.mutate(
        { id: target.unit.id, name: v.name.trim(), sortOrder: v.sortOrder ?? 0 },
        {
          onSuccess: () => {
            message.success('科室已保存');
            onClose();
          },
          onError,
        },
      );
    }
  };

  const title = !target ? '' : target.mode === 'rename' ? '修改科室' : target.parent ? `新建下级科室（上级：${target.parent.name}）` : '新建科室';
  return (
    <Modal open={Boolean(target)} title={title} okText="保存" onOk={() => form.submit()} confirmLoading={pending} onCancel={onClose} destroyOnHidden>
      <Form name="unit" form={form} layout="vertical" onFinish={onFinish} disabled={pending}>
        <Form.Item label="科室名称" name="name" rules={[{ required: true, whitespace: true, message: '请输入科室名称' }, { max: 100, message: '不能超过 100 个字符' }]}>
          <Input placeholder="如：执法大队" />
        </Form.Item>
        <Form.Item label="排序" name="sortOrder" tooltip="数字越小越靠前">
          <InputNumber min={0} precision={0} className="input-number-short" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
