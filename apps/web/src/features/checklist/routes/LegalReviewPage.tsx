import { Alert, Card } from 'antd';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { useReviewInbox } from '../api';
import '../checklist.css';
import { CheckItemTable } from '../components/CheckItemTable';
import { ReviewActions } from '../components/ReviewActions';

/** 法制审核: the locally added check items waiting for the legal reviewer (应急厅函〔2020〕250号 问题10). */
export function LegalReviewPage() {
  const inbox = useReviewInbox();
  const items = inbox.data ?? [];
  return (
    <PageContainer title="法制审核" description="审核本机关及下级机关新增或修改的检查事项：核对法律依据是否为现行有效的强制性条款，通过后发布，不通过的写明理由退回。">
      <Card title={`待审核（${items.length}）`}>
        {inbox.isError ? <QueryErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} /> : null}
        {!inbox.isPending && !items.length ? <Alert type="success" showIcon title="没有待审核的检查事项" /> : null}
        {items.length ? (
          <CheckItemTable
            items={items}
            loading={inbox.isFetching}
            showChecklist
            actions={(i) => (
              <div>
                <ReviewActions item={i} size="small" />
                <div className="search-hit-sub mt-8">{`${i.ownerAgencyName ?? ''} · ${formatDateTime(i.updatedAt)}`}</div>
              </div>
            )}
          />
        ) : null}
      </Card>
    </PageContainer>
  );
}
