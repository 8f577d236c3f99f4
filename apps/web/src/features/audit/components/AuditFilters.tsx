import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { auditResultLabel, auditResults } from '@zhifa/shared';
import { Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { dayjs, TIME_ZONE, toApiTime } from '../../../lib/format';
import { auditActionGroups, auditActionLabel, auditObjectTypeLabel } from '../action-labels';
import type { AuditFilter } from '../api';

interface Values {
  range?: [Dayjs | null, Dayjs | null] | null;
  actor?: string;
  action?: string;
  result?: AuditFilter['result'];
  objectType?: string;
}

const actionOptions = auditActionGroups.map((g) => ({
  label: g.label,
  options: [
    { value: g.prefix, label: `全部${g.label}` },
    ...Object.entries(auditActionLabel)
      .filter(([code]) => code.startsWith(g.prefix))
      .map(([code, label]) => ({ value: code, label })),
  ],
}));

/** Computed when the filter renders, so "今天" is today even in a tab left open overnight. */
const rangePresets = (): { label: string; value: [Dayjs, Dayjs] }[] => {
  const now = dayjs().tz(TIME_ZONE);
  return [
    { label: '今天', value: [now.startOf('day'), now.endOf('day')] },
    { label: '最近 7 天', value: [now.subtract(6, 'day').startOf('day'), now.endOf('day')] },
    { label: '最近 30 天', value: [now.subtract(29, 'day').startOf('day'), now.endOf('day')] },
    { label: '本月', value: [now.startOf('month'), now.endOf('day')] },
  ];
};

const toValues = (f: AuditFilter): Values => ({
  range: f.from || f.to ? [f.from ? dayjs(f.from).tz(TIME_ZONE) : null, f.to ? dayjs(f.to).tz(TIME_ZONE) : null] : null,
  actor: f.actor ?? '',
  action: f.action,
  result: f.result,
  objectType: f.objectType,
});

/** 时间 · 操作人 · 操作 · 结果 · 对象类型; applied with 查询 so typing does not query on every key. */
export function AuditFilters({ value, onChange }: { value: AuditFilter; onChange: (f: AuditFilter) => void }) {
  const [form] = Form.useForm<Values>();
  useEffect(() => form.setFieldsValue(toValues(value)), [value, form]);

  const onFinish = (v: Values) =>
    onChange({
      from: v.range?.[0] ? toApiTime(v.range[0]) : undefined,
      to: v.range?.[1] ? toApiTime(v.range[1]) : undefined,
      actor: v.actor?.trim() || undefined,
      action: v.action || undefined,
      result: v.result || undefined,
      objectType: v.objectType || undefined,
    });

  return (
    <Form name="auditFilter" form={form} layout="inline" onFinish={onFinish} className="filter-bar audit-filters" role="search">
      <Form.Item name="range" label="时间">
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          allowEmpty={[true, true]}
          placeholder={['开始时间', '结束时间']}
          presets={rangePresets()}
        />
      </Form.Item>
      <Form.Item name="actor" label="操作人">
        <Input placeholder="姓名或用户名" allowClear maxLength={64} className="input-actor" />
      </Form.Item>
      <Form.Item name="action" label="操作">
        <Select placeholder="全部操作" allowClear showSearch={{ optionFilterProp: 'label' }} options={actionOptions} className="select-action" />
      </Form.Item>
      <Form.Item name="result" label="结果">
        <Select placeholder="全部" allowClear options={auditResults.map((r) => ({ value: r, label: auditResultLabel[r] }))} className="select-result" />
      </Form.Item>
      <Form.Item name="objectType" label="对象类型">
        <Select placeholder="全部" allowClear options={Object.entries(auditObjectTypeLabel).map(([value, label]) => ({ value, label }))} className="select-object" />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          查询
        </Button>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          重置
        </Button>
      </Flex>
    </Form>
  );
}
