import type { ApprovalMatter } from '@zhifa/shared/contract/approval';
import { Alert, App, Button, Drawer, Flex, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useCreateMatter, useUpdateMatter } from '../api';

interface Values {
  title: string;
  content: string;
}

export type MatterFormTarget = { mode: 'create' } | { mode: 'edit'; matter: ApprovalMatter };

/**
 * 发起事项审批 (a free-text 行政执法有关事项审批表-style matter), or 补正 of a matter returned for
 * completion. On create, "提交审批" drafts and submits in one go; `onSubmitted` gets the approval id.
 */
export function MatterFormDrawer({ target, onClose, onSubmitted, returnReason }: { target: MatterFormTarget | null; onClose: () => void; onSubmitted?: (approvalId: string | null) => void; returnReason?: string | null }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateMatter();
  const update = useUpdateMatter();
  const { message } = App.useApp();
  const editing = target?.mode === 'edit' ? target.matter : null;
  const pending = create.isPending || update.isPending;

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.mode === 'edit') form.setFieldsValue({ title: target.matter.title, content: target.matter.content });
  }, [target, form]);

  const onError = (err: unknown) => {
    if (!applyFieldErrors(form, err)) message.error(errorMessage(err));
  };

  const save = async (submit: boolean) => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    if (editing) {
      update.mutate(
        { id: editing.id, title: v.title.trim(), content: v.content.trim() },
        {
          onSuccess: () => {
            message.success('已保存补正内容，请在审批详情中重新提交');
            onClose();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(
      { title: v.title.trim(), content: v.content.trim(), submit },
      {
        onSuccess: (m) => {
          message.success(submit ? `已提交审批：“${m.title}”` : `已保存草稿：“${m.title}”`);
          onClose();
          onSubmitted?.(m.approvalId);
        },
        onError,
      },
    );
  };

  return (
    <Drawer
      open={Boolean(target)}
      title={editing ? `补正事项：${editing.title}` : '发起事项审批'}
      size={600}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          {editing ? (
            <Button type="primary" loading={pending} onClick={() => void save(false)}>
              保存补正
            </Button>
          ) : (
            <>
              <Button loading={create.isPending && !create.variables?.submit} onClick={() => void save(false)}>
                保存草稿
              </Button>
              <Button type="primary" loading={create.isPending && create.variables?.submit} onClick={() => void save(true)}>
                提交审批
              </Button>
            </>
          )}
        </Flex>
      }
    >
      {editing && returnReason ? <Alert className="mb-16" type="warning" showIcon title="退回理由" description={returnReason} /> : null}
      {editing ? null : (
        <Typography.Paragraph type="secondary">
          用于没有专用文书的内部事项（行政执法有关事项审批表）。提交后按本机关配置的“通用事项审批”流程逐级审批。
        </Typography.Paragraph>
      )}
      <Form name="matter" form={form} layout="vertical" disabled={pending}>
        <Form.Item label="事项名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写事项名称' }, { max: 100, message: '事项名称不能超过 100 个字符' }]}>
          <Input maxLength={100} placeholder="例如：关于开展涉氨制冷企业专项检查的请示" />
        </Form.Item>
        <Form.Item label="事项内容" name="content" rules={[{ required: true, whitespace: true, message: '请填写事项内容' }, { max: 5000, message: '事项内容不能超过 5000 个字符' }]}>
          <Input.TextArea rows={10} maxLength={5000} showCount placeholder="事由、依据、拟办意见等" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
