import { DownloadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { Progress as ProgressData, ProgressGroup } from '@zhifa/shared/contract/registry';
import { Alert, Button, Card, Col, Progress, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { progressExportUrl, useProgress } from '../api';
import '../registry.css';

const groupColumns = (title: string, onPick?: (g: ProgressGroup) => void, picked?: string): ColumnsType<ProgressGroup> => [
  {
    title,
    key: 'agency',
    render: (_, g) =>
      onPick && g.agencyId ? (
        <Button type="link" className="mb-0" onClick={() => onPick(g)} aria-pressed={picked === g.agencyId}>
          {g.agencyName}
          {picked === g.agencyId ? <Tag color="blue" className="inline-tag">已选</Tag> : null}
        </Button>
      ) : (
        g.agencyName
      ),
  },
  { title: '企业数', dataIndex: 'total', key: 'total', width: 90, align: 'right' },
  { title: '已完成（销账）', dataIndex: 'complete', key: 'complete', width: 130, align: 'right' },
  { title: '未完成', dataIndex: 'incomplete', key: 'incomplete', width: 90, align: 'right', render: (n: number) => (n ? <Typography.Text type="warning">{n}</Typography.Text> : 0) },
  {
    title: '完成率',
    key: 'percent',
    width: 260,
    render: (_, g) => (
      <div className="registry-progress-bar">
        <Progress percent={g.percent} format={(p) => `${(p ?? 0).toFixed(1)}%`} status={g.total && g.complete === g.total ? 'success' : 'normal'} strokeColor={g.percent < 60 ? '#fa8c16' : undefined} />
      </div>
    ),
  },
];

type Incomplete = ProgressData['incomplete'][number];

/** 作战图: base-data entry per district ("逐企逐厂录信息"), each enterprise ticked off when complete ("完成一家、销账一家"). */
export function ProgressPage() {
  const [districtId, setDistrictId] = useState<string | undefined>();
  const all = useProgress({});
  const detail = useProgress({ districtId });
  if (all.isPending) return <FullPageSpin />;
  if (all.isError) return <QueryErrorAlert error={all.error} onRetry={() => void all.refetch()} />;
  const p = all.data;
  const list = districtId ? detail.data : p;
  const pickedName = districtId ? p.byDistrict.find((g) => g.agencyId === districtId)?.agencyName : null;

  const incompleteColumns: ColumnsType<Incomplete> = [
    { title: '单位名称', key: 'name', width: 260, render: (_, e) => <Link to={`/enterprises/${e.id}`}>{e.name}</Link> },
    { title: '属地', dataIndex: 'locatedAgencyName', key: 'located', width: 150 },
    { title: '监管机关', key: 'supervising', width: 150, render: (_, e) => e.supervisingAgencyName ?? <Tag color="orange">未确定</Tag> },
    { title: '完整度', key: 'score', width: 150, render: (_, e) => <Progress percent={e.score} size="small" strokeColor={e.score < 80 ? '#fa8c16' : undefined} /> },
    { title: '缺项', key: 'missing', render: (_, e) => <span className="tag-list">{e.missing.map((m) => <Tag key={m}>{m}</Tag>)}</span> },
  ];

  return (
    <PageContainer
      title="基础数据录入进度"
      description="作战图：逐企逐厂录信息、分门别类建台账；一家企业的必填基础数据补齐即自动“销账”（完成一家、销账一家）。"
      extra={
        <>
          <Link to="/enterprises?completeness=incomplete&sort=completeness">
            <Button icon={<UnorderedListOutlined />}>在企业库中查看未完成企业</Button>
          </Link>
          <Button icon={<DownloadOutlined />} href={progressExportUrl({ districtId })}>
            导出 Excel
          </Button>
        </>
      }
    >
      <div className="stack">
        <Card>
          <Row gutter={[24, 16]} align="middle">
            <Col xs={24} md={6}>
              <Progress type="dashboard" percent={p.total.percent} format={(v) => `${(v ?? 0).toFixed(1)}%`} size={140} />
            </Col>
            <Col xs={8} md={6}><Statistic title="数据范围内企业" value={p.total.total} suffix="家" /></Col>
            <Col xs={8} md={6}><Statistic title="已完成（已销账）" value={p.total.complete} suffix="家" styles={{ content: { color: '#389e0d' } }} /></Col>
            <Col xs={8} md={6}><Statistic title="未完成" value={p.total.incomplete} suffix="家" styles={{ content: { color: '#d46b08' } }} /></Col>
          </Row>
        </Card>
        <Card title="按属地（县区）">
          <Table<ProgressGroup>
            rowKey={(g) => g.agencyId ?? 'none'}
            size="middle"
            pagination={false}
            dataSource={p.byDistrict}
            columns={groupColumns('属地机关', (g) => setDistrictId(g.agencyId === districtId ? undefined : (g.agencyId ?? undefined)), districtId)}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}><strong>合计</strong></Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">{p.total.total}</Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">{p.total.complete}</Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">{p.total.incomplete}</Table.Summary.Cell>
                <Table.Summary.Cell index={4}><Progress percent={p.total.percent} format={(v) => `${(v ?? 0).toFixed(1)}%`} /></Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
        </Card>
        <Card title="按监管机关（分级监管）">
          <Table<ProgressGroup> rowKey={(g) => g.agencyId ?? 'none'} size="middle" pagination={false} dataSource={p.bySupervisingAgency} columns={groupColumns('监管机关')} />
        </Card>
        <Card
          title={`未完成企业${pickedName ? `：${pickedName}` : ''}（${list?.incompleteTotal ?? 0} 家，按完整度从低到高）`}
          extra={districtId ? <Button onClick={() => setDistrictId(undefined)}>显示全部属地</Button> : <span className="muted">点击上表中的属地机关可只看该县区</span>}
        >
          {detail.isError ? <Alert type="error" showIcon title="加载失败" /> : null}
          <Table<Incomplete> rowKey="id" size="small" loading={detail.isFetching} dataSource={list?.incomplete ?? []} columns={incompleteColumns} pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 家` }} locale={{ emptyText: '全部完成，已全部销账' }} />
        </Card>
      </div>
    </PageContainer>
  );
}
