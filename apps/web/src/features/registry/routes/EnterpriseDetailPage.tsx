import { ArrowLeftOutlined, CheckCircleFilled, EditOutlined } from '@ant-design/icons';
import { Permission } from '@zhifa/shared';
import type { Enterprise } from '@zhifa/shared/contract/registry';
import { enterpriseScaleLabel, licenceTypeLabel, majorHazardSourceLevelLabel, standardizationLevelLabel } from '@zhifa/shared/rules/enterprise-codes';
import { sectorLabel } from '@zhifa/shared/rules/industry';
import { Alert, Button, Card, Col, Descriptions, List, Progress, Row, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { useCan } from '../../auth/session';
import { useEnterprise, useEnterpriseHistory } from '../api';
import { HistoryTimeline } from '../components/HistoryTimeline';
import { EnterpriseStatusTag, RiskFlagTags } from '../components/RegistryTags';
import '../registry.css';

const dash = <span className="muted">—</span>;
const text = (v: string | number | null | undefined): ReactNode => (v === null || v === undefined || v === '' ? dash : v);
const list = (v: readonly string[] | null): ReactNode => (v === null ? <span className="muted">未填写</span> : v.length ? v.join('、') : '无');

function basics(e: Enterprise) {
  return [
    { key: 'name', label: '单位名称', children: e.name },
    { key: 'creditCode', label: '统一社会信用代码', children: <code>{e.creditCode}</code> },
    { key: 'legalEntityName', label: '营业执照名称', children: text(e.legalEntityName) },
    { key: 'registeredAddress', label: '注册地址', children: text(e.registeredAddress) },
    { key: 'address', label: '生产经营地址', children: text(e.address) },
    { key: 'divisionCode', label: '行政区划代码', children: text(e.divisionCode) },
    { key: 'town', label: '乡镇（街道）', children: text(e.town) },
    { key: 'located', label: '属地机关', children: e.locatedAgencyName },
    { key: 'supervising', label: '监管机关', children: e.supervisingAgencyName ?? <Tag color="orange">未确定</Tag> },
    { key: 'location', label: '地理位置（经纬度）', children: e.location ? `${e.location.lon}, ${e.location.lat}` : dash },
    { key: 'status', label: '经营状态', children: <EnterpriseStatusTag status={e.status} /> },
    { key: 'legalRepresentative', label: '法定代表人', children: text(e.legalRepresentative) },
    { key: 'principal', label: '主要负责人', children: e.principalName ? `${e.principalName} ${e.principalPhone ?? ''}` : dash },
    { key: 'safetyManager', label: '安全生产管理人员', children: e.safetyManagerName ? `${e.safetyManagerName} ${e.safetyManagerPhone ?? ''}` : dash },
    { key: 'industry', label: '国民经济行业分类', children: text(e.industryName ?? e.industryCode) },
    { key: 'sector', label: '行业领域', children: <>{sectorLabel[e.sector]}{e.sectorConfirmed ? <Tag className="inline-tag">人工确认</Tag> : <span className="muted small">（按行业代码）</span>}</> },
    { key: 'scale', label: '企业规模 / 从业人员', children: `${e.scale ? enterpriseScaleLabel[e.scale] : '—'} / ${e.employeeCount ?? '—'} 人` },
    { key: 'standardization', label: '安全生产标准化等级', children: e.standardizationLevel ? standardizationLevelLabel[e.standardizationLevel] : dash },
    { key: 'riskFlags', label: '风险特征', children: <RiskFlagTags flags={e.riskFlags} max={10} /> },
    { key: 'note', label: '备注', children: text(e.note) },
  ];
}

function specifics(e: Enterprise) {
  return [
    { key: 'mhs', label: '重大危险源', children: e.majorHazardSources === null ? <span className="muted">未辨识</span> : e.majorHazardSources.length ? e.majorHazardSources.map((m) => `${m.name}（${m.level ? majorHazardSourceLevelLabel[m.level] : '未定级'}）`).join('；') : '已辨识，无' },
    { key: 'assessed', label: '主要负责人和安全管理人员考核合格', children: e.principalAssessed === null ? <span className="muted">未填写</span> : e.principalAssessed ? '是' : '否' },
    { key: 'dust', label: '可燃性粉尘种类', children: list(e.combustibleDustTypes) },
    { key: 'ammonia', label: '液氨储存量', children: e.ammoniaInventoryKg === null ? dash : `${e.ammoniaInventoryKg} 千克` },
    { key: 'confined', label: '有限空间数量', children: text(e.confinedSpaceCount) },
    { key: 'casting', label: '深井铸造生产线数量', children: text(e.deepWellCastingLines) },
    { key: 'processes', label: '重点监管危险化工工艺', children: list(e.hazardousProcesses) },
  ];
}

/** One enterprise: all fields, licences, completeness with what is missing, and the change history. */
export function EnterpriseDetailPage() {
  const { id } = useParams<{ id: string }>();
  const enterprise = useEnterprise(id);
  const history = useEnterpriseHistory(id);
  const canManage = useCan(Permission.EnterpriseManage);
  if (enterprise.isPending) return <FullPageSpin />;
  if (enterprise.isError) return <QueryErrorAlert error={enterprise.error} onRetry={() => void enterprise.refetch()} />;
  const e = enterprise.data;
  const c = e.completeness;

  return (
    <PageContainer
      title={e.name}
      description={
        <>
          {e.isPilot ? <Tag color="gold">试点企业</Tag> : null}
          {e.isDemo ? <Tag>演示数据（虚构）</Tag> : null}
          <span>最近更新：{formatDateTime(e.updatedAt)}</span>
        </>
      }
      extra={
        <>
          <Link to="/enterprises">
            <Button icon={<ArrowLeftOutlined />}>返回企业库</Button>
          </Link>
          {canManage ? (
            <Link to={`/enterprises/${e.id}/edit`}>
              <Button type="primary" icon={<EditOutlined />}>
                编辑
              </Button>
            </Link>
          ) : null}
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <div className="stack">
            <Card title="基本信息">
              <Descriptions className="registry-desc" bordered size="small" column={{ xs: 1, sm: 1, md: 1, lg: 1, xl: 1, xxl: 2 }} items={basics(e)} />
            </Card>
            <Card title={`许可证（${e.licences.length}）`}>
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={e.licences}
                locale={{ emptyText: '无许可证' }}
                columns={[
                  { title: '类型', key: 'type', render: (_, l) => licenceTypeLabel[l.type] },
                  { title: '编号', key: 'number', render: (_, l) => text(l.number) },
                  { title: '有效期', key: 'valid', render: (_, l) => (l.validFrom || l.validTo ? `${l.validFrom ?? '?'} 至 ${l.validTo ?? '?'}` : dash) },
                ]}
              />
            </Card>
            <Card title="专项信息（按行业领域和风险特征需要）">
              <Descriptions className="registry-desc registry-desc-wide" bordered size="small" column={{ xs: 1, sm: 1, md: 1, lg: 1, xl: 1, xxl: 2 }} items={specifics(e)} />
            </Card>
          </div>
        </Col>
        <Col xs={24} xl={8}>
          <div className="stack">
            <Card title="基础数据完整度">
              <Row align="middle" gutter={16}>
                <Col>
                  <Progress type="circle" size={96} percent={c.score} status={c.complete ? 'success' : 'normal'} format={() => (c.complete ? '已销账' : `${c.score}%`)} />
                </Col>
                <Col flex="1">
                  {c.complete ? (
                    <Typography.Text>
                      <CheckCircleFilled className="registry-tick" /> 所需字段已全部填写，已“销账”。
                    </Typography.Text>
                  ) : (
                    <Typography.Text>还缺 {c.missing.length} 项，补齐后自动销账。</Typography.Text>
                  )}
                </Col>
              </Row>
              {c.complete ? null : (
                <List
                  className="mt-16"
                  size="small"
                  header={<strong>缺少或需更正的字段</strong>}
                  dataSource={c.missing}
                  renderItem={(m) => (
                    <List.Item>
                      <span>{m.label}</span>
                      <Tag color={m.reason === 'missing' ? 'orange' : 'red'}>{m.reason === 'missing' ? '未填写' : (m.detail ?? '格式不正确')}</Tag>
                    </List.Item>
                  )}
                />
              )}
            </Card>
            <Card title="变更记录">
              {history.isError ? <Alert type="error" showIcon title="变更记录加载失败" /> : <HistoryTimeline rows={history.data ?? []} />}
            </Card>
          </div>
        </Col>
      </Row>
    </PageContainer>
  );
}
