import { checkMethodLabel, checkMethods, onSiteMeasureLabel, onSiteMeasures, type CheckItem, type CheckMethod, type OnSiteMeasure } from '@zhifa/shared/contract/checklist';
import type { RiskFlag } from '@zhifa/shared/rules/enterprise-codes';
import type { Sector } from '@zhifa/shared/rules/industry';
import { Alert, App, Breadcrumb, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Skeleton, Space, Switch, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useChecklists, useCheckItem, useCreateItem, useUpdateItem } from '../api';
import '../checklist.css';
import { ProvisionPicker } from '../components/ProvisionPicker';
import { ViolationPicker } from '../components/ViolationPicker';
import { riskFlagOptions, sectorOptions } from '../labels';

interface Values {
  checklistId: string;
  unitId: string;
  code: string;
  content: string;
  methods: CheckMethod[];
  compliantWording: string;
  nonCompliantWording: string;
  basisProvisionIds: string[];
  violationId: string | null;
  onSite: { measure: OnSiteMeasure; provisionId: string | null; defaultDays: number | null };
  majorHazard: boolean;
  majorHazardBasisIds: string[];
  needsReview: boolean;
  sectors: Sector[];
  riskFlags: RiskFlag[];
  note?: string;
}

const toValues = (it: CheckItem): Values => ({
  checklistId: it.checklistId,
  unitId: it.unitId,
  code: it.code,
  content: it.content,
  methods: it.methods,
  compliantWording: it.compliantWording,
  nonCompliantWording: it.nonCompliantWording,
  basisProvisionIds: it.basisProvisions.map((p) => p.id),
  violationId: it.violation?.id ?? null,
  onSite: { measure: it.onSite.measure, provisionId: it.onSite.provision?.id ?? null, defaultDays: it.onSite.defaultDays },
  majorHazard: it.majorHazard,
  majorHazardBasisIds: it.majorHazardBasis.map((p) => p.id),
  needsReview: it.needsReview,
  sectors: it.appliesTo.sectors ?? [],
  riskFlags: it.appliesTo.riskFlags,
  note: it.note ?? '',
});

/** 新增 / 修改本地检查事项. The legal basis is chosen from the law library; a published item's edit becomes a new version. */
export function CheckItemFormPage() {
  const { id } = useParams();
  const editing = useCheckItem(id);
  const item = editing.data;
  const lists = useChecklists();
  const create = useCreateItem();
  const update = useUpdateItem(id ?? '');
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const checklistId = Form.useWatch('checklistId', form);
  const majorHazard = Form.useWatch('majorHazard', form);
  const units = useMemo(() => lists.data?.find((l) => l.id === checklistId)?.units ?? [], [lists.data, checklistId]);

  useEffect(() => {
    if (item) form.setFieldsValue(toValues(item));
  }, [item, form]);

  if (id && editing.isError) return <QueryErrorAlert error={editing.error} onRetry={() => void editing.refetch()} />;
  if (id && !item) return <Skeleton active />;

  const onFinish = (v: Values) => {
    const body = {
      unitId: v.unitId,
      code: v.code.trim(),
      content: v.content.trim(),
      methods: v.methods,
      compliantWording: v.compliantWording.trim(),
      nonCompliantWording: v.nonCompliantWording.trim(),
      basisProvisionIds: v.basisProvisionIds ?? [],
      violationId: v.violationId ?? null,
      onSite: { measure: v.onSite.measure, provisionId: v.onSite.provisionId ?? null, defaultDays: v.onSite.defaultDays ?? null },
      majorHazard: Boolean(v.majorHazard),
      majorHazardBasisIds: v.majorHazard ? (v.majorHazardBasisIds ?? []) : [],
      needsReview: Boolean(v.needsReview),
      appliesTo: { sectors: v.sectors?.length ? v.sectors : null, riskFlags: v.riskFlags ?? [] },
      note: v.note?.trim() || null,
    };
    const done = {
      onSuccess: (saved: CheckItem) => {
        message.success(item && saved.id !== item.id ? `已生成第 ${saved.version} 版草稿` : '已保存');
        void navigate(`/check-items/${saved.id}`);
      },
      onError: (err: unknown) => {
        if (!applyFieldErrors(form, err)) showError(message, err);
      },
    };
    if (item) update.mutate(body, done);
    else create.mutate({ ...body, checklistId: v.checklistId }, done);
  };

  const pending = create.isPending || update.isPending;
  return (
    <PageContainer
      title={item ? `修改检查事项 ${item.code}` : '新增本地检查事项'}
      description={<Breadcrumb items={[{ title: <Link to="/check-items">检查事项库</Link> }, ...(item ? [{ title: <Link to={`/check-items/${item.id}`}>{item.code}</Link> }] : []), { title: item ? '修改' : '新增' }]} />}
    >
      <Alert
        className="mb-16"
        type="info"
        showIcon
        title="本地新增检查事项须以法律、法规或规章的强制性条款为依据，并经本机关法制审核员审核通过后方可发布。"
        description={item?.status === 'published' ? `该事项已发布。保存后将生成第 ${item.version + 1} 版草稿，现行版本在新版本发布前继续有效。` : '保存为草稿后，在事项页面“提交法制审核”。'}
      />
      <Form<Values>
        form={form}
        name="checkItem"
        layout="vertical"
        onFinish={onFinish}
        disabled={pending}
        initialValues={{ methods: ['documents', 'onSite'], onSite: { measure: 'rectifyWithinDeadline', provisionId: null, defaultDays: 15 }, majorHazard: false, needsReview: true, basisProvisionIds: [], majorHazardBasisIds: [], sectors: [], riskFlags: [], violationId: null }}
        scrollToFirstError
      >
        <Card title="归属与内容" className="mb-16">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label="检查表" name="checklistId" rules={[{ required: true, message: '请选择检查表' }]}>
                <Select disabled={Boolean(item)} loading={lists.isPending} options={(lists.data ?? []).map((l) => ({ value: l.id, label: l.name }))} onChange={() => form.setFieldValue('unitId', undefined)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="检查单元" name="unitId" rules={[{ required: true, message: '请选择检查单元' }]}>
                <Select options={units.map((u) => ({ value: u.id, label: u.name }))} placeholder={checklistId ? '选择检查单元' : '先选择检查表'} />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              <Form.Item label="事项编号" name="code" rules={[{ required: true, whitespace: true, message: '请输入编号' }]}>
                <Input maxLength={30} placeholder="如 TC-01" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label="检查内容" name="content" rules={[{ required: true, whitespace: true, message: '请输入检查内容' }]}>
            <Input.TextArea rows={2} maxLength={1000} showCount />
          </Form.Item>
          <Form.Item label="检查方式" name="methods" rules={[{ required: true, type: 'array', min: 1, message: '至少选择一种检查方式' }]}>
            <Checkbox.Group options={checkMethods.map((m) => ({ value: m, label: checkMethodLabel[m] }))} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label="符合情形" name="compliantWording" rules={[{ required: true, whitespace: true, message: '请输入符合情形' }]}>
                <Input.TextArea rows={3} maxLength={1000} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label="不符合情形" name="nonCompliantWording" rules={[{ required: true, whitespace: true, message: '请输入不符合情形' }]} tooltip="写入现场检查记录的隐患描述">
                <Input.TextArea rows={3} maxLength={1000} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label="适用行业领域" name="sectors" tooltip="不选 = 全部行业">
                <Select mode="multiple" options={sectorOptions} placeholder="全部行业" allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label="适用风险特征" name="riskFlags" tooltip="企业具有其中之一即适用；不选 = 不限">
                <Select mode="multiple" options={riskFlagOptions} placeholder="不限" allowClear />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title="法律依据与处理" className="mb-16">
          <Form.Item label="法律依据（检查依据）" name="basisProvisionIds" extra="从法律法规库中选择条款，不能填写自由文本。提交法制审核时至少须有一条。">
            <ProvisionPicker known={item?.basisProvisions ?? []} />
          </Form.Item>
          <Form.Item label="对应违法行为" name="violationId">
            <ViolationPicker known={item?.violation ? [item.violation] : []} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label="现场处理措施" name={['onSite', 'measure']} rules={[{ required: true, message: '请选择现场处理措施' }]}>
                <Select options={onSiteMeasures.map((m) => ({ value: m, label: onSiteMeasureLabel[m] }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              <Form.Item label="整改期限（天）" name={['onSite', 'defaultDays']}>
                <InputNumber min={1} max={180} precision={0} className="input-number-short" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label="现场处理依据" name={['onSite', 'provisionId']}>
                <ProvisionPicker multiple={false} known={item?.onSite.provision ? [item.onSite.provision] : []} placeholder="如：安全生产法第六十五条" />
              </Form.Item>
            </Col>
          </Row>
          <Space size={32} wrap>
            <Form.Item label="重大事故隐患" name="majorHazard" valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item label="需复查" name="needsReview" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Space>
          {majorHazard ? (
            <Form.Item label="重大事故隐患判定依据" name="majorHazardBasisIds">
              <ProvisionPicker known={item?.majorHazardBasis ?? []} placeholder="如：工贸企业重大事故隐患判定标准第十一条" />
            </Form.Item>
          ) : null}
          <Form.Item label="说明" name="note">
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={pending}>
            {item?.status === 'published' ? '保存为新版本草稿' : '保存草稿'}
          </Button>
          <Button onClick={() => void navigate(item ? `/check-items/${item.id}` : '/check-items')}>取消</Button>
          <Typography.Text type="secondary">保存后可在事项页面提交法制审核。</Typography.Text>
        </Space>
      </Form>
    </PageContainer>
  );
}
