import type { FormField } from '@zhifa/shared';
import { Descriptions, Empty } from 'antd';
import type { ReactNode } from 'react';

/**
 * A document's template fields, read-only and labelled from the type's form: what was drafted (and
 * what the approvals filled in), in words — dates, yuan, option names, numbered rows.
 */

type Values = Record<string, unknown>;

const yuan = (fen: number): string => `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;

function display(f: FormField, v: unknown): ReactNode {
  if (v === undefined || v === null || v === '') return null;
  switch (f.kind) {
    case 'money':
      return typeof v === 'number' ? yuan(v) : null;
    case 'integer':
      return typeof v === 'number' ? `${v}${f.unit === 'day' ? ' 日' : ''}` : null;
    case 'boolean':
      return v ? '是' : '否';
    case 'select':
      return f.options.find((o) => o.value === v)?.label ?? String(v);
    case 'dateTime':
      return typeof v === 'string' ? v.replace('T', ' ') : null;
    case 'group': {
      if (typeof v !== 'object') return null;
      if (f.systemOwned === 'approval') {
        const o = v as { opinion?: string; signer?: string; date?: string };
        return o.opinion ? `${o.opinion}（${o.signer ?? ''}，${o.date ?? ''}）` : null;
      }
      return <FieldsView fields={f.fields} values={v as Values} nested />;
    }
    case 'list': {
      if (!Array.isArray(v) || !v.length) return null;
      return (
        <ol className="doc-fields-list">
          {v.map((item, i) => (
            <li key={i}>{display(f.item, item)}</li>
          ))}
        </ol>
      );
    }
    default:
      return typeof v === 'string' ? <span className="doc-fields-text">{v}</span> : String(v);
  }
}

export function FieldsView({ fields, values, nested = false }: { fields: readonly FormField[]; values: Values; nested?: boolean }) {
  const items = fields.flatMap((f): { key: string; label: string; children: ReactNode }[] => {
    const shown = display(f, values[f.key]);
    if (shown === null) return f.systemOwned === 'approval' && !nested ? [{ key: f.key, label: f.label, children: <span className="muted">（待审批后自动填写）</span> }] : [];
    return [{ key: f.key, label: f.label, children: shown }];
  });
  if (!items.length) return nested ? null : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未填写文书内容" />;
  return <Descriptions column={1} size="small" bordered={!nested} styles={{ label: { width: nested ? 96 : 140 } }} items={items} />;
}
