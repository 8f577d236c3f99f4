import { changeSourceLabel, type EnterpriseChange } from '@zhifa/shared/contract/registry';
import { Empty, Tag, Timeline } from 'antd';
import { formatDateTime } from '../../../lib/format';

interface ChangeGroup {
  key: string;
  at: string;
  actorName: string | null;
  source: EnterpriseChange['source'];
  changes: EnterpriseChange[];
}

/** Rows of one save (same time, person and source) shown together, newest first. */
function groupChanges(rows: readonly EnterpriseChange[]): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  for (const r of rows) {
    const last = groups.at(-1);
    if (last && last.at === r.at && last.actorName === r.actorName && last.source === r.source) last.changes.push(r);
    else groups.push({ key: r.id, at: r.at, actorName: r.actorName, source: r.source, changes: [r] });
  }
  return groups;
}

/** 变更记录: who changed which field when, old → new. */
export function HistoryTimeline({ rows }: { rows: readonly EnterpriseChange[] }) {
  if (!rows.length) return <Empty description="暂无变更记录" />;
  return (
    <div className="registry-history">
      <Timeline
        items={groupChanges(rows).map((g) => {
          const created = g.changes.some((c) => c.field === '*');
          return {
            key: g.key,
            color: created ? 'green' : 'blue',
            content: (
              <>
                <div className="muted small">
                  {formatDateTime(g.at)} · {g.actorName ?? '系统'} <Tag className="inline-tag">{changeSourceLabel[g.source]}</Tag>
                </div>
                <ul className="rule-list registry-history-change">
                {g.changes.map((c) =>
                  c.field === '*' ? (
                    <li key={c.id}>
                      {c.label}：{c.newValue}
                    </li>
                  ) : (
                    <li key={c.id}>
                      <strong>{c.label}</strong>：<span className="registry-history-old">{c.oldValue ?? '（空）'}</span> → {c.newValue ?? '（空）'}
                    </li>
                  ),
                )}
                </ul>
              </>
            ),
          };
        })}
      />
    </div>
  );
}
