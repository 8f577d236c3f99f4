import type { ReviewInboxItem } from '@zhifa/shared/contract/checklist';
import { Alert, Card, Descriptions, Skeleton, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { useReviewInbox } from '../api';
import '../checklist.css';
import { AppliesToTags } from '../components/AppliesToTags';
import { ProvisionRefList } from '../components/ProvisionRefList';
import { ReviewActions } from '../components/ReviewActions';

/** One item waiting for review: what it checks and, in full, the provisions it rests on. */
function ReviewCard({ item }: { item: ReviewInboxItem }) {
  return (
    <Card
      className="review-card"
      title={
        <span className="review-card-title">
          <Link className="item-code" to={`/check-items/${item.id}`}>{item.code}</Link> <Link to={`/check-items/${item.id}`}>{item.content}</Link>
        </span>
      }
      extra={<ReviewActions item={item} size="small" />}
    >
      <Descriptions
        className="nowrap-labels"
        column={1}
        bordered
        size="small"
        items={[
          { key: 'basis', label: '检查依据', children: <ProvisionRefList refs={item.basisProvisions} fullText empty="未引用法律依据" /> },
          ...(item.onSiteProvision ? [{ key: 'onsite', label: '现场处理依据', children: <ProvisionRefList refs={[item.onSiteProvision]} fullText /> }] : []),
          ...(item.majorHazard || item.majorHazardBasis.length ? [{ key: 'mh', label: '重大隐患判定依据', children: <ProvisionRefList refs={item.majorHazardBasis} fullText empty="未引用判定依据" /> }] : []),
          {
            key: 'scope',
            label: '适用范围',
            children: (
              <>
                <AppliesToTags appliesTo={item.appliesTo} />
                {item.majorHazard ? <Tag color="red">重大隐患</Tag> : null}
              </>
            ),
          },
          { key: 'where', label: '所属', children: `${item.checklistName} · ${item.unitName}${item.version > 1 ? ` · 第${item.version}版` : ''}` },
          { key: 'submitted', label: '提交', children: `${item.ownerAgencyName ?? ''} · ${item.submittedBy ?? '—'} · ${formatDateTime(item.submittedAt ?? item.updatedAt)}` },
        ]}
      />
    </Card>
  );
}

/** 法制审核: the locally added check items waiting for the legal reviewer (应急厅函〔2020〕250号 问题10), with their legal basis. */
export function LegalReviewPage() {
  const inbox = useReviewInbox();
  const items = inbox.data ?? [];
  return (
    <PageContainer title="法制审核" description="审核本机关及下级机关新增或修改的检查事项：核对下列法律依据是否为现行有效的强制性条款、与检查内容是否对应，通过后发布，不通过的写明理由退回。">
      <div className="stack">
        <Alert type={items.length ? 'info' : 'success'} showIcon title={inbox.isPending ? '正在加载待审核事项…' : items.length ? `待审核 ${items.length} 项` : '没有待审核的检查事项'} />
        {inbox.isError ? <QueryErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} /> : null}
        {inbox.isPending ? <Skeleton active /> : null}
        {items.map((i) => (
          <ReviewCard key={i.id} item={i} />
        ))}
      </div>
    </PageContainer>
  );
}
