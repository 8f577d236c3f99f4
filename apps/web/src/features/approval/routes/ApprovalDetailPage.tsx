import { EditOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, Descriptions, Result, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { useApproval, useMatter } from '../api';
import { ApprovalActionBar } from '../components/ApprovalActionBar';
import { ApprovalHistoryTimeline } from '../components/ApprovalHistoryTimeline';
import { ApprovalObjectCard } from '../components/ApprovalObjectCard';
import { ApprovalPdfCard } from '../components/ApprovalPdfCard';
import { ApprovalStatusTag } from '../components/ApprovalStatusTag';
import { ApprovalStepsCard } from '../components/ApprovalStepsCard';
import { MatterFormDrawer } from '../components/MatterFormDrawer';
import { stepNumber } from '../labels';
import '../approval.css';

/** One approval: the object, the chain and where it stands, the record, and the actions I may take. */
export function ApprovalDetailPage() {
  const { id } = useParams();
  const q = useApproval(id);
  const d = q.data;
  // A generic matter returned to its submitter is completed (补正) here before resubmitting.
  const completing = d && d.objectType === 'generic:matter' && d.my.canResubmit ? d.objectId : null;
  const matter = useMatter(completing);
  const [editing, setEditing] = useState(false);

  if (q.isError) {
    if (q.error instanceof ApiError && q.error.status === 404) {
      return <Result status="404" title="审批不存在" subTitle="该审批不存在，或您不是它的提交人或审批人。" extra={<Link to="/approvals">返回审批中心</Link>} />;
    }
    return <QueryErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  }
  if (!d) return <Skeleton active />;

  const where = d.status === 'pending' && d.currentStep !== null ? `${stepNumber(d.currentStep)} ${d.currentStepName ?? ''}` : null;
  return (
    <PageContainer
      title={d.title}
      description={<Breadcrumb items={[{ title: <Link to="/approvals">审批中心</Link> }, { title: d.objectTypeLabel }]} />}
      extra={
        <ApprovalActionBar
          detail={d}
          extra={
            completing ? (
              <Button icon={<EditOutlined />} disabled={!matter.data} onClick={() => setEditing(true)}>
                补正事项
              </Button>
            ) : null
          }
        />
      }
    >
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2, xl: 4 }}
              items={[
                { key: 'status', label: '状态', children: <span><ApprovalStatusTag status={d.status} />{where ? <span className="muted">{where}</span> : null}</span> },
                { key: 'submitter', label: '提交人', children: `${d.submitterName}（${d.agencyName}）` },
                { key: 'submitted', label: '提交时间', children: formatDateTime(d.submittedAt) },
                { key: 'finished', label: '办结时间', children: formatDateTime(d.finishedAt) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <div className="stack">
            <ApprovalObjectCard label={d.objectTypeLabel} view={d.object} />
            {d.object?.pdfUrl ? <ApprovalPdfCard url={d.object.pdfUrl} /> : null}
            <ApprovalHistoryTimeline history={d.history} />
          </div>
        </Col>
        <Col xs={24} xl={10}>
          <ApprovalStepsCard detail={d} />
        </Col>
      </Row>
      <MatterFormDrawer
        target={editing && matter.data ? { mode: 'edit', matter: matter.data } : null}
        returnReason={d.history.findLast((h) => h.action === 'return' && h.toStep === null)?.opinion ?? null}
        onClose={() => {
          setEditing(false);
          void q.refetch();
        }}
      />
    </PageContainer>
  );
}
