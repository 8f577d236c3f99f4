import { CheckOutlined, RollbackOutlined, SendOutlined, StopOutlined, SwapOutlined, UndoOutlined } from '@ant-design/icons';
import type { ApprovalDetail } from '@zhifa/shared/contract/approval';
import { Alert, App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useApprovalAction, useDelegateCandidates, type ApprovalAction } from '../api';

type Kind = ApprovalAction['kind'];

interface Values {
  opinion?: string;
  reason?: string;
  note?: string;
  toStep?: number | 'submitter';
  toUserId?: string;
}

const titles: Record<Kind, string> = {
  approve: '同意',
  return: '退回',
  reject: '不予批准',
  delegate: '转办',
  withdraw: '撤回审批',
  resubmit: '重新提交',
};

const done: Record<Kind, string> = {
  approve: '已签署同意意见',
  return: '已退回',
  reject: '已作出不予批准决定',
  delegate: '已转办',
  withdraw: '已撤回',
  resubmit: '已重新提交审批',
};

/** The actions the server says the user may take now, each with its opinion/reason dialog. */
export function ApprovalActionBar({ detail, extra }: { detail: ApprovalDetail; extra?: ReactNode }) {
  const [kind, setKind] = useState<Kind | null>(null);
  const [form] = Form.useForm<Values>();
  const action = useApprovalAction(detail.id);
  const delegates = useDelegateCandidates(detail.id, kind === 'delegate');
  const { message } = App.useApp();
  const my = detail.my;

  const open = (k: Kind) => {
    form.resetFields();
    if (k === 'approve') form.setFieldsValue({ opinion: '同意' });
    if (k === 'return') form.setFieldsValue({ toStep: 'submitter' });
    setKind(k);
  };

  const onOk = async () => {
    if (!kind) return;
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const payload: ApprovalAction =
      kind === 'approve' ? { kind, opinion: v.opinion?.trim() || '同意' }
      : kind === 'return' ? { kind, toStep: v.toStep === 'submitter' || v.toStep === undefined ? null : v.toStep, reason: v.reason ?? '' }
      : kind === 'reject' ? { kind, reason: v.reason ?? '' }
      : kind === 'delegate' ? { kind, toUserId: v.toUserId ?? '', reason: v.reason ?? '' }
      : kind === 'withdraw' ? { kind, ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}) }
      : { kind, ...(v.note?.trim() ? { note: v.note.trim() } : {}) };
    action.mutate(payload, {
      onSuccess: () => {
        message.success(done[kind]);
        setKind(null);
      },
      onError: (err) => {
        if (!applyFieldErrors(form, err)) showError(message, err);
      },
    });
  };

  const buttons: ReactNode[] = [];
  if (my.canApprove) buttons.push(<Button key="approve" type="primary" icon={<CheckOutlined />} onClick={() => open('approve')}>同意</Button>);
  if (my.canReturn) buttons.push(<Button key="return" icon={<RollbackOutlined />} onClick={() => open('return')}>退回</Button>);
  if (my.canDelegate) buttons.push(<Button key="delegate" icon={<SwapOutlined />} onClick={() => open('delegate')}>转办</Button>);
  if (my.canReject) buttons.push(<Button key="reject" danger icon={<StopOutlined />} onClick={() => open('reject')}>不予批准</Button>);
  if (my.canResubmit) buttons.push(<Button key="resubmit" type="primary" icon={<SendOutlined />} onClick={() => open('resubmit')}>重新提交</Button>);
  if (my.canWithdraw) buttons.push(<Button key="withdraw" icon={<UndoOutlined />} onClick={() => open('withdraw')}>撤回</Button>);
  if (!buttons.length && !extra) return null;

  return (
    <>
      <Space wrap>
        {extra}
        {buttons}
      </Space>
      <Modal
        open={kind !== null}
        title={kind ? `${titles[kind]}：${detail.title}` : ''}
        okText={kind ? titles[kind] : '确定'}
        okButtonProps={{ danger: kind === 'reject' }}
        confirmLoading={action.isPending}
        onOk={() => void onOk()}
        onCancel={() => setKind(null)}
        width={600}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="approval-action" disabled={action.isPending}>
          {kind === 'approve' ? (
            <Form.Item label="审批意见" name="opinion" rules={[{ max: 1000, message: '审批意见不能超过 1000 个字符' }]}>
              <Input.TextArea rows={4} maxLength={1000} showCount />
            </Form.Item>
          ) : null}
          {kind === 'return' ? (
            <Form.Item label="退回到" name="toStep" rules={[{ required: true, message: '请选择退回到哪里' }]}>
              <Select options={my.returnTargets.map((t) => ({ value: t.toStep ?? 'submitter', label: t.label }))} />
            </Form.Item>
          ) : null}
          {kind === 'reject' ? (
            <Alert className="mb-16" type="warning" showIcon title="不予批准后审批即告结束，不能恢复；业务模块将按不予批准处理（如立案不予批准的，案件直接结案归档）。" />
          ) : null}
          {kind === 'delegate' ? (
            <Form.Item label="转办给" name="toUserId" rules={[{ required: true, message: '请选择转办给谁' }]} extra="可转办给审批机关内有审批权限的人员">
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={delegates.isPending}
                placeholder="选择人员"
                notFoundContent={delegates.isError ? '人员列表加载失败' : '没有可转办的人员'}
                options={(delegates.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName}${u.unitName ? `（${u.unitName}）` : ''} · ${u.roleNames.join('、')}` }))}
              />
            </Form.Item>
          ) : null}
          {kind === 'return' || kind === 'reject' || kind === 'delegate' ? (
            <Form.Item
              label={kind === 'return' ? '退回理由' : kind === 'reject' ? '不予批准理由' : '转办理由'}
              name="reason"
              rules={[{ required: true, whitespace: true, message: '请填写理由' }, { max: 1000, message: '不能超过 1000 个字符' }]}
            >
              <Input.TextArea rows={4} maxLength={1000} showCount />
            </Form.Item>
          ) : null}
          {kind === 'withdraw' ? (
            <>
              <Alert className="mb-16" type="info" showIcon title="撤回后本次审批结束，事项回到草稿，可修改后重新提交。" />
              <Form.Item label="撤回说明" name="reason" rules={[{ max: 1000, message: '不能超过 1000 个字符' }]}>
                <Input.TextArea rows={3} maxLength={1000} />
              </Form.Item>
            </>
          ) : null}
          {kind === 'resubmit' ? (
            <Form.Item label="补正说明" name="note" extra="重新提交后从第 1 步开始审批" rules={[{ max: 1000, message: '不能超过 1000 个字符' }]}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          ) : null}
        </Form>
      </Modal>
    </>
  );
}
