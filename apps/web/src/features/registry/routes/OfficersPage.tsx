import { DownloadOutlined, PlusOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Permission } from '@zhifa/shared';
import { certificateStateLabel, certificateStates, officerStatusLabel, officerStatuses, type CertificateState, type Officer, type OfficerStatus } from '@zhifa/shared/contract/registry';
import { sectorLabel } from '@zhifa/shared/rules/industry';
import { Button, Card, Flex, Input, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useCan } from '../../auth/session';
import { AgencyTreeSelect } from '../../org/components/AgencyTreeSelect';
import { officerExportUrl, useOfficers, type OfficerFilter } from '../api';
import { OfficerFormDrawer, type OfficerFormTarget } from '../components/OfficerFormDrawer';
import { CertStateTag, OfficerStatusTag } from '../components/RegistryTags';
import '../registry.css';

function useOfficerFilter(): [OfficerFilter, (f: Partial<OfficerFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter: OfficerFilter = {
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: Math.min(200, Math.max(1, Number(params.get('pageSize')) || 20)),
    q: params.get('q') || undefined,
    agencyId: params.get('agencyId') || undefined,
    status: (params.get('status') as OfficerStatus | null) || undefined,
    certState: (params.get('certState') as CertificateState | null) || undefined,
  };
  const update = (f: Partial<OfficerFilter>) => {
    const next = { ...filter, ...f };
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v !== undefined && v !== '' && !(k === 'page' && v === 1) && !(k === 'pageSize' && v === 20)) p.set(k, String(v));
    setParams(p, { replace: true });
  };
  return [filter, update];
}

/** 执法人员库 (执法检查人员名录库): certificates, status, recusals at a glance. */
export function OfficersPage() {
  const [filter, setFilter] = useOfficerFilter();
  const list = useOfficers(filter);
  const canManage = useCan(Permission.OfficerManage);
  const [target, setTarget] = useState<OfficerFormTarget | null>(null);
  const [q, setQ] = useState(filter.q ?? '');
  useEffect(() => setQ(filter.q ?? ''), [filter.q]);
  const set = (f: Partial<OfficerFilter>) => setFilter({ ...f, page: 1 });
  const { page: _p, pageSize: _s, ...exportFilter } = filter;

  const columns: ColumnsType<Officer> = [
    { title: '姓名', key: 'name', width: 150, render: (_, o) => <div className="two-line"><Link to={`/officers/${o.id}`} className="registry-name-link">{o.name}</Link><div className="muted small">{o.title ?? '—'}{o.username ? ` · 账号 ${o.username}` : ''}</div></div> },
    { title: '执法证号', key: 'certNo', width: 130, render: (_, o) => <code>{o.certNo}</code> },
    { title: '有效期', key: 'valid', width: 200, render: (_, o) => `${o.certValidFrom} 至 ${o.certValidTo}` },
    {
      title: '执法资格',
      key: 'eligibility',
      width: 200,
      render: (_, o) => (
        <span className="tag-list">
          <CertStateTag state={o.certState} />
          {o.status !== 'active' ? <OfficerStatusTag status={o.status} /> : null}
          {o.activeRecusals ? <Tag color="purple">回避 {o.activeRecusals} 家</Tag> : null}
        </span>
      ),
    },
    { title: '所属机关 / 科室', key: 'agency', width: 200, render: (_, o) => <div className="two-line"><div>{o.agencyName}</div><div className="muted">{o.unitName ?? '—'}</div></div> },
    { title: '执法领域', key: 'specialties', render: (_, o) => (o.specialties.length ? o.specialties.map((s) => sectorLabel[s]).join('、') : <span className="muted">不限</span>) },
  ];

  return (
    <PageContainer
      title="执法人员库"
      description="执法检查人员名录库：执法证过期、暂停执法或对某企业须回避的人员，不能在该企业的现场执法文书上签名。"
      extra={
        <>
          <Button icon={<DownloadOutlined />} href={officerExportUrl(exportFilter)}>
            导出 Excel
          </Button>
          {canManage ? (
            <>
              <Link to="/officers/import">
                <Button icon={<UploadOutlined />}>Excel 导入</Button>
              </Link>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create' })}>
                登记执法人员
              </Button>
            </>
          ) : null}
        </>
      }
    >
      <Card>
        <Flex gap={12} wrap align="center" className="filter-bar" role="search">
          <AgencyTreeSelect className="registry-filter-agency" value={filter.agencyId ?? null} onChange={(v) => set({ agencyId: v ?? undefined })} placeholder="全部机关" allowClear disableInactive={false} />
          <Select aria-label="状态" className="filter-status" placeholder="状态" allowClear value={filter.status} onChange={(v) => set({ status: v })} options={officerStatuses.map((s) => ({ value: s, label: officerStatusLabel[s] }))} />
          <Select aria-label="证件状态" className="registry-filter-select" placeholder="证件状态" allowClear value={filter.certState} onChange={(v) => set({ certState: v })} options={certificateStates.map((s) => ({ value: s, label: certificateStateLabel[s] }))} />
          <Input.Search className="filter-search" aria-label="搜索执法人员" placeholder="姓名或执法证号" allowClear value={q} onChange={(e) => setQ(e.target.value)} onSearch={(t) => set({ q: t.trim() || undefined })} enterButton="查询" maxLength={100} />
          <Button icon={<ReloadOutlined />} onClick={() => setFilter({ page: 1, q: undefined, agencyId: undefined, status: undefined, certState: undefined })}>
            重置
          </Button>
        </Flex>
        {list.isError ? <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<Officer>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          size="middle"
          scroll={{ x: 1100 }}
          locale={{ emptyText: '没有符合条件的执法人员' }}
          pagination={{
            current: list.data?.page ?? filter.page,
            pageSize: list.data?.pageSize ?? filter.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (t) => `共 ${t} 名执法人员`,
            onChange: (page, pageSize) => setFilter({ page: pageSize === filter.pageSize ? page : 1, pageSize }),
          }}
        />
      </Card>
      <OfficerFormDrawer target={target} onClose={() => setTarget(null)} />
    </PageContainer>
  );
}
