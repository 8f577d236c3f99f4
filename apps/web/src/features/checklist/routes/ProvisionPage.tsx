import { provisionUseRoleLabel } from '@zhifa/shared/contract/law';
import { checkItemStatusLabel, type CheckItemStatus } from '@zhifa/shared/contract/checklist';
import { Alert, Breadcrumb, Card, Descriptions, Skeleton, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useProvision } from '../api';
import '../checklist.css';

/** 条款: its citation and text, where it sits in its law, and what cites it. */
export function ProvisionPage() {
  const { id } = useParams();
  const p = useProvision(id);
  if (p.isError) return <QueryErrorAlert error={p.error} onRetry={() => void p.refetch()} />;
  if (!p.data) return <Skeleton active />;
  const d = p.data;
  return (
    <PageContainer
      title={d.citation}
      description={
        <Breadcrumb
          items={[
            { title: <Link to="/laws">法律法规库</Link> },
            { title: <Link to={`/laws?law=${d.law.id}&version=${d.version.id}`}>{`${d.law.shortTitle}（${d.version.tag}）`}</Link> },
            ...d.ancestors.map((a) => ({ title: <Link to={`/laws/provisions/${a.id}`}>{a.citation.replace(/^《[^》]+》/, '')}</Link> })),
          ]}
        />
      }
    >
      <div className="stack">
        {!d.version.inForce ? <Alert type="warning" showIcon title={`该条款所属版本的施行期间为 ${d.version.effectiveFrom} 至 ${d.version.effectiveTo ?? '今'}，当前不是现行有效版本`} /> : null}
        <Card title="条文">
          {d.heading ? <Typography.Text type="secondary">{d.heading}</Typography.Text> : null}
          <p className="provision-text" data-testid="provision-text">
            {d.text}
          </p>
          {d.textIsParaphrase ? <Tag>要点转述，非原文</Tag> : null}
          {!d.version.verified ? <Tag color="warning">文本未与官方文本核对</Tag> : null}
          {d.note ? <Typography.Paragraph type="secondary" className="mt-8">说明：{d.note}</Typography.Paragraph> : null}
          {d.children.length ? (
            <ul className="basis-list mt-16">
              {d.children.map((c) => (
                <li key={c.id}>
                  <Link to={`/laws/provisions/${c.id}`}>{c.citation.replace(/^《[^》]+》/, '')}</Link> {c.text}
                </li>
              ))}
            </ul>
          ) : null}
        </Card>
        <Card title="出处">
          <Descriptions
            className="nowrap-labels"
            size="small"
            bordered
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'citation', label: '引用名称', children: <Typography.Text copyable>{d.citation}</Typography.Text>, span: 2 },
              { key: 'law', label: '法律法规', children: d.law.title },
              { key: 'version', label: '版本', children: `${d.version.tag}${d.version.documentNumber ? `（${d.version.documentNumber}）` : ''}` },
              { key: 'period', label: '施行期间', children: `${d.version.effectiveFrom} 至 ${d.version.effectiveTo ?? '今'}` },
              { key: 'source', label: '官方来源', children: d.version.source },
            ]}
          />
        </Card>
        <Card title={`引用该条款的违法行为（${d.usedBy.violations.length}）`}>
          <Table
            rowKey={(r) => `${r.id}:${r.role}`}
            size="small"
            pagination={false}
            dataSource={d.usedBy.violations}
            locale={{ emptyText: '没有违法行为引用该条款' }}
            columns={[
              { title: '编号', dataIndex: 'code', width: 120, render: (c: string, r) => <Link to={`/violations/${r.id}`}>{c}</Link> },
              { title: '违法行为', dataIndex: 'name' },
              { title: '作为', dataIndex: 'role', width: 120, render: (r: keyof typeof provisionUseRoleLabel) => <Tag>{provisionUseRoleLabel[r]}</Tag> },
            ]}
          />
        </Card>
        <Card title={`引用该条款的检查事项（${d.usedBy.checkItems.length}）`}>
          <Table
            rowKey={(r) => `${r.id}:${r.role}`}
            size="small"
            pagination={false}
            dataSource={d.usedBy.checkItems}
            locale={{ emptyText: '没有检查事项引用该条款' }}
            columns={[
              { title: '编号', dataIndex: 'code', width: 110, render: (c: string, r) => <Link to={`/check-items/${r.id}`}>{c}</Link> },
              { title: '检查内容', dataIndex: 'content' },
              { title: '检查表', dataIndex: 'checklistName', width: 260, ellipsis: true },
              { title: '作为', dataIndex: 'role', width: 150, render: (r: keyof typeof provisionUseRoleLabel) => <Tag>{provisionUseRoleLabel[r]}</Tag> },
              { title: '状态', dataIndex: 'status', width: 90, render: (s: CheckItemStatus) => checkItemStatusLabel[s] ?? s },
            ]}
          />
        </Card>
      </div>
    </PageContainer>
  );
}
