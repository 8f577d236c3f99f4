import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Enterprise } from '@zhifa/shared/contract/registry';
import { enterpriseScaleLabel, enterpriseScales, enterpriseStatusLabel, enterpriseStatuses, licenceTypeLabel, licenceTypes, majorHazardSourceLevelLabel, majorHazardSourceLevels, riskFlagLabel, riskFlags, standardizationLevelLabel, standardizationLevels } from '@zhifa/shared/rules/enterprise-codes';
import { deriveSector, industryCodes, sectorLabel, sectors, type Sector } from '@zhifa/shared/rules/industry';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { applyFieldErrors } from '../../../lib/form-errors';
import { dayjs } from '../../../lib/format';
import { showError } from '../../../lib/show-error';
import { useSession } from '../../auth/session';
import { useEnterprise, useSaveEnterprise, type EnterpriseInput } from '../api';
import { PlacementAgencySelect } from '../components/PlacementAgencySelect';
import { creditCodeRules, phoneRules, requiredText } from '../rules';
import '../registry.css';

type Day = ReturnType<typeof dayjs>;
interface Values {
  name: string;
  creditCode: string;
  legalEntityName?: string;
  registeredAddress?: string;
  address?: string;
  divisionCode?: string;
  town?: string;
  locatedAgencyId: string;
  supervisingAgencyId?: string | null;
  lon?: number | null;
  lat?: number | null;
  legalRepresentative?: string;
  principalName?: string;
  principalPhone?: string;
  safetyManagerName?: string;
  safetyManagerPhone?: string;
  industryCode?: string | null;
  sectorConfirmed?: Sector | null;
  scale?: string | null;
  employeeCount?: number | null;
  standardizationLevel?: string | null;
  status: string;
  riskFlags: string[];
  licences: { type: string; number?: string; validFrom?: Day | null; validTo?: Day | null }[];
  hazardIdentified: 'unknown' | 'none' | 'some';
  majorHazardSources: { name: string; level?: string | null }[];
  principalAssessed: 'yes' | 'no' | 'unknown';
  combustibleDustTypes: string[];
  ammoniaInventoryKg?: number | null;
  confinedSpaceCount?: number | null;
  deepWellCastingLines?: number | null;
  hazardousProcesses: string[];
  note?: string;
}

const opt = (v: string | undefined | null) => (v && v.trim() ? v.trim() : null);
const day = (v: string | null) => (v ? dayjs(v) : null);

function toValues(e: Enterprise): Values {
  return {
    name: e.name, creditCode: e.creditCode, legalEntityName: e.legalEntityName ?? '', registeredAddress: e.registeredAddress ?? '', address: e.address ?? '', divisionCode: e.divisionCode ?? '', town: e.town ?? '',
    locatedAgencyId: e.locatedAgencyId, supervisingAgencyId: e.supervisingAgencyId, lon: e.location?.lon ?? null, lat: e.location?.lat ?? null,
    legalRepresentative: e.legalRepresentative ?? '', principalName: e.principalName ?? '', principalPhone: e.principalPhone ?? '', safetyManagerName: e.safetyManagerName ?? '', safetyManagerPhone: e.safetyManagerPhone ?? '',
    industryCode: e.industryCode, sectorConfirmed: e.sectorConfirmed, scale: e.scale, employeeCount: e.employeeCount, standardizationLevel: e.standardizationLevel, status: e.status, riskFlags: e.riskFlags,
    licences: e.licences.map((l) => ({ type: l.type, number: l.number ?? '', validFrom: day(l.validFrom), validTo: day(l.validTo) })),
    hazardIdentified: e.majorHazardSources === null ? 'unknown' : e.majorHazardSources.length ? 'some' : 'none',
    majorHazardSources: e.majorHazardSources ?? [],
    principalAssessed: e.principalAssessed === null ? 'unknown' : e.principalAssessed ? 'yes' : 'no',
    combustibleDustTypes: e.combustibleDustTypes ?? [], ammoniaInventoryKg: e.ammoniaInventoryKg, confinedSpaceCount: e.confinedSpaceCount, deepWellCastingLines: e.deepWellCastingLines,
    hazardousProcesses: e.hazardousProcesses ?? [], note: e.note ?? '',
  };
}

function toInput(v: Values): EnterpriseInput {
  const lon = v.lon ?? null;
  const lat = v.lat ?? null;
  return {
    name: v.name.trim(), creditCode: v.creditCode, legalEntityName: opt(v.legalEntityName), registeredAddress: opt(v.registeredAddress), address: opt(v.address), divisionCode: opt(v.divisionCode), town: opt(v.town),
    locatedAgencyId: v.locatedAgencyId, supervisingAgencyId: v.supervisingAgencyId ?? null, location: lon === null && lat === null ? null : { lon: lon ?? NaN, lat: lat ?? NaN },
    legalRepresentative: opt(v.legalRepresentative), principalName: opt(v.principalName), principalPhone: opt(v.principalPhone), safetyManagerName: opt(v.safetyManagerName), safetyManagerPhone: opt(v.safetyManagerPhone),
    industryCode: v.industryCode ?? null, sectorConfirmed: v.sectorConfirmed ?? null, scale: (v.scale ?? null) as EnterpriseInput['scale'], employeeCount: v.employeeCount ?? null,
    standardizationLevel: (v.standardizationLevel ?? null) as EnterpriseInput['standardizationLevel'], status: v.status as EnterpriseInput['status'], riskFlags: v.riskFlags as EnterpriseInput['riskFlags'],
    licences: (v.licences ?? []).map((l) => ({ type: l.type as never, number: opt(l.number), validFrom: l.validFrom ? l.validFrom.format('YYYY-MM-DD') : null, validTo: l.validTo ? l.validTo.format('YYYY-MM-DD') : null })),
    majorHazardSources: v.hazardIdentified === 'unknown' ? null : v.hazardIdentified === 'none' ? [] : v.majorHazardSources.map((m) => ({ name: m.name.trim(), level: (m.level ?? null) as never })),
    principalAssessed: v.principalAssessed === 'unknown' ? null : v.principalAssessed === 'yes',
    combustibleDustTypes: v.combustibleDustTypes.length ? v.combustibleDustTypes : null, ammoniaInventoryKg: v.ammoniaInventoryKg ?? null, confinedSpaceCount: v.confinedSpaceCount ?? null,
    deepWellCastingLines: v.deepWellCastingLines ?? null, hazardousProcesses: v.hazardousProcesses.length ? v.hazardousProcesses : null, note: opt(v.note),
  };
}

const industryOptions = industryCodes.filter((c) => c.level !== 'section').map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }));
const aliases = { 'location.lon': 'lon', 'location.lat': 'lat', location: 'lon' };

/** 登记 / 编辑企业: every field of the library, with the credit code checked while typing. */
export function EnterpriseFormPage() {
  const { id } = useParams<{ id: string }>();
  const me = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const existing = useEnterprise(id);
  const save = useSaveEnterprise();
  const [form] = Form.useForm<Values>();
  const industryCode = Form.useWatch('industryCode', form);
  const licences = Form.useWatch('licences', form);
  const hazardIdentified = Form.useWatch('hazardIdentified', form);
  const derived = useMemo(() => deriveSector(industryCode ?? null, { licenceTypes: (licences ?? []).filter(Boolean).map((l) => l.type as never) }), [industryCode, licences]);

  useEffect(() => {
    if (id && existing.data) form.setFieldsValue(toValues(existing.data));
  }, [id, existing.data, form]);

  if (id && existing.isPending) return <FullPageSpin />;
  if (id && existing.isError) return <QueryErrorAlert error={existing.error} />;

  const onFinish = (v: Values) =>
    save.mutate(
      { id: id ?? null, input: toInput(v) },
      {
        onSuccess: (e) => {
          message.success(id ? `已保存“${e.name}”，变更已记入变更记录` : `已登记“${e.name}”`);
          navigate(`/enterprises/${e.id}`);
        },
        onError: (err) => {
          if (!applyFieldErrors(form, err, aliases)) showError(message, err);
        },
      },
    );

  const initial: Partial<Values> = { locatedAgencyId: me.agency.id, supervisingAgencyId: me.agency.id, status: 'operating', riskFlags: [], licences: [], hazardIdentified: 'unknown', majorHazardSources: [], principalAssessed: 'unknown', combustibleDustTypes: [], hazardousProcesses: [] };
  const section = (title: string) => <Typography.Title level={5} className="registry-section-title">{title}</Typography.Title>;

  return (
    <PageContainer title={id ? `编辑企业：${existing.data?.name ?? ''}` : '登记企业'} description="带 * 的为必填项；其余字段可以以后补充，补齐后基础数据自动“销账”。每次修改都记入变更记录。">
      <Form<Values> name="enterprise" form={form} layout="vertical" initialValues={initial} onFinish={onFinish} disabled={save.isPending} scrollToFirstError>
        <Card className="registry-form-card">
          {section('基本信息')}
          <Row gutter={16}>
            <Col xs={24} md={12}><Form.Item label="单位名称" name="name" rules={requiredText('单位名称')} extra="同一法人的不同厂区、矿区分别登记，名称后写明厂区。"><Input maxLength={200} /></Form.Item></Col>
            <Col xs={24} md={12}><Form.Item label="统一社会信用代码" name="creditCode" rules={creditCodeRules} validateTrigger={['onChange', 'onBlur']} extra="18 位，自动校验第 18 位校验码。"><Input maxLength={20} className="code-field" /></Form.Item></Col>
            <Col xs={24} md={12}><Form.Item label="营业执照名称" name="legalEntityName"><Input maxLength={200} /></Form.Item></Col>
            <Col xs={24} md={12}><Form.Item label="经营状态" name="status" rules={[{ required: true }]}><Select options={enterpriseStatuses.map((s) => ({ value: s, label: enterpriseStatusLabel[s] }))} /></Form.Item></Col>
            <Col xs={24} md={12}><Form.Item label="注册地址" name="registeredAddress"><Input maxLength={200} /></Form.Item></Col>
            <Col xs={24} md={12}><Form.Item label="生产经营地址" name="address"><Input maxLength={200} /></Form.Item></Col>
          </Row>
          {section('属地与分级监管')}
          <Row gutter={16}>
            <Col xs={24} md={12}><Form.Item label="属地机关" name="locatedAgencyId" rules={[{ required: true, message: '请选择属地机关' }]} extra="企业所在地的县（区）应急管理局（可选本机关及下级机关）。"><PlacementAgencySelect which="located" currentName={existing.data?.locatedAgencyName ?? null} /></Form.Item></Col>
            <Col xs={24} md={12}><Form.Item label="监管机关" name="supervisingAgencyId" extra="一家企业对应一个执法层级；数据范围按监管机关划分。"><PlacementAgencySelect which="supervising" currentName={existing.data?.supervisingAgencyName ?? null} allowClear placeholder="未确定" /></Form.Item></Col>
            <Col xs={12} md={6}><Form.Item label="行政区划代码" name="divisionCode" rules={[{ pattern: /^\d{6}$/, message: '应为 6 位数字（GB/T 2260）' }]}><Input maxLength={6} /></Form.Item></Col>
            <Col xs={12} md={6}><Form.Item label="乡镇（街道）" name="town"><Input maxLength={50} /></Form.Item></Col>
            <Col xs={12} md={6}><Form.Item label="经度" name="lon" rules={[{ type: 'number', min: 73, max: 136, message: '经度应在 73 到 136 之间（中国境内）' }]}><InputNumber className="input-number" step={0.0001} precision={6} /></Form.Item></Col>
            <Col xs={12} md={6}><Form.Item label="纬度" name="lat" dependencies={['lon']} rules={[{ type: 'number', min: 3, max: 54, message: '纬度应在 3 到 54 之间（中国境内）' }, ({ getFieldValue }) => ({ validator: async (_r, v) => { if ((v ?? null) === null !== ((getFieldValue('lon') ?? null) === null)) throw new Error('经度和纬度须同时填写'); } })]}><InputNumber className="input-number" step={0.0001} precision={6} /></Form.Item></Col>
          </Row>
          {section('负责人')}
          <Row gutter={16}>
            <Col xs={24} md={8}><Form.Item label="法定代表人" name="legalRepresentative"><Input maxLength={50} /></Form.Item></Col>
            <Col xs={12} md={8}><Form.Item label="主要负责人" name="principalName"><Input maxLength={50} /></Form.Item></Col>
            <Col xs={12} md={8}><Form.Item label="主要负责人联系电话" name="principalPhone" rules={phoneRules}><Input maxLength={13} /></Form.Item></Col>
            <Col xs={12} md={8}><Form.Item label="安全生产管理人员" name="safetyManagerName"><Input maxLength={50} /></Form.Item></Col>
            <Col xs={12} md={8}><Form.Item label="安全生产管理人员联系电话" name="safetyManagerPhone" rules={phoneRules}><Input maxLength={13} /></Form.Item></Col>
          </Row>
          {section('行业与规模')}
          <Row gutter={16}>
            <Col xs={24} md={12}><Form.Item label="国民经济行业分类（GB/T 4754-2017）" name="industryCode"><Select showSearch={{ optionFilterProp: 'label' }} allowClear placeholder="输入代码或名称，如 3011 或 水泥" options={industryOptions} /></Form.Item></Col>
            <Col xs={24} md={12}>
              <Form.Item label="行业领域" name="sectorConfirmed" extra={`按行业代码和许可证自动确定为“${sectorLabel[derived]}”；确需不同时在此选择。`}>
                <Select allowClear placeholder={`自动：${sectorLabel[derived]}`} options={sectors.map((s) => ({ value: s, label: sectorLabel[s] }))} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}><Form.Item label="企业规模" name="scale"><Select allowClear options={enterpriseScales.map((s) => ({ value: s, label: enterpriseScaleLabel[s] }))} /></Form.Item></Col>
            <Col xs={12} md={6}><Form.Item label="从业人员数" name="employeeCount"><InputNumber className="input-number-short" min={0} precision={0} /></Form.Item></Col>
            <Col xs={24} md={12}><Form.Item label="安全生产标准化等级" name="standardizationLevel"><Select allowClear options={standardizationLevels.map((s) => ({ value: s, label: standardizationLevelLabel[s] }))} /></Form.Item></Col>
          </Row>
          {section('风险特征与专项信息')}
          <Row gutter={16}>
            <Col xs={24}><Form.Item label="风险特征" name="riskFlags"><Select mode="multiple" allowClear placeholder="可多选" options={riskFlags.map((f) => ({ value: f, label: riskFlagLabel[f] }))} /></Form.Item></Col>
            <Col xs={24} md={8}>
              <Form.Item label="重大危险源辨识" name="hazardIdentified">
                <Select options={[{ value: 'unknown', label: '未辨识' }, { value: 'none', label: '已辨识，无重大危险源' }, { value: 'some', label: '已辨识，有重大危险源' }]} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              {hazardIdentified === 'some' ? (
                <Form.List name="majorHazardSources">
                  {(fields, { add, remove }) => (
                    <Form.Item label="重大危险源（名称、等级）">
                      {fields.map((f) => (
                        <Space key={f.key} align="baseline">
                          <Form.Item name={[f.name, 'name']} rules={requiredText('重大危险源名称')}><Input placeholder="名称，如 原料罐区" /></Form.Item>
                          <Form.Item name={[f.name, 'level']}><Select className="registry-filter-select" allowClear placeholder="等级" options={majorHazardSourceLevels.map((l) => ({ value: l, label: majorHazardSourceLevelLabel[l] }))} /></Form.Item>
                          <MinusCircleOutlined aria-label="删除" onClick={() => remove(f.name)} />
                        </Space>
                      ))}
                      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', level: null })}>添加重大危险源</Button>
                    </Form.Item>
                  )}
                </Form.List>
              ) : null}
            </Col>
            <Col xs={24} md={8}><Form.Item label="主要负责人和安全管理人员考核合格" name="principalAssessed"><Select options={[{ value: 'unknown', label: '未填写' }, { value: 'yes', label: '是' }, { value: 'no', label: '否' }]} /></Form.Item></Col>
            <Col xs={24} md={8}><Form.Item label="可燃性粉尘种类" name="combustibleDustTypes"><Select mode="tags" placeholder="输入后回车，如 铝粉" /></Form.Item></Col>
            <Col xs={24} md={8}><Form.Item label="重点监管危险化工工艺" name="hazardousProcesses"><Select mode="tags" placeholder="输入后回车，如 氧化工艺" /></Form.Item></Col>
            <Col xs={8}><Form.Item label="液氨储存量（千克）" name="ammoniaInventoryKg"><InputNumber className="input-number-short" min={0} /></Form.Item></Col>
            <Col xs={8}><Form.Item label="有限空间数量" name="confinedSpaceCount"><InputNumber className="input-number-short" min={0} precision={0} /></Form.Item></Col>
            <Col xs={8}><Form.Item label="深井铸造生产线数量" name="deepWellCastingLines"><InputNumber className="input-number-short" min={0} precision={0} /></Form.Item></Col>
          </Row>
          {section('许可证')}
          <Form.List name="licences">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'type']} rules={[{ required: true, message: '请选择许可证类型' }]}><Select className="registry-licence-type" placeholder="许可证类型" popupMatchSelectWidth={false} options={licenceTypes.map((t) => ({ value: t, label: licenceTypeLabel[t] }))} /></Form.Item>
                    <Form.Item name={[f.name, 'number']}><Input className="registry-licence-number" placeholder="编号" maxLength={100} /></Form.Item>
                    <Form.Item name={[f.name, 'validFrom']}><DatePicker placeholder="有效期起" /></Form.Item>
                    <Form.Item name={[f.name, 'validTo']}><DatePicker placeholder="有效期止" /></Form.Item>
                    <MinusCircleOutlined aria-label="删除许可证" onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Form.Item><Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ type: undefined, number: '' })}>添加许可证</Button></Form.Item>
              </>
            )}
          </Form.List>
          {section('备注')}
          <Form.Item name="note"><Input.TextArea rows={2} maxLength={500} /></Form.Item>
        </Card>
        <Flex justify="flex-end" gap={8} className="mt-16">
          <Button onClick={() => navigate(id ? `/enterprises/${id}` : '/enterprises')}>取消</Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>保存</Button>
        </Flex>
      </Form>
    </PageContainer>
  );
}
