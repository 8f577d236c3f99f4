import { auditResultLabel, type AuditRecord } from '@zhifa/shared';
import { Tag } from 'antd';
import { auditReasonLabel } from '../action-labels';

const color: Record<AuditRecord['result'], string> = { success: 'success', failure: 'error', denied: 'warning' };

/** 成功 / 失败 / 拒绝, with the failure reason underneath when the record has one. */
export function AuditResultTag({ record }: { record: AuditRecord }) {
  const reason = typeof record.detail?.['reason'] === 'string' ? record.detail['reason'] : null;
  return (
    <span className="result-cell">
      <Tag color={color[record.result]}>{auditResultLabel[record.result]}</Tag>
      {reason && record.result !== 'success' ? <span className="result-reason">{auditReasonLabel[reason] ?? reason}</span> : null}
    </span>
  );
}
