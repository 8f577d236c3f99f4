import { BarChartOutlined, DownloadOutlined, PlusOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Permission } from '@zhifa/shared';
import type { EnterpriseSummary } from '@zhifa/shared/contract/registry';
import { enterpriseStatusLabel, enterpriseStatuses, riskFlagLabel, riskFlags } from '@zhifa/shared/rules/enterprise-codes';
import { sectorLabel, sectors } from '@zhifa/shared/rules/industry';
import { Button, Card, Flex, Input, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useCan } from '../../auth/session';
import { AgencyTreeSelect } from '../../org/components/AgencyTreeSelect';
import { enterpriseExportUrl, useEnterprises, type EnterpriseFilter } from '../api';
import { CompletenessBar, EnterpriseStatusTag, RiskFlagTags } from '../components/RegistryTags';
import '../registry.css';

const FILTER_KEYS = ['q', 'agencyId', 'districtId', 'sector', 'riskFlag', 'status', 'completeness', 'sort'] as const;

/** Filters and paging live in the address, so a filtered list can be bookmarked, shared and exported. */
function useEnterpriseFilter(): [EnterpriseFilter, (f: Partial<EnterpriseFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter: EnterpriseFilter = {
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: Math.min(200, Math.max(1, Number(params.get('pageSize')) || 20)),
    ...Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) || undefined])),
  };
  const update = (f: Partial<EnterpriseFilter>) => {
    const next = { ...filter, ...f };
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v !== undefined && v !== '' && !(k === 'page' && v === 1) && !(k === 'pageSize' && v === 20)) p.set(k, String(v));
    setParams(p, { replace: true });
  };
  return [filter, update];
}

/** 企业库 (检查对象名录库): search and filter, open, edit, import and export. */
export function EnterprisesPage() {
  const [filter, setFilter] = useEnterpriseFilter();
  const list = useEnterprises(filter);
  const canManage = useCan(Permission.EnterpriseManage);
  const [q, setQ] = useState(filter.q ?? '');
  useEffect(() => setQ(filter.q ?? ''), [filter.q]);
  const set = (f: Partial<EnterpriseFilter>) => setFilter({ ...f, page: 1 });
  const { page: _p, pageSize: _s, sort: _o, ...exportFilter } = filter;

  const columns: ColumnsType<EnterpriseSummary> = [
    {
      title: '单位名称',
      key: 'name',
      width: 280,
      render: (_, e) => (
        <div className="two-line">
          <Link to={`/enterprises/${e.id}`} className="registry-name-link">
            {e.name}
          </Link>
          <div className="muted small">
            <code>{e.creditCode}</code>
            {e.isPilot ? <Tag color="gold" className="inline-tag">试点</Tag> : null}
            {e.isDemo ? <Tag className="inline-tag">演示</Tag> : null}
          </div>
        </div>
      ),
    },
    {
      title: '属地 / 监管机关',
      key: 'agency',
      width: 190,
      render: (_, e) => (
        <div className="two-line">
          <div>{e.locatedAgencyName}</div>
          <div className="muted">{e.supervisingAgencyName ? `监管：${e.supervisingAgencyName}` : '监管：未确定'}</div>
        </div>
      ),
    },
    { title: '行业领域', key: 'sector', width: 90, render: (_, e) => sectorLabel[e.sector] },
    { title: '风险特征', key: 'riskFlags', width: 190, render: (_, e) => <RiskFlagTags flags={e.riskFlags} max={2} /> },
    { title: '主要负责人', key: 'principal', width: 115, render: (_, e) => (e.principalName ? <div className="two-line"><div>{e.principalName}</div><div className="muted small">{e.principalPhone ?? '—'}</div></div> : <span className="muted">—</span>) },
    { title: '状态', key: 'status', width: 76, render: (_, e) => <EnterpriseStatusTag status={e.status} /> },
    { title: '基础数据完整度', key: 'completeness', width: 150, render: (_, e) => <CompletenessBar completeness={e.completeness} /> },
  ];

  return (
    <PageContainer
      title="企业库"
      description="检查对象名录库：每家企业对应一个监管机关（分级监管），您看到的是数据范围内的企业。"
      extra={
        <>
          <Link to="/enterprise-progress">
            <Button icon={<BarChartOutlined />}>基础数据进度</Button>
          </Link>
          <Button icon={<DownloadOutlined />} href={enterpriseExportUrl(exportFilter)}>
            导出 Excel
          </Button>
          {canManage ? (
            <>
              <Link to="/enterprises/import">
                <Button icon={<UploadOutlined />}>Excel 导入</Button>
              </Link>
              <Link to="/enterprises/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  登记企业
                </Button>
              </Link>
            </>
          ) : null}
        </>
      }
    >
      <Card>
        <Flex gap={12} wrap align="center" className="filter-bar" role="search">
          <AgencyTreeSelect className="registry-filter-agency" value={filter.districtId ?? null} onChange={(v) => set({ districtId: v ?? undefined })} placeholder="属地（全部）" allowClear disableInactive={false} />
          <AgencyTreeSelect className="registry-filter-agency" value={filter.agencyId ?? null} onChange={(v) => set({ agencyId: v ?? undefined })} placeholder="监管机关（全部）" allowClear disableInactive={false} />
          <Select aria-label="行业领域" className="registry-filter-select" placeholder="行业领域" allowClear value={filter.sector} onChange={(v) => set({ sector: v })} options={sectors.map((s) => ({ value: s, label: sectorLabel[s] }))} />
          <Select aria-label="风险特征" className="registry-filter-select" placeholder="风险特征" allowClear value={filter.riskFlag} onChange={(v) => set({ riskFlag: v })} options={riskFlags.map((f) => ({ value: f, label: riskFlagLabel[f] }))} />
          <Select aria-label="经营状态" className="filter-status" placeholder="经营状态" allowClear value={filter.status} onChange={(v) => set({ status: v })} options={enterpriseStatuses.map((s) => ({ value: s, label: enterpriseStatusLabel[s] }))} />
          <Select
            aria-label="基础数据完整度"
            className="registry-filter-select"
            placeholder="基础数据完整度"
            allowClear
            value={filter.completeness}
            onChange={(v) => set({ completeness: v, sort: v === 'incomplete' ? 'completeness' : filter.sort })}
            options={[
              { value: 'complete', label: '已完成（已销账）' },
              { value: 'incomplete', label: '未完成' },
            ]}
          />
          <Input.Search className="filter-search" aria-label="搜索企业" placeholder="单位名称或统一社会信用代码" allowClear value={q} onChange={(e) => setQ(e.target.value)} onSearch={(text) => set({ q: text.trim() || undefined })} enterButton="查询" maxLength={100} />
          <Button icon={<ReloadOutlined />} onClick={() => setFilter({ page: 1, ...Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])) })}>
            重置
          </Button>
        </Flex>
        {list.isError ? <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<EnterpriseSummary>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          size="middle"
          scroll={{ x: 1100 }}
          locale={{ emptyText: '没有符合条件的企业' }}
          pagination={{
            current: list.data?.page ?? filter.page,
            pageSize: list.data?.pageSize ?? filter.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (t) => `共 ${t} 家企业`,
            onChange: (page, pageSize) => setFilter({ page: pageSize === filter.pageSize ? page : 1, pageSize }),
          }}
        />
      </Card>
    </PageContainer>
  );
}
