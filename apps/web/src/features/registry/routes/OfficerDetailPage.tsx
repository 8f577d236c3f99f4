import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Permission } from '@zhifa/shared';
import { genderLabel, type Recusal } from '@zhifa/shared/contract/registry';
import { sectorLabel } from '@zhifa/shared/rules/industry';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, Row, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { dayjs } from '../../../lib/format';
import { useCan } from '../../auth/session';
import { useEligibility, useOfficer } from '../api';
import { OfficerFormDrawer, type OfficerFormTarget } from '../components/OfficerFormDrawer';
import { EnterprisePicker } from '../components/Pickers';
import { RecusalModal, type RecusalTarget } from '../components/RecusalModal';
import { CertStateTag, OfficerStatusTag } from '../components/RegistryTags';
import '../registry.css';

/** 能否签署现场文书: pick an enterprise and a day; the server applies the rule (证件、状态、回避). */
function EligibilityCheck({ officerId }: { officerId: string }) {
  const [enterpriseId, setEnterpriseId] = useState<string | null>(null);
  const [date, setDate] = useState(dayjs());
  const result = useEligibility(officerId, enterpriseId, date.format('YYYY-MM-DD'));
  return (
    <div className="registry-eligibility">
      <Form layout="vertical">
        <Form.Item label="检查对象">
          <EnterprisePicker value={enterpriseId} onChange={setEnterpriseId} />
        </Form.Item>
        <Form.Item label="日期">
          <DatePicker value={date} onChange={(d) => setDate(d ?? dayjs())} allowClear={false} />
        </Form.Item>
      </Form>
      {!enterpriseId ? (
        <span className="muted">选择企业后显示该人员能否在该企业的现场执法文书上签名。</span>
      ) : result.isError ? (
        <QueryErrorAlert error={result.error} />
      ) : result.data ? (
        result.data.ok ? (
          <Alert type="success" showIcon title="可以签署：执法证有效、在岗、无回避" />
        ) : (
          <Alert type="error" showIcon title="不得签署" description={<ul className="rule-list">{result.data.reasons.map((r) => <li key={r}>{r}</li>)}</ul>} />
        )
      ) : null}
    </div>
  );
}

/** One officer: certificate and eligibility indicator (证件有效/已过期/回避), recusals, and a check against an enterprise. */
export function OfficerDetailPage() {
  const { id } = useParams<{ id: string }>();
  const officer = useOfficer(id);
  const canManage = useCan(Permission.OfficerManage);
  const [editTarget, setEditTarget] = useState<OfficerFormTarget | null>(null);
  const [recusalTarget, setRecusalTarget] = useState<RecusalTarget | null>(null);
  if (officer.isPending) return <FullPageSpin />;
  if (officer.isError) return <QueryErrorAlert error={officer.error} onRetry={() => void officer.refetch()} />;
  const o = officer.data;
  const today = dayjs().format('YYYY-MM-DD');
  const inForce = (r: Recusal) => r.validFrom <= today && (!r.validTo || today <= r.validTo);

  return (
    <PageContainer
      title={`执法人员：${o.name}`}
      description={
        <span className="tag-list">
          <CertStateTag state={o.certState} />
          <OfficerStatusTag status={o.status} />
          {o.activeRecusals ? <Tag color="purple">回避 {o.activeRecusals} 家企业</Tag> : null}
          {o.isDemo ? <Tag>演示数据（虚构）</Tag> : null}
        </span>
      }
      extra={
        <>
          <Link to="/officers">
            <Button icon={<ArrowLeftOutlined />}>返回执法人员库</Button>
          </Link>
          {canManage ? (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditTarget({ mode: 'edit', officer: o })}>
              编辑
            </Button>
          ) : null}
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <div className="stack">
            {o.certState === 'expired' ? <Alert type="error" showIcon title={`执法证已于 ${o.certValidTo} 过期，不得在现场执法文书上签名；换证后请更新有效期。`} /> : null}
            <Card title="基本信息与执法证">
              <Descriptions
                bordered
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'name', label: '姓名', children: `${o.name}${o.gender ? `（${genderLabel[o.gender]}）` : ''}` },
                  { key: 'title', label: '职务', children: o.title ?? '—' },
                  { key: 'agency', label: '所属机关', children: o.agencyName },
                  { key: 'unit', label: '所属科室', children: o.unitName ?? '—' },
                  { key: 'certNo', label: '执法证号', children: <code>{o.certNo}</code> },
                  { key: 'issuer', label: '发证机关', children: o.certIssuer },
                  { key: 'valid', label: '有效期', children: `${o.certValidFrom} 至 ${o.certValidTo}` },
                  { key: 'state', label: '证件状态（今天）', children: <CertStateTag state={o.certState} /> },
                  { key: 'account', label: '关联账号', children: o.username ?? <span className="muted">未关联</span> },
                  { key: 'phone', label: '联系电话', children: o.phone ?? '—' },
                  { key: 'specialties', label: '执法领域', children: o.specialties.length ? o.specialties.map((s) => sectorLabel[s]).join('、') : '不限', span: 2 },
                  { key: 'note', label: '备注', children: o.note ?? '—', span: 2 },
                ]}
              />
            </Card>
            <Card
              title={`回避记录（${o.recusals.length}）`}
              extra={canManage ? <Button icon={<PlusOutlined />} onClick={() => setRecusalTarget({ mode: 'create' })}>登记回避</Button> : null}
            >
              <Table<Recusal>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={o.recusals}
                locale={{ emptyText: '无回避记录' }}
                columns={[
                  { title: '企业', key: 'enterprise', render: (_, r) => <Link to={`/enterprises/${r.enterpriseId}`}>{r.enterpriseName}</Link> },
                  { title: '事由', dataIndex: 'reason', key: 'reason' },
                  { title: '期间', key: 'period', width: 200, render: (_, r) => `${r.validFrom} 起${r.validTo ? ` 至 ${r.validTo}` : '（长期）'}` },
                  { title: '状态', key: 'state', width: 80, render: (_, r) => (inForce(r) ? <Tag color="purple">回避中</Tag> : <Tag>已结束</Tag>) },
                  ...(canManage ? [{ title: '操作', key: 'op', width: 80, render: (_: unknown, r: Recusal) => <Button size="small" onClick={() => setRecusalTarget({ mode: 'edit', recusal: r })}>修改</Button> }] : []),
                ]}
              />
            </Card>
          </div>
        </Col>
        <Col xs={24} xl={9}>
          <Card title="能否签署现场执法文书">
            <EligibilityCheck officerId={o.id} />
          </Card>
        </Col>
      </Row>
      <OfficerFormDrawer target={editTarget} onClose={() => setEditTarget(null)} />
      <RecusalModal officerId={o.id} target={recusalTarget} onClose={() => setRecusalTarget(null)} />
    </PageContainer>
  );
}
