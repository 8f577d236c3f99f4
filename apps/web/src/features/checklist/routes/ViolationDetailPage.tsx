import { Alert, Breadcrumb, Card, DatePicker, Descriptions, Flex, Skeleton, Table, Tabs, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { dayjs, TIME_ZONE } from '../../../lib/format';
import { useDiscretion, useViolation } from '../api';
import '../checklist.css';
import { DiscretionTiersTable } from '../components/DiscretionTiersTable';
import { ProvisionRefList } from '../components/ProvisionRefList';

/** 违法行为: its provisions, every dated discretion version, and the range in force on a chosen date. */
export function ViolationDetailPage() {
  const { id } = useParams();
  const v = useViolation(id);
  const [date, setDate] = useState<Dayjs>(() => dayjs().tz(TIME_ZONE));
  const [decision, setDecision] = useState<Dayjs>(() => dayjs().tz(TIME_ZONE));
  const day = date.format('YYYY-MM-DD');
  const decisionDay = decision.format('YYYY-MM-DD');
  const range = useDiscretion(id, day, decisionDay < day ? day : decisionDay);
  if (v.isError) return <QueryErrorAlert error={v.error} onRetry={() => void v.refetch()} />;
  if (!v.data) return <Skeleton active />;
  const d = v.data;
  const inForce = range.data?.version ?? null;
  return (
    <PageContainer title={`${d.code} ${d.name}`} description={<Breadcrumb items={[{ title: <Link to="/violations">违法行为与自由裁量</Link> }, { title: d.code }]} />}>
      <div className="stack">
        <Card title="法律依据">
          <Descriptions
            className="nowrap-labels"
            column={1}
            bordered
            size="small"
            items={[
              { key: 'violated', label: '认定条款', children: <ProvisionRefList refs={d.violatedProvisions} /> },
              { key: 'penalty', label: '处罚依据', children: <ProvisionRefList refs={d.penaltyProvisions} /> },
            ]}
          />
        </Card>
        <Card
          title="按日期查询适用的裁量档次"
          extra={
            <Flex align="center" gap={8}>
              <span>违法行为发生日期</span>
              <DatePicker aria-label="违法行为发生日期" allowClear={false} value={date} onChange={(d) => d && setDate(d)} />
              <span>作出决定日期</span>
              <DatePicker aria-label="作出决定日期" allowClear={false} value={decision} onChange={(d) => d && setDecision(d)} />
            </Flex>
          }
        >
          <Typography.Paragraph type="secondary">依《行政处罚法》第三十七条，适用违法行为发生时的规定（新规定处罚较轻的除外）。</Typography.Paragraph>
          {range.isError ? <QueryErrorAlert error={range.error} onRetry={() => void range.refetch()} /> : null}
          {range.data ? <Alert className="mb-16" type={range.data.applied.rule === 'lighterNew' ? 'warning' : 'info'} showIcon title="适用的版本与理由" description={range.data.applied.reason} data-testid="discretion-applied" /> : null}
          {inForce ? (
            <>
              <Flex gap={8} wrap className="mb-16" data-testid="discretion-in-force">
                <Tag color="blue">{`适用：${inForce.effectiveFrom} 至 ${inForce.effectiveTo ?? '今'} 版`}</Tag>
                {inForce.statutory.unitFine ? <Tag>{`法定幅度（单位）：${inForce.statutory.unitFine.text}`}</Tag> : null}
                {inForce.statutory.personFine ? <Tag>{`法定幅度（个人）：${inForce.statutory.personFine.text}`}</Tag> : null}
                {inForce.illustrative ? <Tag color="warning">档次为系统示例，须替换为本省裁量基准</Tag> : null}
              </Flex>
              <DiscretionTiersTable tiers={inForce.tiers} />
            </>
          ) : null}
        </Card>
        <Card title={`裁量版本（${d.discretionVersions.length}）`}>
          {d.discretionVersions.length ? (
            <Tabs
              items={d.discretionVersions.map((ver) => ({
                key: ver.id,
                label: `${ver.effectiveFrom} 起${ver.effectiveTo ? `（至 ${ver.effectiveTo}）` : ''}`,
                children: (
                  <div className="stack">
                    <Descriptions
                      className="nowrap-labels"
                      size="small"
                      bordered
                      column={1}
                      items={[
                        { key: 'basis', label: '裁量依据', children: ver.basis },
                        { key: 'summary', label: '法定处罚', children: ver.statutory.summary },
                        { key: 'source', label: '来源', children: `${ver.source}${ver.verified ? '' : '（未核实）'}` },
                      ]}
                    />
                    <DiscretionTiersTable tiers={ver.tiers} />
                  </div>
                ),
              }))}
            />
          ) : (
            <Typography.Text type="secondary">尚未设置裁量版本</Typography.Text>
          )}
        </Card>
        <Card title={`对应的检查事项（${d.checkItems.length}）`}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.checkItems}
            locale={{ emptyText: '没有检查事项对应该违法行为' }}
            columns={[
              { title: '编号', dataIndex: 'code', width: 110, render: (c: string, r) => <Link to={`/check-items/${r.id}`}>{c}</Link> },
              { title: '检查内容', dataIndex: 'content' },
              { title: '检查表', dataIndex: 'checklistName', width: 300, ellipsis: true },
            ]}
          />
        </Card>
      </div>
    </PageContainer>
  );
}
