import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Permission } from '@zhifa/shared';
import { App, Button, Card, Drawer, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useCan } from '../../auth/session';
import { sectorOptions } from '../../checklist/labels';
import { EnterprisePicker } from '../../document/components/EnterprisePicker';
import { usePlanningAction, usePlans, type PlanDetail, type PlanListItem } from '../api';

export const planStatusColor: Record<string, string> = { draft: 'default', pending: 'processing', returned: 'warning', approved: 'success', rejected: 'error' };
const months = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }));
const methodOptions = [
  { value: 'key', label: '重点检查' },
  { value: 'random', label: '双随机抽查' },
  { value: 'mixed', label: '重点 + 双随机' },
];

/** 年度监督检查计划: list and the drafting form (key list, random pool and ratio, items with months, units, joint checks). */
export function PlansPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canManage = useCan(Permission.PlanManage);
  const [q, setQ] = useState({ page: 1, pageSize: 20 });
  const plans = usePlans(q);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const create = usePlanningAction<Record<string, unknown>, PlanDetail>(() => '/api/planning/plans', (b) => b);

  const submit = (v: Record<string, unknown>) =>
    create.mutate(
      { ...v, keyEnterprises: ((v.keyEnterprises as { enterpriseId?: string; reason?: string }[] | undefined) ?? []).filter((k) => k?.enterpriseId) },
      {
        onSuccess: (p) => {
          setOpen(false);
          navigate(`/planning/plans/${p.id}`);
        },
        onError: (e) => {
          applyFieldErrors(form, e);
          showError(message, e);
        },
      },
    );

  return (
    <PageContainer
      title="年度监督检查计划"
      description="重点检查企业名单与双随机抽查比例，检查事项、频次、月份与承办科室；审批后派生月度计划，并向上级机关备案"
      extra={canManage ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>编制年度计划</Button> : null}
    >
      {plans.isError ? <QueryErrorAlert error={plans.error} onRetry={() => void plans.refetch()} /> : null}
      <Card size="small">
        <Table<PlanListItem>
          rowKey="id"
          loading={plans.isFetching}
          dataSource={plans.data?.items ?? []}
          pagination={{ current: q.page, pageSize: q.pageSize, total: plans.data?.total ?? 0, onChange: (page, pageSize) => setQ({ page, pageSize }) }}
          columns={[
            { title: '年度', dataIndex: 'year', width: 80 },
            { title: '计划名称', dataIndex: 'title', render: (t: string, r) => <Link to={`/planning/plans/${r.id}`}>{t}</Link> },
            { title: '编制机关', dataIndex: 'agencyName', width: 200 },
            { title: '状态', dataIndex: 'statusLabel', width: 110, render: (l: string, r) => <Tag color={planStatusColor[r.status]}>{l}</Tag> },
            { title: '备案', dataIndex: 'filedOn', width: 120, render: (d: string | null) => d ?? <Tag>未备案</Tag> },
          ]}
        />
      </Card>
      <Drawer title="编制年度监督检查计划" open={open} onClose={() => setOpen(false)} size="large" extra={<Button type="primary" loading={create.isPending} onClick={() => form.submit()}>保存草稿</Button>}>
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ year: new Date().getFullYear(), randomRatio: 70, randomPoolSize: 0, keyEnterprises: [{}], items: [{ method: 'mixed', keyCount: 0, randomCount: 0, frequency: 1, frequencyCap: 2, months: [3, 6, 9] }] }}>
          <Space wrap>
            <Form.Item name="year" label="年度" rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="randomRatio" label="双随机比例（%）" rules={[{ required: true }]}>
              <InputNumber min={0} max={100} />
            </Form.Item>
            <Form.Item name="randomPoolSize" label="双随机抽查对象库（家）" rules={[{ required: true }]}>
              <InputNumber min={0} />
            </Form.Item>
          </Space>
          <Form.Item name="title" label="计划名称" rules={[{ required: true, message: '请填写计划名称' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="重点检查企业名单">
            <Form.List name="keyEnterprises">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Space key={f.key} align="baseline" wrap>
                      <Form.Item name={[f.name, 'enterpriseId']} noStyle>
                        <EnterprisePicker />
                      </Form.Item>
                      <Form.Item name={[f.name, 'reason']} noStyle>
                        <Input placeholder="列为重点的理由" style={{ width: 200 }} />
                      </Form.Item>
                      <MinusCircleOutlined aria-label="移除" onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />}>添加重点企业</Button>
                </>
              )}
            </Form.List>
          </Form.Item>
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Card key={f.key} size="small" className="mb-16" title={`检查事项 ${i + 1}`} extra={fields.length > 1 ? <Button type="link" danger onClick={() => remove(f.name)}>删除</Button> : null}>
                    <Form.Item name={[f.name, 'name']} label="检查事项（或专项行动）" rules={[{ required: true, message: '请填写检查事项' }]}>
                      <Input />
                    </Form.Item>
                    <Space wrap>
                      <Form.Item name={[f.name, 'method']} label="检查方式">
                        <Select options={methodOptions} style={{ width: 150 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'sector']} label="行业领域">
                        <Select options={sectorOptions} allowClear style={{ width: 130 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'keyCount']} label="重点企业数">
                        <InputNumber min={0} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'randomCount']} label="双随机抽查数">
                        <InputNumber min={0} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'frequency']} label="频次（次/年）">
                        <InputNumber min={0} max={52} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'frequencyCap']} label="上限（次/年）">
                        <InputNumber min={0} max={52} />
                      </Form.Item>
                    </Space>
                    <Form.Item name={[f.name, 'months']} label="实施月份" rules={[{ required: true, message: '至少选择一个月' }]}>
                      <Select mode="multiple" options={months} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'jointDepartments']} label="跨部门联合检查（牵头/配合部门）">
                      <Input placeholder="如：市场监管局、消防救援支队" />
                    </Form.Item>
                  </Card>
                ))}
                <Button type="dashed" block onClick={() => add({ method: 'random', keyCount: 0, randomCount: 0, frequency: 1, frequencyCap: 2, months: [6] })} icon={<PlusOutlined />}>添加检查事项</Button>
              </>
            )}
          </Form.List>
        </Form>
      </Drawer>
    </PageContainer>
  );
}
