import { Permission } from '@zhifa/shared';
import { sourceLevelLabel } from '@zhifa/shared/contract/checklist';
import type { RiskFlag } from '@zhifa/shared/rules/enterprise-codes';
import type { Sector } from '@zhifa/shared/rules/industry';
import { Alert, Collapse, DatePicker, Empty, Flex, List, Select, Skeleton, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { dayjs, TIME_ZONE } from '../../../lib/format';
import { useCan } from '../../auth/session';
import { useApplicable, useEnterprisePick } from '../api';
import { riskFlagOptions, sectorOptions } from '../labels';

/** 适用事项: the published items that apply to an enterprise's sector and risk flags, with its active campaigns. */
export function ApplicableItemsPanel() {
  const [sector, setSector] = useState<Sector | undefined>('lightIndustry');
  const [flags, setFlags] = useState<RiskFlag[]>(['dustExplosion']);
  const [date, setDate] = useState<Dayjs>(() => dayjs().tz(TIME_ZONE));
  const canPickEnterprise = useCan(Permission.EnterpriseRead);
  const [enterpriseId, setEnterpriseId] = useState<string | undefined>();
  const [eq, setEq] = useState('');
  const picks = useEnterprisePick(eq, canPickEnterprise);
  const result = useApplicable({ enterpriseId, sector, riskFlags: flags, date: date.format('YYYY-MM-DD') });
  const data = result.data;
  const fromEnterprise = Boolean(enterpriseId && data?.enterprise.id === enterpriseId);
  return (
    <div>
      <Flex gap={16} wrap align="center" className="filter-bar">
        {canPickEnterprise ? (
          <label className="inline-field">
            <span>企业</span>
            <Select
              aria-label="企业"
              className="filter-select-xwide"
              allowClear
              showSearch={{ filterOption: false, onSearch: (t) => setEq(t.trim()) }}
              value={enterpriseId}
              onChange={(v) => setEnterpriseId(v ?? undefined)}
              options={(picks.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
              placeholder="选择企业库中的企业（或直接选择行业和风险特征）"
              loading={picks.isFetching}
            />
          </label>
        ) : null}
        <label className="inline-field">
          <span>行业领域</span>
          <Select aria-label="行业领域" className="filter-select" disabled={Boolean(enterpriseId)} value={fromEnterprise ? data!.enterprise.sector : sector} onChange={setSector} options={sectorOptions} placeholder="选择行业领域" />
        </label>
        <label className="inline-field">
          <span>风险特征</span>
          <Select aria-label="风险特征" className="filter-select-xwide" mode="multiple" disabled={Boolean(enterpriseId)} value={fromEnterprise ? data!.enterprise.riskFlags : flags} onChange={setFlags} options={riskFlagOptions} placeholder="无" allowClear />
        </label>
        <label className="inline-field">
          <span>检查日期</span>
          <DatePicker aria-label="检查日期" allowClear={false} value={date} onChange={(d) => d && setDate(d)} />
        </label>
      </Flex>
      <Typography.Paragraph type="secondary">
        按企业的行业领域和风险特征列出适用的已发布检查事项（含部级、本级和上级机关的事项），并标注检查日期进行中的专项执法。
      </Typography.Paragraph>
      {!sector ? <Empty description="请选择行业领域" /> : null}
      {result.isError ? <QueryErrorAlert error={result.error} onRetry={() => void result.refetch()} /> : null}
      {sector && result.isPending ? <Skeleton active /> : null}
      {data ? (
        <>
          <Alert
            className="mb-16"
            type="info"
            showIcon
            title={`${data.enterprise.name ? `${data.enterprise.name}：` : ''}共 ${data.total} 项适用`}
            description={
              data.campaigns.length ? (
                <Flex gap={4} wrap>
                  进行中的专项：
                  {data.campaigns.map((c) => (
                    <Tag key={c.id} color="purple">{`${c.shortName}（${sourceLevelLabel[c.sourceLevel]}，${c.itemCount} 项）`}</Tag>
                  ))}
                </Flex>
              ) : (
                '检查日期没有适用于该企业的进行中专项'
              )
            }
          />
          <Collapse
            defaultActiveKey={data.checklists.map((l) => l.id)}
            items={data.checklists.map((l) => ({
              key: l.id,
              label: `${l.name}（${l.units.reduce((a, u) => a + u.items.length, 0)} 项）`,
              extra: <Tag>{sourceLevelLabel[l.sourceLevel]}</Tag>,
              children: l.units.map((u) => (
                <div key={u.id} className="mb-16">
                  <Typography.Text strong>{u.name}</Typography.Text>
                  <List
                    size="small"
                    dataSource={u.items}
                    renderItem={(i) => (
                      <List.Item>
                        <span>
                          <Link className="item-code" to={`/check-items/${i.id}`}>{i.code}</Link>{' '}<Link to={`/check-items/${i.id}`}>{i.content}</Link>
                          {i.majorHazard ? <Tag color="red" className="inline-tag">重大隐患</Tag> : null}
                          {i.campaigns.map((c) => (
                            <Tag key={c.id} color="purple" className="inline-tag">{c.shortName}</Tag>
                          ))}
                        </span>
                      </List.Item>
                    )}
                  />
                </div>
              )),
            }))}
          />
        </>
      ) : null}
    </div>
  );
}
