import { ExperimentOutlined, PlusOutlined } from '@ant-design/icons';
import { Permission } from '@zhifa/shared';
import { riskClassList } from '@zhifa/shared/contract/planning';
import { App, Button, Card, Drawer, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useCan } from '../../auth/session';
import { sectorOptions } from '../../checklist/labels';
import { useDraws, usePlanningAction, type DrawListItem, type DrawView } from '../api';
import '../planning.css';

const statusColor = { committed: 'processing', drawn: 'success', voided: 'default' } as const;
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** 双随机抽取: commit (freeze and publish hashes and the seed commitment) → draw (reveal) → public replay. Every attempt stays. */
export function DrawsPage() {
  const { message } = App.useApp();
  const canManage = useCan(Permission.PlanManage);
  const [q, setQ] = useState({ page: 1, pageSize: 20 });
  const draws = useDraws(q);
  const [open, setOpen] = useState<{ previousId: string | null } | null>(null);
  const [form] = Form.useForm();
  const commit = usePlanningAction<Record<string, unknown>, DrawView>(() => '/api/draws', (b) => b);
  const execute = usePlanningAction<string, DrawView>((id) => `/api/draws/${id}/execute`);
  const voidIt = usePlanningAction<{ id: string; reason: string }>((v) => `/api/draws/${v.id}/void`, (v) => ({ reason: v.reason }));
  const [voiding, setVoiding] = useState<string | null>(null);
  const [voidReason, setVoidReason] = useState('');

  const onFinish = (v: { strataRows?: { key: string; count: number }[]; stratifyBy: string; total?: number } & Record<string, unknown>) => {
    const strata = v.stratifyBy === 'none' ? { 全部: v.total ?? 0 } : Object.fromEntries((v.strataRows ?? []).filter((r) => r?.key).map((r) => [r.key, r.count ?? 0]));
    const { strataRows: _rows, total: _total, ...rest } = v;
    commit.mutate(
      { ...rest, strata, previousId: open?.previousId ?? null },
      {
        onSuccess: (d) => {
          setOpen(null);
          form.resetFields();
          void message.success(`已冻结抽取池（${d.data.pool.length} 家）并公布种子承诺值`);
        },
        onError: (e) => {
          applyFieldErrors(form, e);
          showError(message, e);
        },
      },
    );
  };
  const stratifyBy = Form.useWatch('stratifyBy', form) as string | undefined;

  return (
    <PageContainer
      title="双随机抽取"
      description="抽取前冻结检查对象名录与执法人员名录并公布其哈希和随机种子承诺值；抽取后公开种子，任何人可按公开算法复核；每次抽取（含作废）均公开保留"
      extra={
        <>
          <Link to="/public/draws" target="_blank"><Button>公开页面</Button></Link>
          {canManage ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen({ previousId: null })}>新建抽取</Button> : null}
        </>
      }
    >
      {draws.isError ? <QueryErrorAlert error={draws.error} onRetry={() => void draws.refetch()} /> : null}
      <Card size="small">
        <Table<DrawListItem>
          rowKey="id"
          loading={draws.isFetching}
          dataSource={draws.data?.items ?? []}
          pagination={{ current: q.page, pageSize: q.pageSize, total: draws.data?.total ?? 0, onChange: (page, pageSize) => setQ({ page, pageSize }) }}
          columns={[
            { title: '抽取', dataIndex: 'title', render: (t: string, r) => <Link to={`/public/draws/${r.id}`} target="_blank">{t}</Link> },
            { title: '第几次', dataIndex: 'attemptNo', width: 80, render: (n: number) => `第 ${n} 次` },
            { title: '状态', dataIndex: 'statusLabel', width: 170, render: (l: string, r) => <Tag color={statusColor[r.status]}>{l}</Tag> },
            { title: '种子承诺值', dataIndex: 'seedCommitment', width: 200, render: (h: string) => <span className="draw-hash">{h.slice(0, 16)}…</span> },
            { title: '抽中', dataIndex: 'picked', width: 80, render: (n: number | null) => (n === null ? '—' : `${n} 家`) },
            { title: '说明', render: (_, r) => <Typography.Text type="secondary">{r.voidReason ?? r.redrawReason ?? ''}</Typography.Text> },
            {
              title: '操作',
              width: 220,
              render: (_, r) =>
                canManage ? (
                  <Space>
                    {r.status === 'committed' ? (
                      <Popconfirm title="按公开算法抽取并公开种子？抽取结果不可撤回，只能公开作废。" onConfirm={() => execute.mutate(r.id, { onSuccess: (d) => void message.success(`抽取完成：${d.data.result?.picks.length ?? 0} 家`), onError: (e) => showError(message, e) })}>
                        <Button type="primary" size="small" icon={<ExperimentOutlined />}>抽取</Button>
                      </Popconfirm>
                    ) : null}
                    {r.status !== 'voided' ? <Button size="small" onClick={() => setOpen({ previousId: r.id })}>重新抽取</Button> : null}
                    {r.status !== 'voided' ? <Button size="small" danger onClick={() => setVoiding(r.id)}>作废</Button> : null}
                  </Space>
                ) : null,
            },
          ]}
        />
      </Card>
      <Drawer title={open?.previousId ? '重新抽取（上一次抽取将公开作废）' : '新建双随机抽取'} open={Boolean(open)} onClose={() => setOpen(null)} size="large" extra={<Button type="primary" loading={commit.isPending} onClick={() => form.submit()}>冻结并公布承诺值</Button>}>
        <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ stratifyBy: 'none', total: 5, officersPerEnterprise: 2, dueFrom: today(), dueTo: `${today().slice(0, 4)}-12-31`, sectors: [], riskClasses: [] }}>
          <Form.Item name="title" label="抽查名称" rules={[{ required: true, message: '请填写抽查名称' }]}>
            <Input />
          </Form.Item>
          {open?.previousId ? (
            <Form.Item name="redrawReason" label="重新抽取理由（公开）" rules={[{ required: true, message: '重新抽取必须说明理由' }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          ) : null}
          <Space wrap>
            <Form.Item name="sectors" label="行业领域">
              <Select mode="multiple" options={sectorOptions} style={{ minWidth: 220 }} placeholder="全部" />
            </Form.Item>
            <Form.Item name="riskClasses" label="风险等级">
              <Select mode="multiple" options={riskClassList.map((c) => ({ value: c, label: `${c} 类` }))} style={{ minWidth: 160 }} placeholder="全部" />
            </Form.Item>
            <Form.Item name="notInspectedMonths" label="近 N 个月未检查">
              <InputNumber min={1} max={60} placeholder="不限" />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item name="stratifyBy" label="分层方式">
              <Select style={{ width: 140 }} options={[{ value: 'none', label: '不分层' }, { value: 'sector', label: '按行业领域' }, { value: 'riskClass', label: '按风险等级' }]} />
            </Form.Item>
            {stratifyBy === 'none' || !stratifyBy ? (
              <Form.Item name="total" label="抽取企业数" rules={[{ required: true }]}>
                <InputNumber min={1} />
              </Form.Item>
            ) : null}
            <Form.Item name="officersPerEnterprise" label="每家企业执法人员数">
              <InputNumber min={2} max={5} />
            </Form.Item>
          </Space>
          {stratifyBy && stratifyBy !== 'none' ? (
            <Form.List name="strataRows" initialValue={[{}]}>
              {(fields, { add }) => (
                <>
                  {fields.map((f) => (
                    <Space key={f.key}>
                      <Form.Item name={[f.name, 'key']} label="层">
                        <Select style={{ width: 160 }} options={stratifyBy === 'sector' ? sectorOptions.map((o) => ({ value: o.value as string, label: o.label })) : riskClassList.map((c) => ({ value: c as string, label: `${c} 类` }))} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'count']} label="抽取数">
                        <InputNumber min={0} />
                      </Form.Item>
                    </Space>
                  ))}
                  <Button type="dashed" onClick={() => add({})}>添加一层</Button>
                </>
              )}
            </Form.List>
          ) : null}
          <Space wrap className="mt-16">
            <Form.Item name="dueFrom" label="检查开始日期" rules={[{ required: true }]}>
              <Input style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="dueTo" label="检查截止日期" rules={[{ required: true }]}>
              <Input style={{ width: 140 }} />
            </Form.Item>
          </Space>
          <Typography.Paragraph type="secondary">达到年度检查上限的企业不进入抽取池；执法人员只从本机关持有效执法证的在岗人员中抽取，须回避的不抽取。</Typography.Paragraph>
        </Form>
      </Drawer>
      <Modal title="作废抽取（理由公开）" open={Boolean(voiding)} onCancel={() => setVoiding(null)} okButtonProps={{ disabled: !voidReason.trim(), loading: voidIt.isPending }} onOk={() => voidIt.mutate({ id: voiding!, reason: voidReason }, { onSuccess: () => { setVoiding(null); setVoidReason(''); }, onError: (e) => showError(message, e) })}>
        <Input.TextArea rows={3} value={voidReason} onChange={(e) => setVoidReason(e.target.value)} placeholder="作废理由" />
      </Modal>
    </PageContainer>
  );
}
