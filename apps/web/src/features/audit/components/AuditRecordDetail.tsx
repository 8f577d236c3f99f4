import type { AuditRecord } from '@zhifa/shared';
import { Descriptions, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { actionLabel, auditObjectTypeLabel } from '../action-labels';

/** The expanded row: every stored field, the detail JSON and the chain hash. */
export function AuditRecordDetail({ record }: { record: AuditRecord }) {
  return (
    <Descriptions
      className="audit-detail"
      column={2}
      size="small"
      bordered
      items={[
        { key: 'seq', label: '序号', children: record.seq },
        { key: 'id', label: '记录编号', children: <Typography.Text copyable>{record.id}</Typography.Text> },
        { key: 'at', label: '时间（北京时间）', children: formatDateTime(record.at) },
        { key: 'atUtc', label: '时间（UTC 原始值）', children: record.at },
        {
          key: 'action',
          label: '操作',
          children: (
            <span>
              {actionLabel(record.action)} <Typography.Text type="secondary" className="small">（操作代码 {record.action}）</Typography.Text>
            </span>
          ),
        },
        { key: 'object', label: '对象', children: record.objectType ? `${auditObjectTypeLabel[record.objectType] ?? '其他对象'} ${record.objectId ?? ''}` : '—' },
        { key: 'agency', label: '操作人机关编号', children: record.agencyId ?? '—' },
        { key: 'request', label: '请求编号', children: record.requestId ? <Typography.Text copyable>{record.requestId}</Typography.Text> : '—' },
        {
          key: 'detail',
          label: '详情',
          span: 2,
          children: record.detail ? <pre className="json-block">{JSON.stringify(record.detail, null, 2)}</pre> : <span className="muted">无</span>,
        },
        {
          key: 'hash',
          label: '哈希',
          span: 2,
          children: (
            <Typography.Text copyable code className="hash-text">
              {record.hash}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
