import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { DocumentCreate, DocumentDetail, DocumentType, PartyInput } from '@zhifa/shared';
import { Alert, App, Breadcrumb, Button, Card, Checkbox, Col, DatePicker, Flex, Form, Input, Radio, Row, Select, Skeleton, Switch } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { applyFieldErrors, toNamePath, withoutLabel } from '../../../lib/form-errors';
import { dayjs } from '../../../lib/format';
import { showError } from '../../../lib/show-error';
import { useCreateDocument, useDocument, useDocumentTypes, usePaymentAccounts, useTemplateInfo, useUpdateDocument } from '../api';
import { EnterprisePicker } from '../components/EnterprisePicker';
import { OfficerPicker } from '../components/OfficerPicker';
import '../document.css';

interface Problem {
  description?: string;
  violatedProvision?: string;
  immediate?: boolean;
  deadline?: dayjs.Dayjs | null;
}

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
  fields?: { problems?: Problem[]; inspectionRecordNumber?: string };
  fieldsJson?: string;
}

/** Types with their own form here; every other type is edited as JSON (the template's field schema). */
const STRUCTURED = new Set(['rectification-order']);

function toValues(d: DocumentDetail): FormValues {
  const structured = STRUCTURED.has(d.typeCode);
  const f = d.fields as { problems?: { description: string; violatedProvision?: string; immediate?: boolean; deadline?: string }[]; inspectionRecordNumber?: string };
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
    ...(structured
      ? { fields: { problems: (f.problems ?? []).map((p) => ({ ...p, deadline: p.deadline ? dayjs(p.deadline) : null })), inspectionRecordNumber: f.inspectionRecordNumber ?? '' } }
      : { fieldsJson: JSON.stringify(d.fields, null, 2) }),
  };
}

function toFields(v: FormValues, structured: boolean): { fields: Record<string, unknown> } | { error: string } {
  if (structured) {
    const problems = (v.fields?.problems ?? []).map((p) => ({
      description: p.description ?? '',
      ...(p.violatedProvision ? { violatedProvision: p.violatedProvision } : {}),
      immediate: Boolean(p.immediate),
      ...(!p.immediate && p.deadline ? { deadline: p.deadline.format('YYYY-MM-DD') } : {}),
    }));
    return { fields: { problems, ...(v.fields?.inspectionRecordNumber ? { inspectionRecordNumber: v.fields.inspectionRecordNumber } : {}) } };
  }
  try {
    const parsed: unknown = JSON.parse(v.fieldsJson || '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { error: '文书内容应为 JSON 对象' };
    return { fields: parsed as Record<string, unknown> };
  } catch (e) {
    return { error: `文书内容不是有效的 JSON：${e instanceof Error ? e.message : ''}` };
  }
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
  const accounts = usePaymentAccounts(undefined, Boolean(typeCode));
  const create = useCreateDocument();
  const update = useUpdateDocument();
  const structured = typeCode ? STRUCTURED.has(typeCode) : false;
  const type: DocumentType | undefined = types.data?.find((t) => t.code === typeCode);
  const hasAccounts = useMemo(() => {
    const schema = template.data?.fieldsSchema as { properties?: Record<string, unknown> } | undefined;
    return Boolean(schema?.properties && 'paymentAccounts' in schema.properties);
  }, [template.data]);

  useEffect(() => {
    if (!existing.data) return;
    form.setFieldsValue(toValues(existing.data));
    // Show what still blocks issuance next to the fields it concerns.
    form.setFields(existing.data.problems.filter((p) => p.path.startsWith('body.fields.')).map((p) => ({ name: toNamePath(p.path.slice(5)) as never, errors: [withoutLabel(p.message)] })));
  }, [existing.data, form]);

  // A new draft of a JSON-edited type starts from the template's example fields.
  useEffect(() => {
    if (id || structured || !template.data?.exampleFields) return;
    if (!form.getFieldValue('fieldsJson')) form.setFieldValue('fieldsJson', JSON.stringify(template.data.exampleFields, null, 2));
  }, [id, structured, template.data, form]);

  if (id && existing.isError) return <QueryErrorAlert error={existing.error} onRetry={() => void existing.refetch()} />;
  if (id && !existing.data) return <Skeleton active />;

  const onFinish = async (v: FormValues) => {
    const f = toFields(v, structured);
    if ('error' in f) {
      form.setFields([{ name: 'fieldsJson', errors: [f.error] }]);
      return;
    }
    const body: DocumentCreate = {
      typeCode: v.typeCode,
      ...(v.title ? { title: v.title } : {}),
      enterpriseId: v.partyMode === 'enterprise' ? (v.enterpriseId ?? null) : null,
      party: v.partyMode === 'manual' && v.party ? v.party : null,
      officerIds: v.officerIds ?? [],
      fields: f.fields,
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
        initialValues={{ typeCode: params.get('type') ?? undefined, partyMode: 'enterprise', officerIds: [], useUnitSeries: false, paymentAccountIds: [], fields: { problems: [{ immediate: true }] } }}
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
                        options={(types.data ?? []).filter((t) => t.status === 'active' && t.templateVersions.length).map((t) => ({ value: t.code, label: t.numberCode ? `${t.name}（${t.numberCode}）` : t.name }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="title" label="标题" tooltip="留空则为“文书名称（当事人）”">
                      <Input maxLength={200} placeholder="例如：东铭公司涂装车间隐患整改" />
                    </Form.Item>
                  </Col>
                </Row>
                {type ? (
                  <Alert
                    type="info"
                    showIcon
                    title={`${type.name}：${type.needsApproval ? '需要审批后签发' : '是否审批按本机关审批流程配置'}；${type.seal === 'none' ? '不盖章' : type.seal === 'agencySeal' ? '加盖机关公章' : '加盖行政执法专用章'}；模板 ${template.data?.inForce.version ?? ''} 版`}
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
                {structured ? (
                  <>
                    <Form.Item name={['fields', 'inspectionRecordNumber']} label="现场检查记录编号" extra="系统签发的现场检查记录编号，如 铜应急检记[2026]1号">
                      <Input maxLength={80} />
                    </Form.Item>
                    <Form.List name={['fields', 'problems']}>
                      {(items, { add, remove }) => (
                        <>
                          {items.map((item, i) => (
                            <Card key={item.key} size="small" className="mb-16" title={`问题 ${i + 1}`} extra={items.length > 1 ? <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(item.name)} aria-label={`删除问题 ${i + 1}`} /> : null}>
                              <Form.Item name={[item.name, 'description']} label="存在问题" rules={[{ required: true, message: '请描述存在的问题' }]}>
                                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
                              </Form.Item>
                              <Form.Item name={[item.name, 'violatedProvision']} label="违反条款">
                                <Input maxLength={500} placeholder="例如：《中华人民共和国安全生产法》第三十六条第一款" />
                              </Form.Item>
                              <Flex gap={24} align="flex-start" wrap>
                                <Form.Item name={[item.name, 'immediate']} label="立即整改" valuePropName="checked">
                                  <Switch />
                                </Form.Item>
                                <Form.Item noStyle shouldUpdate>
                                  {() =>
                                    form.getFieldValue(['fields', 'problems', item.name, 'immediate']) ? null : (
                                      <Form.Item name={[item.name, 'deadline']} label="整改期限" rules={[{ required: true, message: '请选择整改期限或选择立即整改' }]}>
                                        <DatePicker />
                                      </Form.Item>
                                    )
                                  }
                                </Form.Item>
                              </Flex>
                            </Card>
                          ))}
                          <Button icon={<PlusOutlined />} onClick={() => add({ immediate: false })} className="mb-16">
                            增加问题
                          </Button>
                        </>
                      )}
                    </Form.List>
                  </>
                ) : (
                  <Form.Item
                    name="fieldsJson"
                    label="文书字段（JSON）"
                    extra={
                      <span>
                        按模板字段填写；新建时已填入样例数据，请改为本案内容。
                        {template.data?.exampleFields ? (
                          <Button type="link" size="small" onClick={() => form.setFieldValue('fieldsJson', JSON.stringify(template.data?.exampleFields, null, 2))}>
                            重新填入样例
                          </Button>
                        ) : null}
                      </span>
                    }
                  >
                    <Input.TextArea className="doc-json" autoSize={{ minRows: 12, maxRows: 32 }} spellCheck={false} />
                  </Form.Item>
                )}
              </Card>
            </div>
          </Col>
          <Col xs={24} xl={8}>
            <div className="stack">
              <Card title="执法人员与编号">
                <Form.Item name="officerIds" label="执法人员" extra="文书上最多显示两名执法人员（问题解释第9条）；签发时核对执法证有效期与回避。">
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
