import { certificateStateLabel, officerStatusLabel, type CertificateState, type Completeness, type OfficerStatus } from '@zhifa/shared/contract/registry';
import { enterpriseStatusLabel, riskFlagLabel, type EnterpriseStatus, type RiskFlag } from '@zhifa/shared/rules/enterprise-codes';
import { Progress, Tag, Tooltip } from 'antd';

const statusColor: Record<EnterpriseStatus, string> = { operating: 'green', suspended: 'orange', closed: 'default' };

export function EnterpriseStatusTag({ status }: { status: EnterpriseStatus }) {
  return <Tag color={statusColor[status]}>{enterpriseStatusLabel[status]}</Tag>;
}

export function RiskFlagTags({ flags, max = 3 }: { flags: readonly RiskFlag[]; max?: number }) {
  if (!flags.length) return <span className="muted">—</span>;
  const shown = flags.slice(0, max);
  return (
    <span className="tag-list">
      {shown.map((f) => (
        <Tag key={f} color="volcano">
          {riskFlagLabel[f]}
        </Tag>
      ))}
      {flags.length > max ? (
        <Tooltip title={flags.slice(max).map((f) => riskFlagLabel[f]).join('、')}>
          <Tag>+{flags.length - max}</Tag>
        </Tooltip>
      ) : null}
    </span>
  );
}

/** 完整度 as a small bar; the tooltip lists what is missing ("完成一家、销账一家"). */
export function CompletenessBar({ completeness }: { completeness: Completeness }) {
  const bar = (
    <div className="registry-completeness" aria-label={`基础数据完整度 ${completeness.score}%`}>
      <Progress percent={completeness.score} size="small" status={completeness.complete ? 'success' : 'normal'} strokeColor={completeness.complete ? undefined : completeness.score < 80 ? '#fa8c16' : '#1677ff'} format={(p) => (completeness.complete ? '已完成' : `${p}%`)} />
    </div>
  );
  if (completeness.complete) return bar;
  return <Tooltip title={`缺：${completeness.missing.map((m) => m.label).join('、')}`}>{bar}</Tooltip>;
}

const certColor: Record<CertificateState, string> = { valid: 'success', expired: 'error', notYetValid: 'warning' };

export function CertStateTag({ state }: { state: CertificateState }) {
  return <Tag color={certColor[state]}>{certificateStateLabel[state]}</Tag>;
}

export function OfficerStatusTag({ status }: { status: OfficerStatus }) {
  return <Tag color={status === 'active' ? 'blue' : status === 'suspended' ? 'orange' : 'default'}>{officerStatusLabel[status]}</Tag>;
}
