import type { ViolationSummary } from '@zhifa/shared/contract/law';
import { partyKindLabel, type PartyKind } from '@zhifa/shared/rules/discretion';
import { Card, Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useViolations } from '../api';
import '../checklist.css';

/** 违法行为库: every violation type with its penalty provisions; a row opens its discretion tiers. */
export function ViolationsPage() {
  const [q, setQ] = useState('');
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const list = useViolations(q, page.page, page.pageSize);
  return (
    <PageContainer title="违法行为与自由裁量" description="违法行为的认定条款、处罚依据和按施行日期管理的裁量档次。裁量档次为数据，可随本省裁量基准更新。">
      <Card>
        <Input.Search
          className="filter-search mb-16"
          aria-label="搜索违法行为"
          placeholder="编号或名称"
          allowClear
          enterButton="查询"
          onSearch={(t) => {
            setQ(t.trim());
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
        {list.isError ? <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<ViolationSummary>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: '没有符合条件的违法行为' }}
          pagination={{ current: page.page, pageSize: page.pageSize, total: list.data?.total ?? 0, showTotal: (t) => `共 ${t} 种违法行为`, onChange: (p, s) => setPage({ page: p, pageSize: s }) }}
          columns={[
            { title: '编号', dataIndex: 'code', width: 120, render: (c: string, r) => <Link to={`/violations/${r.id}`}>{c}</Link> },
            { title: '违法行为', dataIndex: 'name', render: (n: string, r) => <Link to={`/violations/${r.id}`}>{n}</Link> },
            { title: '处罚依据', dataIndex: 'penaltyCitations', width: 300, render: (c: string[]) => c.map((x) => x.replace('《中华人民共和国安全生产法》', '安全生产法')).join('；') },
            { title: '处罚对象', dataIndex: 'partyKinds', width: 150, render: (k: PartyKind[]) => k.map((x) => <Tag key={x}>{x === 'unit' ? '单位' : partyKindLabel[x].slice(0, 6)}</Tag>) },
            { title: '裁量版本', dataIndex: 'versionCount', width: 90, align: 'center' },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
