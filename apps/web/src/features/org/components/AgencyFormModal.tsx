import { agencyLevelLabel, agencyLevels, type Agency } from '@zhifa/shared';
import { App, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useCreateAgency, useUpdateAgency } from '../api';

interface Values {
  name: string;
  shortName: string;
  divisionCode?: string;
  level?: Agency['level'];
  status?: Agency['status'];
  sortOrder: number;
}

export type AgencyFormTarget = { mode: 'create'; parent: Agency } | { mode: 'edit'; agency: Agency };

/** Creates a 下级机关 under `parent`, or edits an agency's name, 文书编号简称, 区划代码 and status. */
export function AgencyFormModal({ target, onClose }: { target: AgencyFormTarget | null; onClose: (saved?: Agency) => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateAgency();
  const update = useUpdateAgency();
  const { message } = App.useApp();
  const pending = create.isPending || update.isPending;

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.mode === 'edit') {
      const a = target.agency;
      form.setFieldsValue({ name: a.name, shortName: a.shortName, divisionCode: a.divisionCode ?? '', status: a.status, sortOrder: a.sortOrder });
    } else {
      const lower = agencyLevels.slice(agencyLevels.indexOf(target.parent.level) + 1);
      form.setFieldsValue({ level: lower[0], sortOrder: 0 });
    }
  }, [target, form]);

  const onError = (err: unknown) => {
    if (!applyFieldErrors(form, err)) showError(message, err);
  };

  const onFinish = (v: Values) => {
    const divisionCode = v.divisionCode?.trim() ? v.divisionCode.trim() : null;
    if (!target) return;
    if (target.mode === 'create') {
      create.mutate(
        { parentId: target.parent.id, name: v.name.trim(), shortName: v.shortName.trim(), divisionCode, level: v.level!, sortOrder: v.sortOrder ?? 0 },
        {
          onSuccess: (a) => {
            message.success(`已新建机关“${a.name}”`);
            onClose(a);
          },
          onError,
        },
      );
    } else {
      update.mutate(
        { id: target.agency.id, name: v.name.trim(), shortName: v.shortName.trim(), divisionCode, status: v.status!, sortOrder: v.sortOrder ?? 0 },
        {
          onSuccess: (a) => {
            message.success('机关信息已保存');
            onClose(a);
          },
          onError,
        },
      );
    }
  };

  const levelOptions =
    target?.mode === 'create'
      ? agencyLevels.slice(agencyLevels.indexOf(target.parent.level) + 1).map((l) => ({ value: l, label: agencyLevelLabel[l] }))
      : [];

  return (
    <Modal
      open={Boolean(target)}
      title={target?.mode === 'create' ? `新建下级机关（上级：${target.parent.name}）` : '编辑机关信息'}
      okText="保存"
      onOk={() => form.submit()}
      confirmLoading={pending}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <Form name="agency" form={form} layout="vertical" onFinish={onFinish} disabled={pending}>
        <Form.Item label="机关名称" name="name" rules={[{ required: true, whitespace: true, message: '请输入机关名称' }, { max: 100, message: '不能超过 100 个字符' }]}>
          <Input placeholder="如：王益区应急管理局" />
        </Form.Item>
        <Form.Item
          label="文书编号简称"
          name="shortName"
          tooltip="用于执法文书编号，如“铜应急立〔2026〕1号”中的“铜”"
          rules={[{ required: true, whitespace: true, message: '请输入文书编号简称' }, { max: 10, message: '不能超过 10 个字符' }]}
        >
          <Input placeholder="如：王" />
        </Form.Item>
        <Form.Item label="行政区划代码" name="divisionCode" tooltip="GB/T 2260 六位代码；功能区等无代码时可不填" rules={[{ pattern: /^\d{6}$/, message: '行政区划代码应为 6 位数字（GB/T 2260）' }]}>
          <Input placeholder="如：610202" maxLength={6} inputMode="numeric" />
        </Form.Item>
        {target?.mode === 'create' ? (
          <Form.Item label="机关层级" name="level" rules={[{ required: true, message: '请选择机关层级' }]}>
            <Select options={levelOptions} />
          </Form.Item>
        ) : (
          <Form.Item label="状态" name="status" rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: 'active', label: '正常' },
                { value: 'inactive', label: '停用' },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item label="排序" name="sortOrder" tooltip="数字越小越靠前">
          <InputNumber min={0} precision={0} className="input-number-short" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
