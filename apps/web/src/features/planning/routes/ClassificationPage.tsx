import { ReloadOutlined } from '@ant-design/icons';
import { Permission } from '@zhifa/shared';
import { riskClassList } from '@zhifa/shared/contract/planning';
import { sectorLabel, type Sector } from '@zhifa/shared/rules/industry';
import { App, Button, Card, Col, Drawer, Form, Input, Row, Segmented, Select, Statistic, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { showError } from '../../../lib/show-error';
import { useCan } from '../../auth/session';
import { AgencyTreeSelect } from '../../org/components/AgencyTreeSelect';
import { agencyLevelLabel, riskClassColor, useClasses, useClassHistory, usePlanningAction, useRules, type ClassItem } from '../api';

/** 分级分类: the rule in force (dated, presets), the recompute, and each enterprise's class with its reasons and history. */
export function ClassificationPage() {
  const { message } = App.useApp();
  const canManage = useCan(Permission.PlanManage);
  const [filter, setFilter] = useState<{ page: number; pageSize: number; riskClass?: string; q?: string }>({ page: 1, pageSize: 20 });
  const classes = useClasses(filter);
  const rules = useRules();
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const history = useClassHistory(historyOf);
  const recompute = usePlanningAction<void, { enterpriseCount: number }>(() => '/api/planning/classes/recompute');
  const apply = usePlanningAction<{ preset: string; jurisdictionAgencyId: string | null; effectiveFrom: string }>(() => '/api/planning/classification-rules', (b) => b);
  const [form] = Form.useForm();

  const rule = rules.data?.inForce.rule;
  return (
    <PageContainer
      title="分级分类"
      description="按行业领域、标准化等级、重大危险源、事故与信用确定监管层级与风险等级，以及年度检查频次下限与上限（规则按施行日期生效）"
      extra={
        canManage ? (
          <Button type="primary" icon={<ReloadOutlined />} loading={recompute.isPending} onClick={() => recompute.mutate(undefined, { onSuccess: (r) => void message.success(`已重新分级分类 ${r.enterpriseCount} 家企业`), onError: (e) => showError(message, e) })}>
            重新分级分类
          </Button>
        ) : null
      }
    >
      <Row gutter={16} className="mb-16">
        {riskClassList.map((c) => (
          <Col key={c} xs={12} md={6}>
            <Card size="small">
              <Statistic title={`${c} 类企业`} value={classes.data?.counts[c] ?? 0} valueStyle={{ color: riskClassColor[c] === 'red' ? '#cf1322' : undefined }} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card title={`现行规则：${rule?.name ?? '—'}`} size="small" className="mb-16" extra={rules.data?.inForce.id ? null : <Tag>未设置，使用通用默认值</Tag>}>
        {rule ? (
          <Table
            size="small"
            pagination={false}
            rowKey="label"
            dataSource={rule.frequency}
            columns={[
              { title: '频次分组', dataIndex: 'label' },
              { title: '行业领域', render: (_, g) => (g.sectors.length ? g.sectors.map((s) => sectorLabel[s as Sector] ?? s).join('、') : '其他行业') },
              ...riskClassList.map((c) => ({ title: `${c} 类（下限/上限，次/年）`, key: c, render: (_: unknown, g: (typeof rule.frequency)[number]) => `${g.floor[c]} / ${g.cap[c]}` })),
            ]}
          />
        ) : null}
        {canManage ? (
          <Form form={form} layout="inline" className="mt-16" onFinish={(v: { preset: string; jurisdictionAgencyId?: string | null; effectiveFrom: string }) => apply.mutate({ preset: v.preset, jurisdictionAgencyId: v.jurisdictionAgencyId ?? null, effectiveFrom: v.effectiveFrom }, { onSuccess: () => void message.success('已新增施行规则'), onError: (e) => showError(message, e) })}>
            <Form.Item name="preset" label="预设方案" rules={[{ required: true, message: '请选择预设方案' }]}>
              <Select style={{ width: 260 }} options={rules.data?.presets.map((p) => ({ value: p.code, label: p.label })) ?? []} />
            </Form.Item>
            <Form.Item name="jurisdictionAgencyId" label="适用机关">
              <AgencyTreeSelect allowClear placeholder="全国通用" />
            </Form.Item>
            <Form.Item name="effectiveFrom" label="施行日期" rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '格式 YYYY-MM-DD' }]}>
              <Input placeholder="2026-01-01" style={{ width: 130 }} />
            </Form.Item>
            <Button htmlType="submit" loading={apply.isPending}>
              设为施行规则
            </Button>
          </Form>
        ) : null}
      </Card>
      <Card size="small" title="分级分类结果">
        <div className="mb-16">
          <Segmented
            value={filter.riskClass ?? '全部'}
            options={['全部', ...riskClassList]}
            onChange={(v) => setFilter({ ...filter, page: 1, riskClass: v === '全部' ? undefined : String(v) })}
          />
          <Input.Search allowClear placeholder="企业名称" style={{ width: 240, marginLeft: 12 }} onSearch={(q) => setFilter({ ...filter, page: 1, q: q || undefined })} />
        </div>
        {classes.isError ? <QueryErrorAlert error={classes.error} onRetry={() => void classes.refetch()} /> : null}
        <Table<ClassItem>
          rowKey="enterpriseId"
          loading={classes.isFetching}
          dataSource={classes.data?.items ?? []}
          pagination={{ current: filter.page, pageSize: filter.pageSize, total: classes.data?.total ?? 0, onChange: (page, pageSize) => setFilter({ ...filter, page, pageSize }) }}
          columns={[
            { title: '企业', dataIndex: 'name', render: (n: string, r) => <Button type="link" className="p-0" onClick={() => setHistoryOf(r.enterpriseId)}>{n}</Button> },
            { title: '行业领域', dataIndex: 'sector', width: 110, render: (s: string) => sectorLabel[s as Sector] ?? s },
            { title: '风险等级', dataIndex: 'riskClass', width: 90, render: (c: string) => <Tag color={riskClassColor[c]}>{c} 类</Tag> },
            { title: '监管层级', dataIndex: 'agencyLevel', width: 90, render: (l: string) => agencyLevelLabel[l] ?? l },
            { title: '年度频次', width: 110, render: (_, r) => `${r.frequencyFloor}–${r.frequencyCap} 次` },
            { title: '判定理由', dataIndex: 'reasons', render: (rs: string[]) => <Typography.Text type="secondary">{rs.slice(0, -1).join('；')}</Typography.Text> },
          ]}
        />
      </Card>
      <Drawer open={Boolean(historyOf)} onClose={() => setHistoryOf(null)} title={`分级分类历史：${history.data?.name ?? ''}`} size="large">
        <Timeline
          items={(history.data?.history ?? []).map((h) => ({
            color: riskClassColor[h.riskClass],
            children: (
              <div>
                <Typography.Text strong>
                  {h.computedAt.slice(0, 16).replace('T', ' ')} · {h.riskClass} 类 · {agencyLevelLabel[h.agencyLevel]} · 上限 {h.frequencyCap} 次/年
                </Typography.Text>
                <ul className="mb-0">{h.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
                <Typography.Text type="secondary" className="font-mono">输入：{JSON.stringify(h.inputs)}</Typography.Text>
              </div>
            ),
          }))}
        />
      </Drawer>
    </PageContainer>
  );
}
