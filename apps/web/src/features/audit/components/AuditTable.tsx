import type { AuditRecord, Page } from '@zhifa/shared';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDateTime } from '../../../lib/format';
import { actionLabel } from '../action-labels';
import { AuditObjectCell } from './AuditObjectCell';
import { AuditRecordDetail } from './AuditRecordDetail';
import { AuditResultTag } from './AuditResultTag';

const columns: ColumnsType<AuditRecord> = [
  { title: '时间', dataIndex: 'at', key: 'at', width: 160, render: (at: string) => formatDateTime(at) },
  { title: '操作人', dataIndex: 'actorName', key: 'actorName', width: 160, render: (n: string | null) => n ?? <span className="muted">（未登录）</span> },
  { title: '角色', dataIndex: 'actorRole', key: 'actorRole', width: 120, ellipsis: { showTitle: true }, render: (r: string | null) => (r === 'system' ? '系统' : (r ?? '—')) },
  { title: 'IP', dataIndex: 'ip', key: 'ip', width: 115, render: (ip: string | null) => ip ?? '—' },
  { title: '操作', dataIndex: 'action', key: 'action', width: 140, render: (a: string) => actionLabel(a) },
  { title: '对象', key: 'object', minWidth: 160, render: (_, r) => <AuditObjectCell record={r} /> },
  { title: '结果', key: 'result', width: 120, render: (_, r) => <AuditResultTag record={r} /> },
  { title: '请求编号', dataIndex: 'requestId', key: 'requestId', width: 100, render: (id: string | null) => (id ? <code title={id}>{id.slice(-8)}</code> : '—') },
];

export interface AuditTableProps {
  data: Page<AuditRecord> | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

/** The audit records, newest first; a row expands to its detail JSON and hash. */
export function AuditTable({ data, loading, onPageChange }: AuditTableProps) {
  return (
    <Table<AuditRecord>
      rowKey="seq"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      size="middle"
      scroll={{ x: 1100 }}
      expandable={{ expandedRowRender: (r) => <AuditRecordDetail record={r} />, columnTitle: '', columnWidth: 40 }}
      locale={{ emptyText: '没有符合条件的审计记录' }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (t) => `共 ${t} 条记录`,
        onChange: onPageChange,
      }}
    />
  );
}
