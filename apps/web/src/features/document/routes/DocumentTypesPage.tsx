import { EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { documentKindLabel, documentKinds, sealKindLabel, type DocumentType, type DocumentTypeCreate } from '@zhifa/shared';
import { Alert, App, Button, Card, DatePicker, Descriptions, Drawer, Flex, Form, Input, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { applyFieldErrors } from '../../../lib/form-errors';
import { dayjs, formatDate } from '../../../lib/format';
import { showError } from '../../../lib/show-error';
import { useSession } from '../../auth/session';
import { useAgencies } from '../../org/api';
import { previewUrl, useCreateType, useDocumentSettings, useDocumentTypes, useSetTemplateVersion, useTemplateInfo, useTypeAction, useUpdateType } from '../api';
import { TypeStatusTag } from '../components/DocumentStatusTag';
import { signatoryLabel, stageLabel } from '../labels';
import '../document.css';

/** 文书类型与模板: the catalogue as data, an agency's own external types (Q6), template versions per agency. */
export function DocumentTypesPage() {
  const types = useDocumentTypes();
  const [kind, setKind] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const rows = useMemo(() => (types.data ?? []).filter((t) => (!kind || t.kind === kind) && (!q || t.name.includes(q) || (t.numberCode ?? '').includes(q) || t.code.includes(q))), [types.data, kind, q]);

  const columns: ColumnsType<DocumentType> = [
    {
      title: '文书名称',
      key: 'name',
      render: (_, t) => (
        <div>
          <Button type="link" className="doc-title-link" onClick={() => setOpen(t.code)}>{t.name}</Button>
          {t.category === 'other' ? <Tag color="gold">其他类（内部事项）</Tag> : null}
          {!t.builtin ? <Tag color="purple">本机关新增</Tag> : null}
        </div>
      ),
    },
    { title: '简称', dataIndex: 'numberCode', width: 90, render: (c: string | null, t) => (c ? <>{c}{t.numberCodeAssumed ? <span className="muted small">（暂定）</span> : null}</> : <span className="muted">不编号</span>) },
    { title: '种类', dataIndex: 'kind', width: 100, render: (k: DocumentType['kind']) => documentKindLabel[k] },
    { title: '印章', dataIndex: 'seal', width: 130, render: (s: DocumentType['seal']) => sealKindLabel[s] },
    { title: '审批', dataIndex: 'needsApproval', width: 70, render: (v: boolean) => (v ? '需要' : '—') },
    { title: '送达', dataIndex: 'mustServe', width: 70, render: (v: boolean) => (v ? '需要' : '—') },
    { title: '模板版本', dataIndex: 'templateVersions', width: 140, render: (v: string[]) => (v.length ? v.join('、') : <Tag color="warning">无模板</Tag>) },
    { title: '状态', dataIndex: 'status', width: 120, render: (s: DocumentType['status']) => <TypeStatusTag status={s} /> },
  ];

  return (
    <PageContainer
      title="文书类型与模板"
      description="文书类型及其属性、各机关启用的模板版本；新增对外文书须经法制机构审核并报上一级应急管理部门备案后才能启用（问题解释第6条）。"
      extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>新增对外文书类型</Button>}
    >
      <Card>
        <Flex gap={12} className="mb-16" wrap>
          <Select allowClear placeholder="文书种类" className="doc-filter-select" value={kind ?? null} onChange={(v) => setKind(v ?? undefined)} options={documentKinds.map((k) => ({ value: k, label: documentKindLabel[k] }))} />
          <Input.Search allowClear placeholder="名称、简称或代码" className="doc-filter-search" onSearch={(v) => setQ(v.trim())} />
        </Flex>
        {types.isError ? <QueryErrorAlert error={types.error} onRetry={() => void types.refetch()} /> : null}
        <Table rowKey="code" size="middle" columns={columns} dataSource={rows} loading={types.isFetching} pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 种` }} />
      </Card>
      {open ? <TypeDrawer code={open} type={types.data?.find((t) => t.code === open)} onClose={() => setOpen(null)} /> : null}
      <NewTypeDrawer open={creating} onClose={() => setCreating(false)} />
    </PageContainer>
  );
}

function TypeDrawer({ code, type, onClose }: { code: string; type: DocumentType | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const me = useSession();
  const info = useTemplateInfo(code);
  const update = useUpdateType();
  const act = useTypeAction();
  const setVersion = useSetTemplateVersion();
  const agencies = useAgencies();
  const [filing, setFiling] = useState(false);
  const [versionForm] = Form.useForm<{ agencyId: string; version: string; effectiveFrom: dayjs.Dayjs }>();
  if (!type) return null;
  const run = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      message.success(ok);
    } catch (err) {
      showError(message, err);
    }
  };
  return (
    <Drawer open onClose={onClose} size={760} title={type.name} destroyOnHidden>
      <div className="stack">
        <Descriptions
          bordered
          size="small"
          column={2}
          items={[
            { key: 'code', label: '类型代码（系统内部）', children: <span className="muted small">{type.code}</span> },
            { key: 'status', label: '状态', children: <TypeStatusTag status={type.status} /> },
            { key: 'kind', label: '文书种类', children: documentKindLabel[type.kind] },
            { key: 'stage', label: '程序环节', children: stageLabel[type.stage] ?? type.stage },
            { key: 'seal', label: '印章', children: sealKindLabel[type.seal] },
            { key: 'remedies', label: '救济告知', children: type.hasRemedies ? '载明复议、诉讼途径' : '—' },
            { key: 'signatories', label: '签名', children: type.signatories.map((x) => signatoryLabel[x] ?? x).join('、') || '—', span: 2 },
            {
              key: 'numberCode',
              label: '文书简称',
              children: type.numbered ? (
                <Input
                  key={type.numberCode}
                  defaultValue={type.numberCode ?? ''}
                  maxLength={8}
                  className="doc-filter-select"
                  onBlur={(e) => {
                    const v = e.target.value.trim();
                    if (v && v !== type.numberCode) void run(() => update.mutateAsync({ code, patch: { numberCode: v } }), '文书简称已修改，之后签发的编号使用新简称');
                  }}
                />
              ) : (
                '不编号'
              ),
            },
            { key: 'approval', label: '需要审批', children: <Switch checked={type.needsApproval} onChange={(v) => void run(() => update.mutateAsync({ code, patch: { needsApproval: v } }), '已保存')} /> },
            ...(type.builtin ? [] : [
              { key: 'owner', label: '新增机关', children: type.ownerAgencyName ?? '—' },
              { key: 'legal', label: '法制审核', children: type.legalApprovedAt ? `已同意（${formatDate(type.legalApprovedAt)}）` : type.legalApprovalId ? <Link to={`/approvals/${type.legalApprovalId}`}>查看审批</Link> : '未提交' },
              { key: 'filing', label: '备案', span: 2, children: type.filing ? `${type.filing.filedOn} 报${type.filing.upperAgencyName}备案，文号 ${type.filing.reference}` : '未备案' },
            ]),
          ]}
        />
        <Space wrap>
          {!type.builtin && (type.status === 'draft' || type.status === 'rejected') ? <Button type="primary" onClick={() => void run(() => act.mutateAsync({ code, action: 'legal-review' }), '已提交法制审核')}>提交法制审核</Button> : null}
          {!type.builtin && (type.status === 'legalApproved' || type.status === 'active') && !type.filing ? <Button onClick={() => setFiling(true)}>登记备案</Button> : null}
          {type.status !== 'active' ? <Button onClick={() => void run(() => act.mutateAsync({ code, action: 'activate' }), '已启用')}>启用</Button> : null}
          {type.status === 'active' ? <Button danger onClick={() => void run(() => act.mutateAsync({ code, action: 'deactivate' }), '已停用')}>停用</Button> : null}
        </Space>

        <Card size="small" title="模板版本">
          {info.data?.versions.length ? (
            <Table
              rowKey="version"
              size="small"
              pagination={false}
              dataSource={info.data.versions}
              columns={[
                { title: '版本', dataIndex: 'version', render: (v: string) => <>{v}{info.data?.inForce.version === v ? <Tag color="blue" className="inline-tag">本机关在用</Tag> : null}</> },
                { title: '登记时间', dataIndex: 'registeredAt', render: (t: string) => formatDate(t) },
                { title: '预览', key: 'p', render: (_, v) => (v.hasFixture ? <a href={previewUrl(code, v.version)} target="_blank" rel="noreferrer"><EyeOutlined /> 样例预览</a> : '—') },
              ]}
            />
          ) : (
            <Alert type="warning" showIcon title="该类型没有模板模块，暂不能起草" />
          )}
        </Card>

        <Card size="small" title="各机关启用的版本">
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={info.data?.settings ?? []}
            locale={{ emptyText: '未设置：使用最新版本' }}
            columns={[
              { title: '机关', dataIndex: 'agencyName' },
              { title: '版本', dataIndex: 'version' },
              { title: '自', dataIndex: 'effectiveFrom' },
            ]}
          />
          {info.data?.versions.length ? (
            <Form
              form={versionForm}
              layout="inline"
              className="mt-16"
              initialValues={{ agencyId: me.agency.id, version: info.data.versions.at(-1)?.version, effectiveFrom: dayjs() }}
              onFinish={(v) =>
                void setVersion
                  .mutateAsync({ agencyId: v.agencyId, typeCode: code, version: v.version, effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD') })
                  .then(() => message.success('已设置'))
                  .catch((err: unknown) => {
                    if (!applyFieldErrors(versionForm, err)) showError(message, err);
                  })
              }
            >
              <Form.Item name="agencyId"><Select className="doc-filter-select" options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))} /></Form.Item>
              <Form.Item name="version"><Select options={info.data.versions.map((v) => ({ value: v.version, label: v.version }))} /></Form.Item>
              <Form.Item name="effectiveFrom"><DatePicker placeholder="启用日期" /></Form.Item>
              <Button htmlType="submit" loading={setVersion.isPending}>设置启用版本</Button>
            </Form>
          ) : null}
        </Card>
      </div>
      <FilingModal code={code} open={filing} onClose={() => setFiling(false)} />
    </Drawer>
  );
}

function FilingModal({ code, open, onClose }: { code: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ filedOn: dayjs.Dayjs; upperAgencyId: string; reference: string }>();
  const { message } = App.useApp();
  const act = useTypeAction();
  const me = useSession();
  const agencies = useAgencies();
  const mine = agencies.data?.find((a) => a.id === me.agency.id);
  const settings = useDocumentSettings();
  return (
    <Modal open={open} title="登记报上一级应急管理部门备案" okText="登记" confirmLoading={act.isPending} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ filedOn: dayjs(), upperAgencyId: mine?.parentId ?? undefined }}
        onFinish={(v) =>
          void act
            .mutateAsync({ code, action: 'filing', body: { filedOn: v.filedOn.format('YYYY-MM-DD'), upperAgencyId: v.upperAgencyId, reference: v.reference } })
            .then(() => {
              message.success('已登记备案');
              onClose();
            })
            .catch((err: unknown) => {
              if (!applyFieldErrors(form, err)) showError(message, err);
            })
        }
      >
        <Form.Item name="upperAgencyId" label="备案机关" rules={[{ required: true, message: '请选择上一级应急管理部门' }]}>
          <Select disabled options={mine?.parentId ? [{ value: mine.parentId, label: settings.data?.superiorAgency ?? '上一级应急管理部门' }] : []} placeholder="本机关没有上一级机关" />
        </Form.Item>
        <Form.Item name="filedOn" label="备案日期" rules={[{ required: true, message: '请选择备案日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="reference" label="备案文号" rules={[{ required: true, whitespace: true, message: '请填写备案文号' }]}>
          <Input maxLength={80} placeholder="例如：铜应急函〔2026〕1号" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function NewTypeDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const create = useCreateType();
  return (
    <Drawer open={open} onClose={onClose} size={560} title="新增对外文书类型" destroyOnHidden extra={<Button type="primary" loading={create.isPending} onClick={() => form.submit()}>保存</Button>}>
      <Alert className="mb-16" type="info" showIcon title="内部事项请使用《行政执法有关事项审批表》（其他类）" description="新增的对外文书须经本部门法制机构审核同意，并报上一级应急管理部门备案后才能启用；文书版式由 @zhifa/documents 中同名的模板模块提供。" />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'served', seal: 'enforcementSeal', needsApproval: true, hasRemedies: false }}
        onFinish={(v: Record<string, unknown>) =>
          void create
            .mutateAsync({ ...(v as unknown as DocumentTypeCreate), numberCode: (v.numberCode as string) || null })
            .then(() => {
              message.success('已新增，待提交法制审核');
              onClose();
            })
            .catch((err: unknown) => {
              if (!applyFieldErrors(form, err)) showError(message, err);
            })
        }
      >
        <Form.Item name="name" label="文书名称" rules={[{ required: true, message: '请填写文书名称' }]}><Input maxLength={60} /></Form.Item>
        <Form.Item name="code" label="类型代码" rules={[{ required: true, message: '请填写类型代码' }]} extra="小写字母、数字和连字符，与模板模块同名，如 rectification-delay-notice"><Input maxLength={61} /></Form.Item>
        <Form.Item name="numberCode" label="文书简称（编号用）"><Input maxLength={8} /></Form.Item>
        <Form.Item name="kind" label="文书种类"><Select options={(['served', 'thirdParty', 'record'] as const).map((k) => ({ value: k, label: documentKindLabel[k] }))} /></Form.Item>
        <Form.Item name="seal" label="印章"><Select options={(['agencySeal', 'enforcementSeal', 'none'] as const).map((k) => ({ value: k, label: sealKindLabel[k] }))} /></Form.Item>
        <Form.Item name="needsApproval" label="需要审批" valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="hasRemedies" label="载明救济途径" valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="note" label="说明（用途、依据）"><Input.TextArea maxLength={500} autoSize={{ minRows: 3 }} /></Form.Item>
      </Form>
    </Drawer>
  );
}
