import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Permission } from '@zhifa/shared';
import { checkItemStatuses, checkItemStatusLabel, type CheckItemListQuery, type CheckItemStatus } from '@zhifa/shared/contract/checklist';
import type { RiskFlag } from '@zhifa/shared/rules/enterprise-codes';
import type { Sector } from '@zhifa/shared/rules/industry';
import { Button, Card, Col, Flex, Input, Row, Select, Skeleton, Tabs, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useCan } from '../../auth/session';
import { useCampaigns, useChecklists, useCheckItems } from '../api';
import '../checklist.css';
import { ApplicableItemsPanel } from '../components/ApplicableItemsPanel';
import { CheckItemTable } from '../components/CheckItemTable';
import { riskFlagOptions, sectorOptions } from '../labels';

const FILTERS = ['checklistId', 'unitId', 'campaignId', 'sector', 'riskFlag', 'status', 'majorHazard', 'q'] as const;

/** 检查事项库: the checklist → unit tree, filters and the items; a second tab lists the items that apply to an enterprise. */
export function CheckItemLibraryPage() {
  const [params, setParams] = useSearchParams();
  const canManage = useCan(Permission.ChecklistManage);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filter: CheckItemListQuery = { page, pageSize: 50 };
  for (const k of FILTERS) {
    const v = params.get(k);
    if (v) (filter as Record<string, string>)[k] = v;
  }
  const set = (patch: Partial<Record<(typeof FILTERS)[number] | 'page' | 'tab', string | undefined>>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    if (!('page' in patch)) p.delete('page');
    setParams(p, { replace: true });
  };
  const lists = useChecklists();
  const campaigns = useCampaigns();
  const items = useCheckItems(filter);

  const treeData: DataNode[] = useMemo(
    () =>
      (lists.data ?? []).map((l) => ({
        key: `list:${l.id}`,
        title: `${l.name}（${l.itemCount}）`,
        children: l.units.map((u) => ({ key: `unit:${l.id}:${u.id}`, title: `${u.name}（${u.itemCount}）`, isLeaf: true })),
      })),
    [lists.data],
  );
  const selectedKey = filter.unitId ? `unit:${filter.checklistId}:${filter.unitId}` : filter.checklistId ? `list:${filter.checklistId}` : null;
  const tab = params.get('tab') ?? 'library';

  const library = (
    <Row gutter={16}>
      <Col xs={24} lg={8} xl={7}>
        <Card title="检查表" size="small" className="tree-card">
          {lists.isError ? <QueryErrorAlert error={lists.error} onRetry={() => void lists.refetch()} /> : null}
          {lists.isPending ? (
            <Skeleton active />
          ) : (
            <Tree
              className="item-tree"
              treeData={treeData}
              defaultExpandAll
              blockNode
              selectedKeys={selectedKey ? [selectedKey] : []}
              onSelect={(keys) => {
                const k = String(keys[0] ?? '');
                const [kind, listId, unitId] = k.split(':');
                if (!k) set({ checklistId: undefined, unitId: undefined });
                else if (kind === 'list') set({ checklistId: listId, unitId: undefined });
                else set({ checklistId: listId, unitId });
              }}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={16} xl={17}>
        <Card>
          <Flex gap={12} wrap className="filter-bar" role="search">
            <Select<Sector> aria-label="行业领域" className="filter-select" allowClear placeholder="全部行业" value={filter.sector} onChange={(v) => set({ sector: v })} options={sectorOptions} />
            <Select<RiskFlag> aria-label="风险特征" className="filter-select" allowClear placeholder="全部风险特征" value={filter.riskFlag} onChange={(v) => set({ riskFlag: v })} options={riskFlagOptions} />
            <Select
              aria-label="专项执法"
              className="filter-select"
              allowClear
              placeholder="全部专项"
              value={filter.campaignId}
              onChange={(v) => set({ campaignId: v })}
              options={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.shortName }))}
            />
            <Select<CheckItemStatus>
              aria-label="状态"
              className="filter-status"
              allowClear
              placeholder="当前事项"
              value={filter.status}
              onChange={(v) => set({ status: v })}
              options={checkItemStatuses.map((s) => ({ value: s, label: checkItemStatusLabel[s] }))}
            />
            <Select
              aria-label="重大隐患"
              className="filter-status"
              allowClear
              placeholder="重大隐患"
              value={filter.majorHazard}
              onChange={(v) => set({ majorHazard: v })}
              options={[
                { value: 'true', label: '重大隐患事项' },
                { value: 'false', label: '一般事项' },
              ]}
            />
            <Input.Search key={filter.q ?? ''} className="filter-search" aria-label="搜索检查事项" placeholder="编号、检查内容或不符合情形" allowClear defaultValue={filter.q} enterButton="查询" onSearch={(t) => set({ q: t.trim() || undefined })} />
            <Button icon={<ReloadOutlined />} onClick={() => setParams(new URLSearchParams(), { replace: true })}>
              重置
            </Button>
          </Flex>
          {items.isError ? <QueryErrorAlert error={items.error} onRetry={() => void items.refetch()} /> : null}
          <CheckItemTable
            items={items.data?.items ?? []}
            loading={items.isFetching}
            showChecklist={!filter.checklistId}
            pagination={{ current: page, pageSize: 50, total: items.data?.total ?? 0, showSizeChanger: false, showTotal: (t) => `共 ${t} 项`, onChange: (p) => set({ page: String(p) }) }}
          />
        </Card>
      </Col>
    </Row>
  );

  return (
    <PageContainer
      title="检查事项库"
      description="“查什么、怎么查、查出来怎么办”：检查表 → 检查单元 → 检查事项。本地新增事项须以法律法规库中的条款为依据，经法制审核后发布。"
      extra={
        canManage ? (
          <Link to="/check-items/new">
            <Button type="primary" icon={<PlusOutlined />}>
              新增本地事项
            </Button>
          </Link>
        ) : null
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(k) => set({ tab: k === 'library' ? undefined : k })}
        items={[
          { key: 'library', label: '事项库', children: library },
          { key: 'applicable', label: '按企业查询适用事项', children: <Card><ApplicableItemsPanel /></Card> },
        ]}
      />
    </PageContainer>
  );
}
