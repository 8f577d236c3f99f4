import type { AuditRecord } from '@zhifa/shared';
import { Tooltip } from 'antd';
import { auditObjectTypeLabel } from '../action-labels';

/** A readable name for the object: the username or name the record carries, else the id. */
function objectName(r: AuditRecord): string | null {
  const d = r.detail ?? {};
  for (const k of ['username', 'name'] as const) {
    const v = d[k];
    if (typeof v === 'string' && v) return v;
  }
  if (r.objectType === 'user' && r.objectId && r.objectId === r.actorId) return '本人';
  if (r.objectType === 'account' || r.objectType === 'route' || r.objectType === 'setting') return r.objectId;
  return null;
}

export function AuditObjectCell({ record }: { record: AuditRecord }) {
  if (!record.objectType) return <span className="muted">—</span>;
  const type = auditObjectTypeLabel[record.objectType] ?? '其他对象';
  const name = objectName(record);
  const shortId = record.objectId ? `${record.objectId.slice(0, 8)}…` : null;
  return (
    <Tooltip title={record.objectId ? `对象编号：${record.objectId}` : undefined}>
      <span>
        <span className="muted">{type}</span> {name ?? shortId ?? ''}
      </span>
    </Tooltip>
  );
}
