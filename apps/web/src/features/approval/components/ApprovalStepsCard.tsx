import { approvalStepModeLabel, approvalTaskStatusLabel, type ApprovalDetail, type ApprovalStepState } from '@zhifa/shared/contract/approval';
import { Card, Steps, Tag, Tooltip, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { taskStatusColor } from '../labels';

function who(s: ApprovalStepState): string {
  const unit = s.unitMode === 'unit' ? ` · ${s.unitName ?? '指定科室'}` : s.unitMode === 'submitterUnit' ? ' · 提交人所在科室' : '';
  return `${s.agency === 'parent' ? '上一级机关 · ' : ''}${s.roleName}${unit}`;
}

/** The chain frozen onto this approval: each step's approvers, how it is decided, and where it stands. */
export function ApprovalStepsCard({ detail }: { detail: ApprovalDetail }) {
  const terminal = detail.status === 'rejected' || detail.status === 'withdrawn';
  const items = detail.steps.map((s) => {
    const status: 'finish' | 'process' | 'wait' | 'error' =
      s.state === 'done' ? 'finish' : s.state === 'current' ? 'process' : terminal && s.assignees.some((a) => a.status === 'rejected') ? 'error' : 'wait';
    return {
      key: s.index,
      status,
      title: s.name,
      subTitle: s.mode === 'all' ? approvalStepModeLabel.all : undefined,
      content: (
        <div className="approval-step">
          <Typography.Text type="secondary">{who(s)}</Typography.Text>
          <div className="approval-step-assignees">
            {s.assignees.map((a) => (
              <Tooltip
                key={a.taskId}
                title={
                  <>
                    <div>到达：{formatDateTime(a.since)}</div>
                    {a.actedAt ? <div>办理：{formatDateTime(a.actedAt)}</div> : null}
                    {a.delegatedFromName ? <div>由 {a.delegatedFromName} 转办</div> : null}
                  </>
                }
              >
                <Tag color={taskStatusColor[a.status]}>
                  {a.name} · {approvalTaskStatusLabel[a.status]}
                </Tag>
              </Tooltip>
            ))}
          </div>
        </div>
      ),
    };
  });
  return (
    <Card title={`审批流程 · ${detail.chain.name}（第 ${detail.chain.version} 版）`}>
      <Steps orientation="vertical" size="small" items={items} />
    </Card>
  );
}
