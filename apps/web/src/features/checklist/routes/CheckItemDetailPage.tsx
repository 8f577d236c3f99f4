import { EditOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { checkMethodLabel, onSiteMeasureLabel, sourceLevelLabel } from '@zhifa/shared/contract/checklist';
import { Alert, App, Breadcrumb, Button, Card, Descriptions, Skeleton, Space, Table, Tag, Timeline } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { showError } from '../../../lib/show-error';
import { useCheckItem, useRetireItem, useSubmitItem } from '../api';
import '../checklist.css';
import { AppliesToTags } from '../components/AppliesToTags';
import { ItemStatusTag } from '../components/ItemStatusTag';
import { ProvisionRefList } from '../components/ProvisionRefList';
import { ReviewActions } from '../components/ReviewActions';

/** 检查事项: everything an officer needs on site, its legal basis (linked to the provisions), versions and review. */
export function CheckItemDetailPage() {
  const { id } = useParams();
  const q = useCheckItem(id);
  const submit = useSubmitItem();
  const retire = useRetireItem();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  if (q.isError) return <QueryErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <Skeleton active />;
  const it = q.data;
  const current = it.versions.find((v) => v.status === 'published');

  const onSubmit = () =>
    submit.mutate(it.id, {
      onSuccess: () => message.success('已提交法制审核'),
      onError: (err) => {
        if (err instanceof ApiError && err.status === 400) modal.error({ title: '不能提交法制审核', content: err.detail });
        else showError(message, err);
      },
    });
  const onRetire = () =>
    modal.confirm({
      title: `停用 ${it.code}？`,
      content: '停用后该事项不再用于新的执法检查，历史记录保留。',
      okText: '停用',
      okButtonProps: { danger: true },
      onOk: () => retire.mutateAsync(it.id).then(() => message.success('已停用'), (err) => showError(message, err)),
    });

  return (
    <PageContainer
      title={`${it.code} 检查事项`}
      description={
        <Breadcrumb
          items={[
            { title: <Link to="/check-items">检查事项库</Link> },
            { title: <Link to={`/check-items?checklistId=${it.checklistId}`}>{it.checklistName}</Link> },
            { title: <Link to={`/check-items?checklistId=${it.checklistId}&unitId=${it.unitId}`}>{it.unitName}</Link> },
          ]}
        />
      }
      extra={
        <Space wrap>
          {it.can.edit ? (
            <Button icon={<EditOutlined />} onClick={() => void navigate(`/check-items/${it.id}/edit`)}>
              {it.status === 'published' ? '修改（生成新版本）' : '修改'}
            </Button>
          ) : null}
          {it.can.submit ? (
            <Button type="primary" icon={<SendOutlined />} loading={submit.isPending} onClick={onSubmit}>
              提交法制审核
            </Button>
          ) : null}
          {it.can.review ? <ReviewActions item={it} /> : null}
          {it.can.retire ? (
            <Button danger icon={<StopOutlined />} onClick={onRetire}>
              停用
            </Button>
          ) : null}
        </Space>
      }
    >
      <div className="stack">
        {it.status === 'retired' && current ? (
          <Alert type="warning" showIcon title={`此为已停用的第 ${it.version} 版。`} action={<Link to={`/check-items/${current.id}`}>查看现行第 {current.version} 版</Link>} />
        ) : null}
        {it.status === 'draft' && it.review.comment ? <Alert type="error" showIcon title="法制审核退回" description={`${it.review.reviewedBy ?? ''}：${it.review.comment}`} /> : null}
        {it.status === 'legalReview' ? <Alert type="info" showIcon title={`已于 ${formatDateTime(it.review.submittedAt)} 由 ${it.review.submittedBy ?? '—'} 提交法制审核，等待法制审核员审核`} description={it.can.review ? '请核对下方“法律依据”中引用的条款原文是否为现行有效的强制性条款、与检查内容是否对应，再决定通过或退回。' : undefined} /> : null}
        <Card title="检查内容">
          <Descriptions
            className="nowrap-labels"
            column={1}
            bordered
            size="middle"
            items={[
              { key: 'content', label: '检查内容', children: it.content },
              { key: 'methods', label: '检查方式', children: it.methods.map((m) => <Tag key={m}>{checkMethodLabel[m]}</Tag>) },
              { key: 'ok', label: '符合情形', children: <span className="wording">{it.compliantWording}</span> },
              { key: 'nok', label: '不符合情形', children: <span className="wording">{it.nonCompliantWording}</span> },
              { key: 'applies', label: '适用范围', children: <AppliesToTags appliesTo={it.appliesTo} /> },
              { key: 'major', label: '重大事故隐患', children: it.majorHazard ? <Tag color="red">是</Tag> : '否' },
              { key: 'review', label: '需复查', children: it.needsReview ? '是' : '否' },
            ]}
          />
        </Card>
        <Card title="法律依据">
          <Descriptions
            className="nowrap-labels"
            column={1}
            bordered
            size="middle"
            items={[
              { key: 'basis', label: '检查依据', children: <ProvisionRefList refs={it.basisProvisions} fullText={it.can.review} empty="未引用法律依据（本地事项须引用条款方可提交审核）" /> },
              {
                key: 'violation',
                label: '对应违法行为',
                children: it.violation ? <Link to={`/violations/${it.violation.id}`}>{`${it.violation.code} ${it.violation.name}`}</Link> : '—',
              },
              ...(it.relatedViolations.length
                ? [{ key: 'related', label: '其他可选违法行为', children: <ul className="basis-list">{it.relatedViolations.map((v) => <li key={v.id}><Link to={`/violations/${v.id}`}>{`${v.code} ${v.name}`}</Link></li>)}</ul> }]
                : []),
              { key: 'onsite', label: '现场处理', children: <>{onSiteMeasureLabel[it.onSite.measure]}{it.onSite.defaultDays ? `（期限 ${it.onSite.defaultDays} 日）` : ''}</> },
              { key: 'onsiteBasis', label: '现场处理依据', children: <ProvisionRefList refs={it.onSite.provision ? [it.onSite.provision] : []} showText={it.can.review} fullText={it.can.review} /> },
              ...(it.majorHazard || it.majorHazardBasis.length ? [{ key: 'mh', label: '重大隐患判定依据', children: <ProvisionRefList refs={it.majorHazardBasis} fullText={it.can.review} /> }] : []),
            ]}
          />
        </Card>
        <Card title="来源与版本">
          <Descriptions
            className="nowrap-labels"
            column={{ xs: 1, md: 2 }}
            bordered
            size="small"
            items={[
              { key: 'status', label: '状态', children: <><ItemStatusTag status={it.status} /> 第 {it.version} 版</> },
              { key: 'source', label: '来源层级', children: `${sourceLevelLabel[it.sourceLevel]}${it.ownerAgencyName ? ` · ${it.ownerAgencyName}` : ' · 应急管理部'}` },
              { key: 'campaigns', label: '所属专项', children: it.campaigns.length ? it.campaigns.map((c) => <Tag key={c.id} color="purple">{c.shortName}</Tag>) : '—' },
              { key: 'created', label: '创建', children: `${it.createdBy ?? '—'} · ${formatDateTime(it.createdAt)}` },
              { key: 'published', label: '发布时间', children: formatDateTime(it.publishedAt) },
              { key: 'reviewer', label: '法制审核', children: it.review.reviewedAt ? `${it.review.reviewedBy ?? ''} · ${formatDateTime(it.review.reviewedAt)}${it.review.comment ? `（${it.review.comment}）` : ''}` : '—' },
              ...(it.note ? [{ key: 'note', label: '说明', children: it.note, span: 2 }] : []),
            ]}
          />
          {it.versions.length > 1 ? (
            <Table
              className="mt-16"
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={it.versions}
              columns={[
                { title: '版本', dataIndex: 'version', width: 80, render: (v: number, r) => (r.id === it.id ? `第${v}版（本页）` : <Link to={`/check-items/${r.id}`}>第{v}版</Link>) },
                { title: '状态', dataIndex: 'status', width: 100, render: (s: typeof it.status) => <ItemStatusTag status={s} /> },
                { title: '发布', dataIndex: 'publishedAt', render: (t: string | null) => formatDateTime(t) },
                { title: '停用', dataIndex: 'retiredAt', render: (t: string | null) => formatDateTime(t) },
              ]}
            />
          ) : null}
          {it.review.submittedAt ? (
            <Timeline
              className="mt-16"
              items={[
                { content: `${formatDateTime(it.review.submittedAt)} ${it.review.submittedBy ?? ''} 提交法制审核` },
                ...(it.review.reviewedAt ? [{ color: it.status === 'draft' ? 'red' : 'green', content: `${formatDateTime(it.review.reviewedAt)} ${it.review.reviewedBy ?? ''} ${it.status === 'draft' ? '退回' : '审核通过'}` }] : []),
              ]}
            />
          ) : null}
        </Card>
      </div>
    </PageContainer>
  );
}
