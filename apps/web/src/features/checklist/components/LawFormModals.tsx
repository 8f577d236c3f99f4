import { lawKindLabel, lawKinds, type LawKind, type LawVersionSummary, type ProvisionTreeNode } from '@zhifa/shared/contract/law';
import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space, TreeSelect } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useCreateLaw, useCreateProvision, useCreateVersion } from '../api';

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const blank = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

/** 新增法律法规 */
export function LawCreateModal({ open, onClose }: { open: boolean; onClose: (lawId?: string) => void }) {
  const [form] = Form.useForm<{ title: string; shortTitle: string; kind: LawKind; issuer: string }>();
  const create = useCreateLaw();
  const { message } = App.useApp();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  return (
    <Modal open={open} title="新增法律法规" okText="保存" onOk={() => form.submit()} confirmLoading={create.isPending} onCancel={() => onClose()} destroyOnHidden>
      <Form
        form={form}
        name="law"
        layout="vertical"
        onFinish={(v) =>
          create.mutate(v, {
            onSuccess: (law) => {
              message.success(`已新增“${law.title}”，请继续新增版本和条文`);
              onClose(law.id);
            },
            onError: (err) => {
              if (!applyFieldErrors(form, err)) showError(message, err);
            },
          })
        }
      >
        <Form.Item label="名称" name="title" rules={[{ required: true, whitespace: true, message: '请输入法律法规名称' }]}>
          <Input placeholder="如：陕西省安全生产条例" maxLength={200} />
        </Form.Item>
        <Form.Item label="简称" name="shortTitle" rules={[{ required: true, whitespace: true, message: '请输入简称' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="类别" name="kind" rules={[{ required: true, message: '请选择类别' }]}>
          <Select options={lawKinds.map((k) => ({ value: k, label: lawKindLabel[k] }))} />
        </Form.Item>
        <Form.Item label="制定机关" name="issuer" rules={[{ required: true, whitespace: true, message: '请输入制定机关' }]}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface VersionValues {
  tag: string;
  title: string;
  documentNumber?: string;
  adoptedOn?: Dayjs | null;
  effectiveFrom: Dayjs;
  effectiveTo?: Dayjs | null;
  source: string;
  textSource?: string;
  verified?: boolean;
  note?: string;
}

/** 新增版本 of a law (施行期间 must not overlap an existing version: the server says which). */
export function VersionCreateModal({ law, onClose }: { law: { id: string; title: string } | null; onClose: (v?: LawVersionSummary) => void }) {
  const [form] = Form.useForm<VersionValues>();
  const create = useCreateVersion(law?.id ?? '');
  const { message } = App.useApp();
  useEffect(() => {
    if (law) {
      form.resetFields();
      form.setFieldsValue({ title: law.title, verified: false });
    }
  }, [law, form]);
  return (
    <Modal open={Boolean(law)} title={`新增版本：${law?.title ?? ''}`} okText="保存" onOk={() => form.submit()} confirmLoading={create.isPending} onCancel={() => onClose()} destroyOnHidden width={640}>
      <Form
        form={form}
        name="lawVersion"
        layout="vertical"
        onFinish={(v) =>
          create.mutate(
            {
              tag: v.tag.trim(), title: v.title.trim(), documentNumber: blank(v.documentNumber), adoptedOn: day(v.adoptedOn), effectiveFrom: day(v.effectiveFrom)!,
              effectiveTo: day(v.effectiveTo), source: v.source.trim(), textSource: blank(v.textSource), verified: Boolean(v.verified), note: blank(v.note),
            },
            {
              onSuccess: (ver) => {
                message.success(`已新增版本 ${ver.tag}`);
                onClose(ver);
              },
              onError: (err) => {
                if (!applyFieldErrors(form, err)) showError(message, err);
              },
            },
          )
        }
      >
        <Space size={16} wrap>
          <Form.Item label="版本标识" name="tag" rules={[{ required: true, message: '请输入版本标识，如 2021' }]}>
            <Input maxLength={20} className="input-number" />
          </Form.Item>
          <Form.Item label="文号" name="documentNumber">
            <Input maxLength={100} placeholder="如：应急管理部令第10号" className="filter-select-wide" />
          </Form.Item>
        </Space>
        <Form.Item label="本版本名称" name="title" rules={[{ required: true, whitespace: true, message: '请输入名称' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Space size={16} wrap>
          <Form.Item label="通过（公布）日期" name="adoptedOn">
            <DatePicker />
          </Form.Item>
          <Form.Item label="施行日期" name="effectiveFrom" rules={[{ required: true, message: '请选择施行日期' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item label="失效日期" name="effectiveTo" tooltip="仍然有效的留空">
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item label="官方文本来源" name="source" rules={[{ required: true, whitespace: true, message: '请填写须核对的官方来源，如国家法律法规数据库' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label="录入文本来源" name="textSource">
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="verified" valuePropName="checked">
          <Checkbox>已与官方文本核对</Checkbox>
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ProvisionValues {
  parentId?: string | null;
  article: number;
  paragraph?: number | null;
  item?: number | null;
  subItem?: number | null;
  heading?: string;
  text: string;
  textIsParaphrase?: boolean;
}

interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}

const treeOptions = (nodes: ProvisionTreeNode[]): TreeOption[] =>
  nodes.map((n) => ({ value: n.id, title: n.citation.replace(/^《[^》]+》/, ''), children: treeOptions(n.children) }));

/** 新增条款: an article, or a 款/项/目 under an existing provision; the citation is generated by the server. */
export function ProvisionCreateModal({ version, articles, onClose }: { version: LawVersionSummary | null; articles: ProvisionTreeNode[]; onClose: () => void }) {
  const [form] = Form.useForm<ProvisionValues>();
  const create = useCreateProvision(version?.id ?? '');
  const { message } = App.useApp();
  const options = useMemo(() => treeOptions(articles), [articles]);
  useEffect(() => {
    if (version) form.resetFields();
  }, [version, form]);
  return (
    <Modal open={Boolean(version)} title={`新增条款（${version?.title ?? ''} ${version?.tag ?? ''}）`} okText="保存" onOk={() => form.submit()} confirmLoading={create.isPending} onCancel={onClose} destroyOnHidden width={680}>
      <Form
        form={form}
        name="provision"
        layout="vertical"
        onFinish={(v) =>
          create.mutate(
            {
              parentId: v.parentId ?? null, article: v.article, paragraph: v.paragraph ?? null, item: v.item ?? null, subItem: v.subItem ?? null,
              heading: blank(v.heading), text: v.text.trim(), textIsParaphrase: Boolean(v.textIsParaphrase),
            },
            {
              onSuccess: (p) => {
                message.success(`已新增 ${p.citation}`);
                onClose();
              },
              onError: (err) => {
                if (!applyFieldErrors(form, err)) showError(message, err);
              },
            },
          )
        }
      >
        <Form.Item label="上级条款" name="parentId" tooltip="新增“条”时留空；新增款、项、目时选择所属的条、款或项">
          <TreeSelect treeData={options} allowClear showSearch={{ treeNodeFilterProp: 'title' }} placeholder="（新增“条”）" treeDefaultExpandAll={false} />
        </Form.Item>
        <Space size={16} wrap>
          <Form.Item label="条" name="article" rules={[{ required: true, message: '请输入条的序号' }]}>
            <InputNumber min={1} max={999} precision={0} />
          </Form.Item>
          <Form.Item label="款" name="paragraph">
            <InputNumber min={1} max={50} precision={0} />
          </Form.Item>
          <Form.Item label="项" name="item">
            <InputNumber min={1} max={99} precision={0} />
          </Form.Item>
          <Form.Item label="目" name="subItem">
            <InputNumber min={1} max={99} precision={0} />
          </Form.Item>
        </Space>
        <Form.Item label="章节" name="heading">
          <Input maxLength={200} placeholder="如：第二章 生产经营单位的安全生产保障" />
        </Form.Item>
        <Form.Item label="条文" name="text" rules={[{ required: true, whitespace: true, message: '请输入条文' }]}>
          <Input.TextArea rows={6} maxLength={10000} showCount />
        </Form.Item>
        <Form.Item name="textIsParaphrase" valuePropName="checked">
          <Checkbox>条文为要点转述（非原文）</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
