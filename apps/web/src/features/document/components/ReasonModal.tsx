import { Form, Input, Modal } from 'antd';

/** Asks for a reason (更正原因, 作废原因) before an action that is kept on record. */
export function ReasonModal({ open, title, label, okText, danger, loading, onCancel, onOk }: { open: boolean; title: string; label: string; okText: string; danger?: boolean; loading?: boolean; onCancel: () => void; onOk: (reason: string) => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger: Boolean(danger), loading: Boolean(loading) }}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then((v) => onOk(v.reason.trim()))}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" label={label} rules={[{ required: true, whitespace: true, min: 2, message: `请填写${label}（至少 2 个字）` }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
