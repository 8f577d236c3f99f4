import { systemGeneratedDocumentTypes, type DocumentCreate, type DocumentDetail, type DocumentType, type FormField, type PartyInput } from '@zhifa/shared';
import { Alert, App, Breadcrumb, Button, Card, Checkbox, Col, Flex, Form, Input, Radio, Row, Select, Skeleton } from 'antd';
import { useEffect, useMemo, type KeyboardEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { applyFieldErrors, toNamePath, withoutLabel } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useCreateDocument, useDocument, useDocumentForm, useDocumentTypes, usePaymentAccounts, useTemplateInfo, useUpdateDocument } from '../api';
import { EnterprisePicker } from '../components/EnterprisePicker';
import { OfficerPicker } from '../components/OfficerPicker';
import { fromFormValues, toFormValues } from '../form/field-values';
import { SchemaFields } from '../form/SchemaFields';
import '../document.css';

interface FormValues {
  typeCode: string;
  title?: string;
  partyMode: 'enterprise' | 'manual' | 'none';
  enterpriseId?: string | null;
  party?: PartyInput;
  officerIds: string[];
  caseKey?: string;
  useUnitSeries: boolean;
  paymentAccountIds: string[];
  fields?: Record<string, unknown>;
}

function toValues(d: DocumentDetail, fields: readonly FormField[]): FormValues {
  return {
    typeCode: d.typeCode,
    title: d.title,
    partyMode: d.enterpriseId && d.party?.kind !== 'individual' ? 'enterprise' : d.party ? 'manual' : 'none',
    enterpriseId: d.enterpriseId,
    ...(d.party ? { party: d.party } : {}),
    officerIds: d.officers.map((o) => o.id),
    caseKey: d.caseKey ?? '',
    useUnitSeries: d.useUnitSeries,
    paymentAccountIds: d.paymentAccountIds,
    fields: toFormValues(fields, d.fields),
  };
}

/**
 * Enter in a text box or date picker must not submit the whole draft (it did, from the 整改期限
 * date field, with no officers chosen). Saving is the button only; textareas keep their new lines.
 */
function stopEnterSubmit(e: KeyboardEvent<HTMLFormElement>): void {
  const target = e.target as HTMLElement;
  if (e.key === 'Enter' && target.tagName === 'INPUT') e.preventDefault();
}

/** Draft or edit a document: party from the registry (or typed), two officers, the template's fields. */
export function DocumentFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const existing = useDocument(id);
  const types = useDocumentTypes();
  const typeCode = Form.useWatch('typeCode', form) ?? existing.data?.typeCode ?? params.get('type') ?? undefined;
  const partyMode = Form.useWatch('partyMode', form);
  const template = useTemplateInfo(typeCode ?? null);
  const schema = useDocumentForm(typeCode);
  const accounts = usePaymentAccounts(undefined, Boolean(typeCode));
  const create = useCreateDocument();
  const update = useUpdateDocument();
  const type: DocumentType | undefined = types.data?.find((t) => t.code === typeCode);
  const formFields = useMemo(() => schema.data?.fields ?? [], [schema.data]);
  const hasAccounts = formFields.some((f) => f.systemOwned === 'paymentAccounts');
  const needsOfficers = Boolean(type?.signatories.includes('officers'));

  useEffect(() => {
    if (!existing.data || !schema.data) return;
    form.setFieldsValue(toValues(existing.data, schema.data.fields));
    // Show what still blocks issuance next to the fields it concerns.
    form.setFields(existing.data.problems.filter((p) => p.path.startsWith('body.fields.')).map((p) => ({ name: toNamePath(p.path.slice(5)) as never, errors: [withoutLabel(p.message)] })));
  }, [existing.data, schema.data, form]);

  // A new draft starts with only what the system knows (the drafting officer, dates that mean
  // today) — never the template's sample case.
  useEffect(() => {
    if (id || !schema.data) return;
    form.setFieldValue('fields', toFormValues(schema.data.fields, schema.data.draft.fields));
    if (!(form.getFieldValue('officerIds') as string[] | undefined)?.length) form.setFieldValue('officerIds', schema.data.draft.officerIds);
  }, [id, schema.data, form]);

  if (id && existing.isError) return <QueryErrorAlert error={existing.error} onRetry={() => void existing.refetch()} />;
  if (id && (!existing.data || !schema.data)) return <Skeleton active />;

  const onFinish = async (v: FormValues) => {
    const body: DocumentCreate = {
      typeCode: v.typeCode,
      ...(v.title ? { title: v.title } : {}),
      enterpriseId: v.partyMode === 'enterprise' ? (v.enterpriseId ?? null) : null,
      party: v.partyMode === 'manual' && v.party ? v.party : null,
      officerIds: v.officerIds ?? [],
      fields: fromFormValues(formFields, v.fields),
      caseKey: v.caseKey?.trim() || null,
      paymentAccountIds: hasAccounts ? (v.paymentAccountIds ?? []) : [],
      useUnitSeries: Boolean(v.useUnitSeries),
    };
    try {
      const { typeCode: _t, ...patch } = body;
      const saved = id ? await update.mutateAsync({ id, patch }) : await create.mutateAsync(body);
      message.success(id ? '草稿已保存' : '草稿已创建');
      void navigate(`/documents/${saved.id}`);
    } catch (err) {
      if (!applyFieldErrors(form, err)) showError(message, err);
    }
  };

  return (
    <PageContainer
      title={id ? `修改草稿：${existing.data?.title ?? ''}` : '新建文书'}
      description={<Breadcrumb items={[{ title: <Link to="/documents">执法文书</Link> }, { title: id ? '修改草稿' : '新建' }]} />}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{ typeCode: params.get('type') ?? undefined, partyMode: 'enterprise', officerIds: [], useUnitSeries: false, paymentAccountIds: [] }}
        onKeyDown={stopEnterSubmit}
        className="doc-form"
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} xl={16}>
            <div className="stack">
              <Card title="文书">
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <Form.Item name="typeCode" label="文书类型" rules={[{ required: true, message: '请选择文书类型' }]}>
                      <Select
                        disabled={Boolean(id)}
                        showSearch={{ optionFilterProp: 'label' }}
                        placeholder="选择文书类型"
                        options={(types.data ?? []).filter((t) => t.status === 'active' && t.templateVersions.length && !systemGeneratedDocumentTypes[t.code]).map((t) => ({ value: t.code, label: t.numberCode ? `${t.name}（${t.numberCode}）` : t.name }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="title" label="标题" tooltip="留空则为“文书名称（当事人）”">
                      <Input maxLength={200} placeholder="留空则自动生成" />
                    </Form.Item>
                  </Col>
                </Row>
                {type ? (
                  <Alert
                    type="info"
                    showIcon
                    title={`${type.name}：${type.needsApproval ? '需要审批后签发' : '是否审批按本机关审批流程配置'}；${type.seal === 'none' ? '不盖章' : type.seal === 'agencySeal' ? '加盖机关公章' : '加盖行政执法专用章'}；模板 ${template.data?.inForce.version ?? ''} 版`}
                    description={schema.data ? `制作机关：${schema.data.draft.agencyName}（系统填写）；文书编号、审批意见由系统在审批、签发时填写。` : undefined}
                  />
                ) : null}
              </Card>

              <Card title="当事人">
                <Form.Item name="partyMode" label="当事人来源">
                  <Radio.Group options={[{ value: 'enterprise', label: '从企业库选择' }, { value: 'manual', label: '手工填写（个人、未入库单位）' }, { value: 'none', label: '无' }]} />
                </Form.Item>
                {partyMode === 'enterprise' ? (
                  <Form.Item name="enterpriseId" label="被检查单位 / 当事人" rules={[{ required: true, message: '请从企业库选择当事人' }]} extra="签发时按企业库当时的信息生成当事人快照，之后企业信息变更不影响已签发文书。">
                    <EnterprisePicker label={existing.data?.party?.name ?? null} />
                  </Form.Item>
                ) : null}
                {partyMode === 'manual' ? (
                  <Row gutter={16}>
                    <Col xs={24} md={8}>
                      <Form.Item name={['party', 'kind']} label="类型" rules={[{ required: true, message: '请选择当事人类型' }]} initialValue="individual">
                        <Select options={[{ value: 'individual', label: '个人' }, { value: 'organization', label: '单位' }, { value: 'soleProprietor', label: '个体工商户' }]} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={16}>
                      <Form.Item name={['party', 'name']} label="名称 / 姓名" rules={[{ required: true, message: '请填写当事人名称' }]}>
                        <Input maxLength={200} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item name={['party', 'idNumber']} label="身份证号码">
                        <Input maxLength={18} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item name={['party', 'creditCode']} label="统一社会信用代码">
                        <Input maxLength={18} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item name={['party', 'phone']} label="联系电话">
                        <Input maxLength={40} />
                      </Form.Item>
                    </Col>
                    <Col span={24}>
                      <Form.Item name={['party', 'address']} label="地址">
                        <Input maxLength={200} />
                      </Form.Item>
                    </Col>
                  </Row>
                ) : null}
              </Card>

              <Card title="文书内容" className="doc-problem-card">
                {schema.isError ? <QueryErrorAlert error={schema.error} onRetry={() => void schema.refetch()} /> : null}
                {typeCode ? schema.data ? <SchemaFields fields={schema.data.fields} /> : <Skeleton active /> : <span className="muted">请先选择文书类型。</span>}
              </Card>
            </div>
          </Col>
          <Col xs={24} xl={8}>
            <div className="stack">
              <Card title="执法人员与编号">
                <Form.Item
                  name="officerIds"
                  label="执法人员"
                  required={needsOfficers}
                  rules={needsOfficers ? [{ validator: (_r, v: string[] | undefined) => ((v?.length ?? 0) >= 2 ? Promise.resolve() : Promise.reject(new Error('请选择两名执法人员（文书上显示两名，问题解释第9条）'))) }] : []}
                  extra="文书上最多显示两名执法人员（问题解释第9条）；签发时核对执法证有效期与回避。"
                >
                  <OfficerPicker known={existing.data?.officers ?? []} />
                </Form.Item>
                <Form.Item name="caseKey" label="案件（检查）标识" extra="按案件统一编号时，同一案件的文书共用一个序号。">
                  <Input maxLength={80} placeholder="例如：案件或检查编号" />
                </Form.Item>
                <Form.Item name="useUnitSeries" valuePropName="checked">
                  <Checkbox>使用本科室编号子序列（编号中显示科室）</Checkbox>
                </Form.Item>
                {hasAccounts ? (
                  <Form.Item name="paymentAccountIds" label="缴款账户" extra="从本机关配置的账户中选择，可选多个（问题解释第4条）。">
                    <Select mode="multiple" options={(accounts.data ?? []).filter((a) => a.active).map((a) => ({ value: a.id, label: `${a.bank} ${a.accountNumber}` }))} />
                  </Form.Item>
                ) : null}
              </Card>
              <Flex gap={8} justify="flex-end">
                <Button onClick={() => void navigate(id ? `/documents/${id}` : '/documents')}>取消</Button>
                <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
                  保存草稿
                </Button>
              </Flex>
            </div>
          </Col>
        </Row>
      </Form>
    </PageContainer>
  );
}
