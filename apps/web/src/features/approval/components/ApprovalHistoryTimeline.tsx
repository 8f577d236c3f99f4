import { approvalActionLabel, type ApprovalHistoryEntry } from '@zhifa/shared/contract/approval';
import { Card, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { stepNumber } from '../labels';

const color: Record<ApprovalHistoryEntry['action'], string> = {
  submit: 'blue',
  resubmit: 'blue',
  approve: 'green',
  return: 'orange',
  reject: 'red',
  withdraw: 'gray',
  delegate: 'purple',
};

function headline(h: ApprovalHistoryEntry): string {
  const step = h.stepIndex !== null ? `（${stepNumber(h.stepIndex)} ${h.stepName ?? ''}）` : '';
  if (h.action === 'return') return `退回${h.toStep === null ? '提交人' : `至${stepNumber(h.toStep)} ${h.toStepName ?? ''}`}${step}`;
  if (h.action === 'delegate') return `转办给 ${h.toUserName ?? ''}${step}`;
  return `${approvalActionLabel[h.action]}${step}`;
}

/** Who did what, when, in which role, with their opinion: the approval's record. */
export function ApprovalHistoryTimeline({ history }: { history: ApprovalHistoryEntry[] }) {
  return (
    <Card title="审批记录">
      <Timeline
        items={history.map((h) => ({
          key: h.seq,
          color: color[h.action],
          content: (
            <div className="approval-history-item">
              <div>
                <strong>{h.actorName ?? '系统'}</strong>
                {h.actorRole ? <Typography.Text type="secondary">（{h.actorRole}）</Typography.Text> : null} {headline(h)}
              </div>
              {h.opinion ? <div className="approval-opinion pre-wrap">{h.action === 'submit' || h.action === 'resubmit' ? h.opinion : `意见：${h.opinion}`}</div> : null}
              <Typography.Text type="secondary" className="approval-history-time">
                {formatDateTime(h.at)}
              </Typography.Text>
            </div>
          ),
        }))}
      />
    </Card>
  );
}
