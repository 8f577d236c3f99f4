import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useApproveItem, useReturnItem } from '../api';

/** 审核通过 / 退回（须写理由） for the 法制审核员. */
export function ReviewActions({ item, size = 'middle', onDone }: { item: { id: string; code: string }; size?: 'small' | 'middle'; onDone?: () => void }) {
  const approve = useApproveItem();
  const ret = useReturnItem();
  const { message, modal } = App.useApp();
  const [returning, setReturning] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const onApprove = () =>
    modal.confirm({
      title: `审核通过并发布 ${item.code}？`,
      content: '发布后该事项即可用于执法检查；如为新版本，原版本同时停用。',
      okText: '通过并发布',
      onOk: () =>
        approve.mutateAsync({ id: item.id, comment: null }).then(
          () => {
            message.success(`${item.code} 已发布`);
            onDone?.();
          },
          (err) => showError(message, err),
        ),
    });

  return (
    <>
      <Space>
        <Button type="primary" size={size} loading={approve.isPending} onClick={onApprove}>
          通过
        </Button>
        <Button danger size={size} onClick={() => setReturning(true)}>
          退回
        </Button>
      </Space>
      <Modal
        open={returning}
        title={`退回 ${item.code}`}
        okText="退回"
        okButtonProps={{ danger: true }}
        confirmLoading={ret.isPending}
        onOk={() => form.submit()}
        onCancel={() => setReturning(false)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          name="returnItem"
          onFinish={(v) =>
            ret.mutate(
              { id: item.id, reason: v.reason.trim() },
              {
                onSuccess: () => {
                  message.success(`已退回 ${item.code}`);
                  setReturning(false);
                  onDone?.();
                },
                onError: (err) => {
                  if (!applyFieldErrors(form, err)) showError(message, err);
                },
              },
            )
          }
        >
          <Form.Item label="退回理由" name="reason" rules={[{ required: true, whitespace: true, message: '请写明退回理由' }]}>
            <Input.TextArea rows={4} maxLength={500} showCount placeholder="如：法律依据不是强制性规定，请改引……" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
