import { CheckSquareOutlined, PlusOutlined } from '@ant-design/icons';
import { documentStatusLabel, documentStatuses, Permission, type DocumentListItem, type DocumentStatus } from '@zhifa/shared';
import { Button, Card, Flex, Input, Segmented, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { useCan } from '../../auth/session';
import { useDocuments, useDocumentTypes, type DocumentFilter } from '../api';
import { DocumentStatusTag } from '../components/DocumentStatusTag';
import '../document.css';

/** 执法文书: my drafts and documents, or every document in my data scope; filters live in the address. */
export function DocumentsPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const canDraft = useCan(Permission.DocumentDraft);
  const filter: DocumentFilter = {
    box: params.get('box') === 'all' ? 'all' : 'mine',
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: 20,
    status: (params.get('status') as DocumentStatus | null) ?? undefined,
    typeCode: params.get('typeCode') ?? undefined,
    q: params.get('q') ?? undefined,
  };
  const set = (patch: Partial<DocumentFilter>) => {
    const next = { ...filter, page: 1, ...patch };
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v !== undefined && v !== '' && !(k === 'page' && v === 1) && k !== 'pageSize' && !(k === 'box' && v === 'mine')) p.set(k, String(v));
    setParams(p, { replace: true });
  };
  const list = useDocuments(filter);
  const types = useDocumentTypes();
  const [q, setQ] = useState(filter.q ?? '');
  useEffect(() => setQ(filter.q ?? ''), [filter.q]);

  const columns: ColumnsType<DocumentListItem> = [
    {
      title: '文书',
      key: 'title',
      render: (_, d) => (
        <div>
          <Link to={`/documents/${d.id}`} className="doc-title-link">
            {d.title}
          </Link>
          {d.versionNo > 1 ? <span className="muted small">（第 {d.versionNo} 版）</span> : null}
          <div className="muted small">{d.typeName}</div>
        </div>
      ),
    },
    { title: '文书编号', dataIndex: 'number', width: 220, render: (n: string | null) => n ?? <span className="muted">签发时生成</span> },
    { title: '当事人', dataIndex: 'partyName', width: 240, ellipsis: true, render: (n: string | null) => n ?? '—' },
    { title: '状态', dataIndex: 'status', width: 120, render: (s: DocumentStatus) => <DocumentStatusTag status={s} /> },
    ...(filter.box === 'all' ? [{ title: '起草人', dataIndex: 'ownerName', width: 100 }] : []),
    { title: '更新时间', dataIndex: 'updatedAt', width: 170, render: (t: string) => formatDateTime(t) },
  ];

  return (
    <PageContainer
      title="执法文书"
      description="起草、审批、签发、送达执法文书；文书编号由系统在签发时生成（问题解释第2条）。"
      extra={
        <>
          <Link to="/approvals">
            <Button icon={<CheckSquareOutlined />}>审批中心</Button>
          </Link>
          {canDraft ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/documents/new')}>
              新建文书
            </Button>
          ) : null}
        </>
      }
    >
      <Card>
        <Flex gap={12} wrap className="mb-16" align="center">
          <Segmented
            value={filter.box}
            onChange={(v) => set({ box: v as 'mine' | 'all' })}
            options={[
              { label: '我起草的', value: 'mine' },
              { label: '全部文书', value: 'all' },
            ]}
          />
          <Segmented
            value={filter.status ?? 'any'}
            onChange={(v) => set({ status: v === 'any' ? undefined : (v as DocumentStatus) })}
            options={[{ label: '全部状态', value: 'any' }, { label: '草稿', value: 'draft' }, { label: '审批中', value: 'pendingApproval' }, { label: '已签发', value: 'issued' }, { label: '已送达', value: 'served' }]}
          />
          <Select
            allowClear
            className="doc-filter-select"
            placeholder="文书类型"
            value={filter.typeCode ?? null}
            onChange={(v) => set({ typeCode: v ?? undefined })}
            options={(types.data ?? []).map((t) => ({ value: t.code, label: t.name }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
          <Select
            allowClear
            className="doc-filter-select"
            placeholder="更多状态"
            value={filter.status && !['draft', 'pendingApproval', 'issued', 'served'].includes(filter.status) ? filter.status : null}
            onChange={(v) => set({ status: v ?? undefined })}
            options={documentStatuses.map((s) => ({ value: s, label: documentStatusLabel[s] }))}
          />
          <Input.Search className="doc-filter-search" placeholder="标题、编号或当事人" allowClear value={q} onChange={(e) => setQ(e.target.value)} onSearch={(v) => set({ q: v.trim() || undefined })} />
        </Flex>
        {list.isError ? <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          locale={{ emptyText: filter.box === 'mine' ? '还没有文书。点击“新建文书”起草。' : '没有符合条件的文书' }}
          pagination={{ current: filter.page, pageSize: filter.pageSize, total: list.data?.total ?? 0, showTotal: (t) => `共 ${t} 份`, onChange: (page) => set({ page }), showSizeChanger: false }}
        />
      </Card>
    </PageContainer>
  );
}
