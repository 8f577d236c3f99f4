import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Permission } from '@zhifa/shared';
import { Alert, App, Button, Card, Descriptions, Drawer, Form, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useCan } from '../../auth/session';
import { EnterprisePicker } from '../../document/components/EnterprisePicker';
import { OfficerPicker } from '../../document/components/OfficerPicker';
import { usePlanningAction, useScheme, useSchemes, type SchemeDetail, type SchemeListItem } from '../api';
import { planStatusColor } from './PlansPage';

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** 现场检查方案: objects with their officers (≥ 2), items, dates; approval creates the tasks and the documents can be generated. */
export function SchemesPage() {
  const { message } = App.useApp();
  const canManage = useCan(Permission.InspectionManage);
  const canDraft = useCan(Permission.DocumentDraft);
  const [q, setQ] = useState({ page: 1, pageSize: 20 });
  const list = useSchemes(q);
  const [open, setOpen] = useState(false);
  const [detailId, setDetailId] = useState<string | null>(null);
  const detail = useScheme(detailId);
  const [form] = Form.useForm();
  const create = usePlanningAction<Record<string, unknown>, SchemeDetail>(() => '/api/planning/schemes', (b) => b);
  const submit = usePlanningAction<string, SchemeDetail>((id) => `/api/planning/schemes/${id}/submit`);
  const docs = usePlanningAction<string, SchemeDetail>((id) => `/api/planning/schemes/${id}/documents`);

  const onFinish = (v: { itemsText: string } & Record<string, unknown>) => {
    const items = v.itemsText.split('\n').map((l) => l.trim()).filter(Boolean).map((content) => ({ content, method: null }));
    const { itemsText: _t, ...rest } = v;
    create.mutate({ ...rest, items }, {
      onSuccess: (s) => {
        setOpen(false);
        setDetailId(s.id);
      },
      onError: (e) => {
        applyFieldErrors(form, e);
        showError(message, e);
      },
    });
  };

  const d = detail.data;
  return (
    <PageContainer title="现场检查方案" description="检查对象、检查人员（每家至少 2 名持证、无回避）、检查事项与日期；批准后生成检查任务（移动端“我的任务”）与现场检查方案文书" extra={canManage ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>编制检查方案</Button> : null}>
      {list.isError ? <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Card size="small">
        <Table<SchemeListItem>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={{ current: q.page, pageSize: q.pageSize, total: list.data?.total ?? 0, onChange: (page, pageSize) => setQ({ page, pageSize }) }}
          columns={[
            { title: '方案名称', dataIndex: 'title', render: (t: string, r) => <Button type="link" className="p-0" onClick={() => setDetailId(r.id)}>{t}</Button> },
            { title: '检查对象', dataIndex: 'objectCount', width: 100, render: (n: number) => `${n} 家` },
            { title: '检查时间', width: 220, render: (_, r) => `${r.startOn} 至 ${r.endOn}` },
            { title: '状态', dataIndex: 'statusLabel', width: 110, render: (l: string, r) => <Tag color={planStatusColor[r.status]}>{l}</Tag> },
          ]}
        />
      </Card>
      <Drawer title="编制现场检查方案" open={open} onClose={() => setOpen(false)} size="large" extra={<Button type="primary" loading={create.isPending} onClick={() => form.submit()}>保存草稿</Button>}>
        <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ inspectionKind: '日常检查', startOn: today(), endOn: today(), objects: [{ officerIds: [] }] }}>
          <Form.Item name="title" label="方案名称" rules={[{ required: true, message: '请填写方案名称' }]}><Input /></Form.Item>
          <Space wrap>
            <Form.Item name="inspectionKind" label="检查类别" rules={[{ required: true }]}><Input /></Form.Item>
            <Form.Item name="startOn" label="开始日期" rules={[{ required: true }]}><Input style={{ width: 140 }} /></Form.Item>
            <Form.Item name="endOn" label="结束日期" rules={[{ required: true }]}><Input style={{ width: 140 }} /></Form.Item>
          </Space>
          <Form.Item name="basis" label="检查依据" rules={[{ required: true, message: '请填写检查依据' }]}><Input.TextArea rows={2} /></Form.Item>
          <Form.Item name="itemsText" label="检查事项（每行一项）" rules={[{ required: true, message: '至少一项检查事项' }]}><Input.TextArea rows={4} /></Form.Item>
          <Form.List name="objects">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Card key={f.key} size="small" className="mb-16" title={`检查对象 ${i + 1}`} extra={fields.length > 1 ? <MinusCircleOutlined aria-label="移除" onClick={() => remove(f.name)} /> : null}>
                    <Form.Item name={[f.name, 'enterpriseId']} label="企业" rules={[{ required: true, message: '请选择企业' }]}><EnterprisePicker /></Form.Item>
                    <Form.Item name={[f.name, 'officerIds']} label="执法人员（至少 2 名）"><OfficerPicker /></Form.Item>
                  </Card>
                ))}
                <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ officerIds: [] })}>添加检查对象</Button>
              </>
            )}
          </Form.List>
        </Form>
      </Drawer>
      <Drawer title={d?.title ?? '现场检查方案'} open={Boolean(detailId)} onClose={() => setDetailId(null)} size="large"
        extra={
          d ? (
            <Space>
              {canManage && d.status === 'draft' ? <Button type="primary" loading={submit.isPending} onClick={() => submit.mutate(d.id, { onSuccess: (r) => void message.success(r.warnings.length ? `已提交审批（频次提示 ${r.warnings.length} 条）` : '已提交审批'), onError: (e) => showError(message, e) })}>提交审批</Button> : null}
              {canDraft && d.status === 'approved' && d.documentIds.length === 0 ? <Button loading={docs.isPending} onClick={() => docs.mutate(d.id, { onSuccess: () => void message.success('已生成现场检查方案文书'), onError: (e) => showError(message, e) })}>生成现场检查方案文书</Button> : null}
            </Space>
          ) : null
        }
      >
        {d ? (
          <>
            {d.warnings.length ? <Alert type="warning" showIcon className="mb-16" title="频次与重复检查提示" description={<ul className="mb-0">{d.warnings.map((w) => <li key={w}>{w}</li>)}</ul>} /> : null}
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label="状态"><Tag color={planStatusColor[d.status]}>{d.statusLabel}</Tag></Descriptions.Item>
              <Descriptions.Item label="检查类别">{d.inspectionKind}</Descriptions.Item>
              <Descriptions.Item label="检查时间">{d.startOn} 至 {d.endOn}</Descriptions.Item>
              <Descriptions.Item label="检查依据">{d.basis}</Descriptions.Item>
              <Descriptions.Item label="检查事项">{d.items.map((i, k) => <div key={k}>{k + 1}. {i.content}</div>)}</Descriptions.Item>
              <Descriptions.Item label="检查对象与人员">{d.objects.map((o) => <div key={o.enterpriseId}>{o.enterpriseName}：{o.officerNames.join('、')}</div>)}</Descriptions.Item>
              <Descriptions.Item label="审批">{d.approvalId ? <Link to={`/approvals/${d.approvalId}`}>查看审批记录</Link> : '未提交'}</Descriptions.Item>
              <Descriptions.Item label="文书">{d.documentIds.length ? d.documentIds.map((id) => <div key={id}><Link to={`/documents/${id}`}>现场检查方案</Link></div>) : '—'}</Descriptions.Item>
            </Descriptions>
          </>
        ) : null}
      </Drawer>
    </PageContainer>
  );
}
