import { DeleteOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import type { FormField } from '@zhifa/shared';
import { Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Switch, Tag } from 'antd';
import type { Rule } from 'antd/es/form';
import { emptyValue } from './field-values';

/**
 * The form of a document type, generated from its field schema (GET /api/document-types/:code/form):
 * texts and textareas, date and date-time pickers, money in yuan, selects with Chinese options,
 * grouped fields, lists of rows with add/remove. Required fields carry the mark; a draft may still
 * be saved incomplete — what is missing is shown on the field by the server until it is filled in.
 * Fields the system fills (approval opinions, payment accounts) are shown read-only.
 */

type NamePath = (string | number)[];

const systemHint: Record<NonNullable<FormField['systemOwned']>, string> = {
  approval: '由审批流程自动填写：审批人签署意见后显示在此，不能手工填写',
  paymentAccounts: '由右侧“缴款账户”中选择的本机关账户自动填写',
};

interface OpinionValue {
  opinion?: string;
  signer?: string;
  date?: string;
}

/** A read-only cell filled by the system. */
function SystemValue({ field, value }: { field: FormField; value?: unknown }) {
  if (field.systemOwned === 'approval') {
    const v = value as OpinionValue | undefined;
    if (!v?.opinion) return <span className="muted">（待审批后自动填写）</span>;
    return (
      <div className="doc-system-value">
        <div>{v.opinion}</div>
        <div className="muted small">{v.signer} · {v.date}</div>
      </div>
    );
  }
  return <span className="muted">（自动填写）</span>;
}

const maxRule = (f: FormField): Rule[] => (f.kind === 'text' ? [{ max: f.maxLength, message: `${f.label}不能超过 ${f.maxLength} 个字符` }] : []);

function wide(f: FormField): boolean {
  return f.kind === 'group' || f.kind === 'list' || (f.kind === 'text' && f.multiline) || Boolean(f.systemOwned);
}

/** The input of a scalar field (a plain element: Form.Item passes value, onChange and id to it). */
function controlFor(f: FormField) {
  switch (f.kind) {
    case 'text':
      return f.multiline ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={f.maxLength} showCount /> : <Input maxLength={f.maxLength} />;
    case 'date':
      return <DatePicker className="w-full" format="YYYY-MM-DD" placeholder="选择日期" />;
    case 'dateTime':
      return <DatePicker className="w-full" showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder="选择日期和时间" />;
    case 'money':
      return <InputNumber className="w-full" min={0} max={f.max / 100} precision={2} step={100} suffix="元" placeholder="单位：元" />;
    case 'integer':
      return <InputNumber className="w-full" min={f.min ?? undefined} max={f.max ?? undefined} precision={0} suffix={f.unit === 'day' ? '日' : undefined} />;
    case 'select':
      return <Select allowClear={!f.required} placeholder="请选择" options={f.options} />;
    default:
      return null;
  }
}

/** One field (and, for groups and lists, the fields inside it) at `name`, relative to the enclosing list row if any. */
function FieldItem({ f, name }: { f: FormField; name: NamePath }) {
  if (f.systemOwned) {
    return (
      <Form.Item name={name} label={<span><LockOutlined /> {f.label}</span>} extra={systemHint[f.systemOwned]}>
        <SystemValue field={f} />
      </Form.Item>
    );
  }
  if (f.kind === 'group') {
    return (
      <Card size="small" className="mb-16" title={<span>{f.required ? <span className="doc-required">*</span> : null}{f.label}</span>}>
        <FieldGrid fields={f.fields} prefix={name} />
      </Card>
    );
  }
  if (f.kind === 'list') return <ListField f={f} name={name} />;
  if (f.kind === 'boolean') {
    return (
      <Form.Item name={name} label={f.label} valuePropName="checked">
        <Switch checkedChildren="是" unCheckedChildren="否" />
      </Form.Item>
    );
  }
  return (
    <Form.Item name={name} label={f.label} required={f.required} rules={maxRule(f)}>
      {controlFor(f)}
    </Form.Item>
  );
}

function ListField({ f, name }: { f: Extract<FormField, { kind: 'list' }>; name: NamePath }) {
  return (
    <Form.Item label={f.label} required={f.required && f.minItems > 0} className="doc-list">
      <Form.List name={name}>
        {(rows, { add, remove }) => (
          <>
            {rows.map((row, i) =>
              f.item.kind !== 'group' ? (
                // A list of single values (参加人员, 移送材料): one line each, with its own remove button.
                <Flex key={row.key} gap={8} align="flex-start">
                  <div className="doc-list-value">
                    <FieldItem f={{ ...f.item, label: `${f.item.label} ${i + 1}` }} name={[row.name]} />
                  </div>
                  {rows.length > f.minItems ? <Button className="doc-list-remove" type="text" danger icon={<DeleteOutlined />} onClick={() => remove(row.name)} aria-label={`删除${f.item.label} ${i + 1}`} /> : null}
                </Flex>
              ) : (
              <Card
                key={row.key}
                size="small"
                className="mb-16"
                title={`${f.item.label} ${i + 1}`}
                extra={rows.length > f.minItems ? <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(row.name)} aria-label={`删除${f.item.label} ${i + 1}`} /> : null}
              >
                <FieldGrid fields={f.item.fields} prefix={[row.name]} />
              </Card>
              ),
            )}
            {rows.length < f.maxItems ? (
              <Button icon={<PlusOutlined />} onClick={() => add(emptyValue(f.item))}>
                增加{f.item.label}
              </Button>
            ) : null}
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** Fields laid out two to a row; long texts, groups and lists take the full width. */
export function FieldGrid({ fields, prefix }: { fields: readonly FormField[]; prefix: NamePath }) {
  return (
    <Row gutter={16}>
      {fields.map((f) => (
        <Col key={f.key} xs={24} md={wide(f) ? 24 : 12}>
          <FieldItem f={f} name={[...prefix, f.key]} />
        </Col>
      ))}
    </Row>
  );
}

/** The whole form of a type, under the form's `fields` value. */
export function SchemaFields({ fields }: { fields: readonly FormField[] }) {
  if (!fields.length) return <Tag>该文书没有需要填写的内容</Tag>;
  return <FieldGrid fields={fields} prefix={['fields']} />;
}
