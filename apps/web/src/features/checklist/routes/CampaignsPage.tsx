import { sourceLevelLabel, type Campaign } from '@zhifa/shared/contract/checklist';
import { Card, Col, Descriptions, Empty, Row, Skeleton, Table, Tag } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useCampaign, useCampaigns } from '../api';
import '../checklist.css';
import { AppliesToTags } from '../components/AppliesToTags';
import { CheckItemTable } from '../components/CheckItemTable';

/** 专项执法: the ministry's sets (工贸25条 and its parts) and the province's and city's own (问题11). */
export function CampaignsPage() {
  const [params, setParams] = useSearchParams();
  const list = useCampaigns();
  const selectedId = params.get('id') ?? list.data?.[0]?.id ?? null;
  const detail = useCampaign(selectedId);
  const c = detail.data;
  return (
    <PageContainer title="专项执法" description="专项执法检查事项集合。部级专项全国适用；省、市可设置本级专项（应急厅函〔2020〕250号 问题11）。">
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Card>
            {list.isError ? <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
            <Table<Campaign>
              rowKey="id"
              size="middle"
              loading={list.isPending}
              dataSource={list.data ?? []}
              pagination={false}
              rowClassName={(r) => (r.id === selectedId ? 'ant-table-row-selected' : '')}
              onRow={(r) => ({ onClick: () => setParams({ id: r.id }, { replace: true }), style: { cursor: 'pointer' } })}
              columns={[
                { title: '专项', dataIndex: 'shortName', render: (s: string, r) => <div><div className="law-list-title">{s}</div><div className="search-hit-sub">{r.name}</div></div> },
                { title: '层级', dataIndex: 'sourceLevel', width: 90, render: (l: Campaign['sourceLevel']) => sourceLevelLabel[l] },
                { title: '事项', dataIndex: 'itemCount', width: 60, align: 'center' },
                { title: '状态', dataIndex: 'active', width: 90, render: (a: boolean) => (a ? <Tag color="green">进行中</Tag> : <Tag>已结束</Tag>) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          {!c ? (
            <Card>{detail.isPending && selectedId ? <Skeleton active /> : <Empty description="请选择专项" />}</Card>
          ) : (
            <Card title={c.name}>
              <Descriptions
                className="nowrap-labels"
                size="small"
                bordered
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'short', label: '简称', children: c.shortName },
                  { key: 'level', label: '层级', children: `${sourceLevelLabel[c.sourceLevel]}${c.ownerAgencyName ? ` · ${c.ownerAgencyName}` : ' · 应急管理部'}` },
                  { key: 'period', label: '期间', children: `${c.effectiveFrom} 至 ${c.effectiveTo ?? '长期'}` },
                  { key: 'applies', label: '适用范围', children: <AppliesToTags appliesTo={c.appliesTo} /> },
                  { key: 'desc', label: '说明', children: c.description || '—', span: 2 },
                  ...(c.isDemo ? [{ key: 'demo', label: '数据', children: <Tag color="warning">演示数据</Tag>, span: 2 }] : []),
                ]}
              />
              <div className="mt-16">
                <CheckItemTable items={c.items} showChecklist compact />
              </div>
            </Card>
          )}
        </Col>
      </Row>
    </PageContainer>
  );
}
