import { DownloadOutlined, SendOutlined } from '@ant-design/icons';
import { Permission } from '@zhifa/shared';
import { sectorLabel, type Sector } from '@zhifa/shared/rules/industry';
import { App, Button, Card, Descriptions, Form, Input, Table, Tag, Tooltip, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { showError } from '../../../lib/show-error';
import { useCan } from '../../auth/session';
import { AgencyTreeSelect } from '../../org/components/AgencyTreeSelect';
import { monthsLabel, progressExportUrl, usePlan, usePlanningAction, usePlanProgress, type Cell } from '../api';
import { planStatusColor } from './PlansPage';
import '../planning.css';

const rate = (c: Cell) => (c.planned ? Math.round((c.done / c.planned) * 100) : null);

/** One cell of the battle map: done / planned, coloured by completion. */
function MapCell({ c }: { c: Cell }) {
  if (!c.planned && !c.scheduled) return <span className="map-empty">·</span>;
  const r = rate(c);
  const cls = r === null ? 'map-extra' : r >= 100 ? 'map-done' : c.scheduled >= c.planned ? 'map-scheduled' : c.done > 0 || c.scheduled > 0 ? 'map-partial' : 'map-open';
  return (
    <Tooltip title={`计划 ${c.planned}，已安排 ${c.scheduled}，已完成 ${c.done}`}>
      <span className={`map-cell ${cls}`}>
        {c.done}/{c.planned}
      </span>
    </Tooltip>
  );
}

/** A plan: its content, approval and filing, and plan against actual by unit and month (作战图). */
export function PlanDetailPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const canManage = useCan(Permission.PlanManage);
  const plan = usePlan(id);
  const progress = usePlanProgress(id);
  const submit = usePlanningAction<void>(() => `/api/planning/plans/${id}/submit`);
  const file = usePlanningAction<Record<string, unknown>>(() => `/api/planning/plans/${id}/filing`, (b) => b);
  if (plan.isPending) return <FullPageSpin />;
  if (plan.isError) return <QueryErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  const p = plan.data;
  const pr = progress.data;

  return (
    <PageContainer
      title={`${p.year} 年度：${p.title}`}
      description={<Tag color={planStatusColor[p.status]}>{p.statusLabel}</Tag>}
      extra={
        <>
          {canManage && p.status === 'draft' ? (
            <Button type="primary" icon={<SendOutlined />} loading={submit.isPending} onClick={() => submit.mutate(undefined, { onSuccess: () => void message.success('已提交审批'), onError: (e) => showError(message, e) })}>
              提交审批
            </Button>
          ) : null}
          {p.approvalId ? <Link to={`/approvals/${p.approvalId}`}><Button>审批记录</Button></Link> : null}
          <Button icon={<DownloadOutlined />} href={progressExportUrl(id)}>导出执行情况</Button>
        </>
      }
    >
      <Card size="small" className="mb-16">
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="编制机关">{p.agencyName}</Descriptions.Item>
          <Descriptions.Item label="双随机">抽查对象库 {p.randomPoolSize} 家，比例 {p.randomRatio}%</Descriptions.Item>
          <Descriptions.Item label="重点检查企业">{p.keyEnterprises.length} 家</Descriptions.Item>
          <Descriptions.Item label="备案">{p.filing ? `${p.filing.filedOn} 向${p.filing.filedWithAgencyName}备案（${p.filing.filingReference}）` : '未备案'}</Descriptions.Item>
        </Descriptions>
        {canManage && p.status === 'approved' && !p.filing ? (
          <Form layout="inline" className="mt-16" onFinish={(v) => file.mutate(v, { onSuccess: () => void message.success('已登记备案'), onError: (e) => showError(message, e) })}>
            <Form.Item name="filedWithAgencyId" label="备案机关" rules={[{ required: true, message: '请选择上级机关' }]}>
              <AgencyTreeSelect />
            </Form.Item>
            <Form.Item name="filedOn" label="备案日期" rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '格式 YYYY-MM-DD' }]}>
              <Input style={{ width: 130 }} placeholder="2026-02-01" />
            </Form.Item>
            <Form.Item name="filingReference" label="备案文号" rules={[{ required: true, message: '请填写备案文号或回执' }]}>
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Button htmlType="submit" loading={file.isPending}>登记备案</Button>
          </Form>
        ) : null}
      </Card>
      <Card size="small" title="检查事项" className="mb-16">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={p.items}
          columns={[
            { title: '检查事项', dataIndex: 'name' },
            { title: '行业领域', dataIndex: 'sector', render: (s: string | null) => (s ? sectorLabel[s as Sector] : '—') },
            { title: '重点 / 双随机', render: (_, i) => `${i.keyCount} 家 / ${i.randomCount} 家` },
            { title: '频次（上限）', render: (_, i) => `${i.frequency} 次（≤${i.frequencyCap}）` },
            { title: '月份', dataIndex: 'months', render: (m: number[]) => monthsLabel(m) },
            { title: '联合检查', dataIndex: 'jointDepartments', render: (d: string | null) => d ?? '—' },
            { title: '计划检查次数', dataIndex: 'planned', align: 'right' },
          ]}
        />
      </Card>
      <Card size="small" title="作战图：按科室、月份的计划与完成（完成/计划）" className="mb-16">
        {pr ? (
          <div className="battle-map" role="table" aria-label="作战图">
            <div className="map-row map-head" role="row">
              <span role="columnheader">承办科室</span>
              {pr.byMonth.map((m) => <span key={m.month} role="columnheader">{m.month}月</span>)}
              <span role="columnheader">全年</span>
            </div>
            {pr.byUnit.map((u) => (
              <div key={u.unitId ?? '-'} className="map-row" role="row">
                <span role="rowheader">{u.unitName}</span>
                {u.months.map((c, i) => <span key={i} role="cell"><MapCell c={c} /></span>)}
                <span role="cell"><MapCell c={u.total} /></span>
              </div>
            ))}
            <div className="map-row map-total" role="row">
              <span role="rowheader">合计</span>
              {pr.byMonth.map((m) => <span key={m.month} role="cell"><MapCell c={m} /></span>)}
              <span role="cell"><MapCell c={pr.total} /></span>
            </div>
          </div>
        ) : null}
        <Typography.Paragraph type="secondary" className="mt-16 mb-0">
          绿色：已完成；蓝色：已全部安排；橙色：部分安排或完成；灰色：尚未安排。“已安排”为检查方案与双随机抽取生成的任务，“已完成”为检查已办结的任务。
        </Typography.Paragraph>
      </Card>
      <Card size="small" title="按行业领域">
        <Table size="small" rowKey="sector" pagination={false} dataSource={pr?.bySector ?? []} columns={[{ title: '行业领域', dataIndex: 'sectorLabel' }, { title: '计划', dataIndex: 'planned' }, { title: '已安排', dataIndex: 'scheduled' }, { title: '已完成', dataIndex: 'done' }]} />
      </Card>
    </PageContainer>
  );
}
