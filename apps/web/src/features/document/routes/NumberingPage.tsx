import { PlusOutlined } from '@ant-design/icons';
import { bracketStyleLabel, numberingModeLabel, numberingModes, numberStatuses, numberStatusLabel, Permission, type DocumentSettings, type LedgerEntry, type NumberStatus, type Reservation } from '@zhifa/shared';
import { Alert, App, Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Modal, Radio, Row, Select, Switch, Table, Tabs, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { applyFieldErrors } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { showError } from '../../../lib/show-error';
import { useCan, useSession } from '../../auth/session';
import { useUnits } from '../../org/api';
import { useCreateUnitSeries, useDocumentSettings, useDocumentTypes, useLedger, useReservationAction, useReservations, useReserve, useSaveSettings, useToggleUnitSeries, useUnitSeries, type LedgerFilter } from '../api';
import { NumberStatusTag } from '../components/DocumentStatusTag';
import '../document.css';

/** 文书编号: the agency's settings, unit sub-series, the sequence ledger and reserved blocks. */
export function NumberingPage() {
  return (
    <PageContainer title="文书编号" description="编号只能由系统生成（问题解释第2条）：签发时取号，不重号、不跳号；作废、预留、交回的编号都记入台账。">
      <Tabs
        items={[
          { key: 'ledger', label: '编号台账', children: <LedgerTab /> },
          { key: 'reservations', label: '预留号段', children: <ReservationsTab /> },
          { key: 'settings', label: '编号设置', children: <SettingsTab /> },
          { key: 'series', label: '科室子序列', children: <UnitSeriesTab /> },
        ]}
      />
    </PageContainer>
  );
}

function SettingsTab() {
  const settings = useDocumentSettings();
  const canAdmin = useCan(Permission.DocumentAdmin);
  const save = useSaveSettings();
  const { message } = App.useApp();
  const [form] = Form.useForm<DocumentSettings>();
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);
  if (settings.isError) return <QueryErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  const onFinish = (v: DocumentSettings) =>
    void save
      .mutateAsync({ prefix: v.prefix, pattern: v.pattern, brackets: v.brackets, mode: v.mode, government: v.government || null, superiorAgency: v.superiorAgency || null, court: v.court || null, address: v.address || null, postcode: v.postcode || null, phone: v.phone || null })
      .then(() => message.success('文书设置已保存'))
      .catch((err: unknown) => {
        if (!applyFieldErrors(form, err)) showError(message, err);
      });
  return (
    <Card>
      <Form form={form} layout="vertical" disabled={!canAdmin} onFinish={onFinish}>
        <Alert
          className="mb-16"
          type="info"
          showIcon
          title={<span>编号示例：<span className="doc-number-example">{settings.data?.example ?? '—'}</span></span>}
          description="格式占位符：{prefix} 前缀（地区简称 + 应急）、{code} 文书简称、{open}{year}{close} 带括号的年份、{serial} 序号（科室子序列显示为“危化-1”）。"
        />
        <Row gutter={16}>
          <Col xs={24} md={8}><Form.Item name="prefix" label="编号前缀" rules={[{ required: true, message: '请填写编号前缀' }]}><Input maxLength={20} /></Form.Item></Col>
          <Col xs={24} md={16}><Form.Item name="pattern" label="编号格式" rules={[{ required: true, message: '请填写编号格式' }]}><Input maxLength={80} /></Form.Item></Col>
          <Col xs={24} md={8}>
            <Form.Item name="brackets" label="年份括号">
              <Radio.Group options={(['square', 'hexagonal'] as const).map((b) => ({ value: b, label: bracketStyleLabel[b] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="mode" label="编号方式">
              <Radio.Group options={numberingModes.map((m) => ({ value: m, label: numberingModeLabel[m] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}><Form.Item name="government" label="本级人民政府（复议机关）"><Input maxLength={100} /></Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="superiorAgency" label="上一级主管部门"><Input maxLength={100} /></Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="court" label="管辖人民法院"><Input maxLength={100} /></Form.Item></Col>
          <Col xs={24} md={12}><Form.Item name="address" label="机关地址"><Input maxLength={200} /></Form.Item></Col>
          <Col xs={24} md={6}><Form.Item name="postcode" label="邮政编码"><Input maxLength={10} /></Form.Item></Col>
          <Col xs={24} md={6}><Form.Item name="phone" label="联系电话"><Input maxLength={40} /></Form.Item></Col>
        </Row>
        {canAdmin ? <Button type="primary" htmlType="submit" loading={save.isPending}>保存</Button> : <span className="muted">只有文书管理员可以修改编号设置。</span>}
      </Form>
    </Card>
  );
}

function UnitSeriesTab() {
  const me = useSession();
  const series = useUnitSeries();
  const units = useUnits(me.agency.id);
  const create = useCreateUnitSeries();
  const toggle = useToggleUnitSeries();
  const canAdmin = useCan(Permission.DocumentAdmin);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ unitId: string; label: string }>();
  return (
    <Card>
      <Alert className="mb-16" type="info" showIcon title="内设机构可以分别编号，但编号中须体现所属科室（问题解释第1条），如 铜应急立〔2020〕危化-1号。起草时勾选“使用本科室编号子序列”。" />
      {canAdmin ? (
        <Form
          form={form}
          layout="inline"
          className="mb-16"
          onFinish={(v) =>
            void create
              .mutateAsync(v)
              .then(() => {
                form.resetFields();
                message.success('已添加子序列');
              })
              .catch((err: unknown) => {
                if (!applyFieldErrors(form, err)) showError(message, err);
              })
          }
        >
          <Form.Item name="unitId" rules={[{ required: true, message: '请选择科室' }]}>
            <Select className="doc-filter-select" placeholder="科室" options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
          <Form.Item name="label" rules={[{ required: true, message: '请填写标识' }]}>
            <Input maxLength={8} placeholder="编号中的标识，如 危化" />
          </Form.Item>
          <Button htmlType="submit" icon={<PlusOutlined />} loading={create.isPending}>添加</Button>
        </Form>
      ) : null}
      <Table
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={series.data ?? []}
        locale={{ emptyText: '未设置子序列：全机关统一编号' }}
        columns={[
          { title: '科室', dataIndex: 'unitName' },
          { title: '标识', dataIndex: 'label' },
          { title: '启用', dataIndex: 'active', render: (a: boolean, r) => <Switch checked={a} disabled={!canAdmin} onChange={(v) => void toggle.mutateAsync({ id: r.id, active: v }).catch((e: unknown) => showError(message, e))} /> },
        ]}
      />
    </Card>
  );
}

function LedgerTab() {
  const [filter, setFilter] = useState<LedgerFilter>({ page: 1, pageSize: 20 });
  const ledger = useLedger(filter);
  const types = useDocumentTypes();
  const set = (p: Partial<LedgerFilter>) => setFilter({ ...filter, page: 1, ...p });
  const columns: ColumnsType<LedgerEntry> = [
    { title: '文书编号', dataIndex: 'number', width: 230, render: (n: string, e) => (e.documentId ? <Link to={`/documents/${e.documentId}`}>{n}</Link> : n) },
    { title: '文书类型', dataIndex: 'typeName', width: 200 },
    { title: '年份', dataIndex: 'year', width: 70 },
    { title: '序号', key: 'serial', width: 70, render: (_, e) => (e.sub > 1 ? `${e.serial}-${e.sub}` : e.serial) },
    { title: '状态', dataIndex: 'status', width: 110, render: (s: NumberStatus) => <NumberStatusTag status={s} /> },
    {
      title: '说明',
      key: 'note',
      render: (_, e) => (
        <div className="small">
          {e.reservationId ? <div>预留：设备 {e.deviceId}，{e.reservedByName}</div> : null}
          {e.caseKey ? <div>案件：{e.caseKey}</div> : null}
          {e.issuedAt ? <div>使用：{formatDateTime(e.issuedAt)}</div> : null}
          {e.returnedAt ? <div>交回：{formatDateTime(e.returnedAt)}</div> : null}
          {e.voidReason ? <div className="doc-void">作废：{e.voidReason}（{e.voidedByName ?? ''}，{formatDateTime(e.voidedAt)}）</div> : null}
        </div>
      ),
    },
  ];
  return (
    <Card>
      <Flex gap={12} wrap className="mb-16">
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} className="doc-filter-select" placeholder="文书类型" onChange={(v: string | undefined) => set({ typeCode: v })} options={(types.data ?? []).filter((t) => t.numbered).map((t) => ({ value: t.code, label: t.name }))} />
        <Select allowClear className="doc-filter-select" placeholder="状态" onChange={(v: NumberStatus | undefined) => set({ status: v })} options={numberStatuses.map((s) => ({ value: s, label: numberStatusLabel[s] }))} />
        <InputNumber placeholder="年份" min={2000} max={2100} onChange={(v) => set({ year: v ?? undefined })} />
        <Input.Search allowClear className="doc-filter-search" placeholder="编号" onSearch={(v) => set({ q: v.trim() || undefined })} />
      </Flex>
      {ledger.isError ? <QueryErrorAlert error={ledger.error} onRetry={() => void ledger.refetch()} /> : null}
      <Table rowKey="id" size="middle" columns={columns} dataSource={ledger.data?.items ?? []} loading={ledger.isFetching} pagination={{ current: filter.page, pageSize: filter.pageSize, total: ledger.data?.total ?? 0, showTotal: (t) => `共 ${t} 个编号`, onChange: (page) => setFilter({ ...filter, page }) }} />
    </Card>
  );
}

function ReservationsTab() {
  const list = useReservations();
  const types = useDocumentTypes();
  const reserve = useReserve();
  const act = useReservationAction();
  const canIssue = useCan(Permission.DocumentIssue);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ typeCode: string; count: number; deviceId: string; useUnitSeries: boolean }>();
  const [voiding, setVoiding] = useState<Reservation | null>(null);
  const [voidForm] = Form.useForm<{ serials: number[]; reason: string }>();
  return (
    <Card>
      <Alert className="mb-16" type="info" showIcon title="离线现场执法前，为设备预留一段编号（如同预先编号的纸质文书）；使用后签发时选择该编号登记，未用的编号交回（之后优先使用）或作废（记录原因），不会被悄悄跳过。" />
      {canIssue ? (
        <Form
          form={form}
          layout="inline"
          className="mb-16"
          initialValues={{ count: 5, useUnitSeries: false }}
          onFinish={(v) =>
            void reserve
              .mutateAsync(v)
              .then((r) => message.success(`已预留 ${r.numbers[0]?.number ?? ''} 起 ${r.numbers.length} 个编号`))
              .catch((err: unknown) => {
                if (!applyFieldErrors(form, err)) showError(message, err);
              })
          }
        >
          <Form.Item name="typeCode" rules={[{ required: true, message: '请选择文书类型' }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} className="doc-filter-select" placeholder="文书类型" options={(types.data ?? []).filter((t) => t.numbered && t.status === 'active').map((t) => ({ value: t.code, label: t.name }))} />
          </Form.Item>
          <Form.Item name="count" label="数量"><InputNumber min={1} max={50} /></Form.Item>
          <Form.Item name="deviceId" rules={[{ required: true, message: '请填写设备标识' }]}><Input placeholder="设备标识，如 PAD-TC-007" maxLength={100} /></Form.Item>
          <Form.Item name="useUnitSeries" valuePropName="checked"><Checkbox>本科室子序列</Checkbox></Form.Item>
          <Button htmlType="submit" type="primary" loading={reserve.isPending}>预留</Button>
        </Form>
      ) : null}
      {list.isError ? <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: '没有预留号段' }}
        columns={[
          { title: '文书类型', dataIndex: 'typeName', width: 180 },
          { title: '设备 / 人员', key: 'who', width: 180, render: (_, r) => `${r.deviceId} / ${r.officerName}` },
          { title: '预留时间', dataIndex: 'createdAt', width: 170, render: (t: string) => formatDateTime(t) },
          {
            title: '编号',
            key: 'numbers',
            render: (_, r) => (
              <div className="doc-reservation-numbers">
                {r.numbers.map((n) => (
                  <Tag key={n.id} color={n.status === 'reserved' ? 'gold' : n.status === 'issued' ? 'blue' : n.status === 'voided' ? 'red' : 'cyan'} title={n.voidReason ?? numberStatusLabel[n.status]}>
                    {n.number} · {numberStatusLabel[n.status]}
                  </Tag>
                ))}
              </div>
            ),
          },
          {
            title: '操作',
            key: 'op',
            width: 170,
            render: (_, r) =>
              r.status === 'open' && canIssue ? (
                <Flex gap={4}>
                  <Button size="small" onClick={() => void act.mutateAsync({ id: r.id, action: 'return' }).then(() => message.success('未用编号已交回')).catch((e: unknown) => showError(message, e))}>交回未用</Button>
                  <Button size="small" danger onClick={() => setVoiding(r)}>作废</Button>
                </Flex>
              ) : (
                <Tag>{r.status === 'open' ? '使用中' : '已结清'}</Tag>
              ),
          },
        ]}
      />
      <Modal
        open={Boolean(voiding)}
        title="作废预留编号"
        okText="作废"
        okButtonProps={{ danger: true, loading: act.isPending }}
        onCancel={() => setVoiding(null)}
        onOk={() => voidForm.submit()}
        destroyOnHidden
      >
        <Form
          form={voidForm}
          layout="vertical"
          preserve={false}
          onFinish={(v) =>
            void act
              .mutateAsync({ id: voiding!.id, action: 'void', serials: v.serials, reason: v.reason })
              .then(() => {
                setVoiding(null);
                message.success('已作废并记录原因');
              })
              .catch((err: unknown) => {
                if (!applyFieldErrors(voidForm, err)) showError(message, err);
              })
          }
        >
          <Form.Item name="serials" label="作废的编号" rules={[{ required: true, message: '请选择编号' }]}>
            <Select mode="multiple" options={(voiding?.numbers ?? []).filter((n) => n.status === 'reserved').map((n) => ({ value: n.serial, label: n.number }))} />
          </Form.Item>
          <Form.Item name="reason" label="作废原因" rules={[{ required: true, min: 2, message: '请填写作废原因' }]}>
            <Input.TextArea maxLength={500} placeholder="例如：纸质文书污损、遗失" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
