import type { CheckItemSummary } from '@zhifa/shared/contract/checklist';
import { sourceLevelLabel } from '@zhifa/shared/contract/checklist';
import { Table, Tag } from 'antd';
import type { TablePaginationConfig } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { AppliesToTags } from './AppliesToTags';
import { ItemStatusTag } from './ItemStatusTag';

export interface CheckItemTableProps {
  items: CheckItemSummary[];
  loading?: boolean;
  pagination?: TablePaginationConfig | false;
  /** Extra column on the right (e.g. review actions). */
  actions?: (item: CheckItemSummary) => ReactNode;
  showChecklist?: boolean;
  /** Leave out the source column (narrow panels). */
  compact?: boolean;
}

/** Check items with code, content, unit, status, 重大隐患, source and campaigns. */
export function CheckItemTable({ items, loading, pagination = false, actions, showChecklist = false, compact = false }: CheckItemTableProps) {
  return (
    <Table<CheckItemSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={pagination}
      scroll={compact ? undefined : { x: 760 }}
      locale={{ emptyText: '没有符合条件的检查事项' }}
      columns={[
        { title: '编号', dataIndex: 'code', width: 96, render: (c: string, r) => <Link className="item-code" to={`/check-items/${r.id}`}>{c}</Link> },
        {
          title: '检查内容',
          dataIndex: 'content',
          render: (c: string, r) => (
            <div>
              <Link to={`/check-items/${r.id}`}>{c}</Link>
              <div className="search-hit-sub">{showChecklist ? `${r.checklistName} · ${r.unitName}` : r.unitName}</div>
              <div className="mt-8">
                <AppliesToTags appliesTo={r.appliesTo} />
                {r.campaigns.map((x) => (
                  <Tag key={x.id} color="purple">{x.shortName}</Tag>
                ))}
              </div>
            </div>
          ),
        },
        { title: '状态', dataIndex: 'status', width: 96, render: (s: CheckItemSummary['status'], r) => <>{<ItemStatusTag status={s} />}{r.version > 1 ? <div className="search-hit-sub">第{r.version}版</div> : null}</> },
        { title: '重大隐患', dataIndex: 'majorHazard', width: 88, align: 'center', render: (m: boolean) => (m ? <Tag color="red">是</Tag> : <span className="muted">否</span>) },
        ...(compact ? [] : [{ title: '来源', dataIndex: 'sourceLevel', width: 120, render: (l: CheckItemSummary['sourceLevel'], r: CheckItemSummary) => <div>{sourceLevelLabel[l]}<div className="search-hit-sub">{r.ownerAgencyName ?? '应急管理部'}</div></div> }]),
        ...(actions ? [{ title: '操作', key: 'actions', width: 170, render: (_: unknown, r: CheckItemSummary) => actions(r) }] : []),
      ]}
    />
  );
}
