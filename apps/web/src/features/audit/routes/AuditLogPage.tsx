import { DownloadOutlined } from '@ant-design/icons';
import { auditResults, Permission } from '@zhifa/shared';
import { Button, Card } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useCan } from '../../auth/session';
import { auditExportUrl, useAuditLog, type AuditFilter } from '../api';
import { AuditFilters } from '../components/AuditFilters';
import { AuditTable } from '../components/AuditTable';
import { VerifyChainButton } from '../components/VerifyChainButton';

const FILTER_KEYS = ['from', 'to', 'actor', 'action', 'result', 'objectType'] as const;

/** Filters and paging live in the address, so a search can be bookmarked or sent to a colleague. */
function useAuditFilter() {
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) (filter as Record<string, string>)[k] = v;
  }
  if (filter.result && !(auditResults as readonly string[]).includes(filter.result)) delete filter.result;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(params.get('pageSize')) || 20));
  const set = (f: AuditFilter, p = 1, ps = pageSize) => {
    const next = new URLSearchParams();
    for (const k of FILTER_KEYS) if (f[k]) next.set(k, f[k]);
    if (p !== 1) next.set('page', String(p));
    if (ps !== 20) next.set('pageSize', String(ps));
    setParams(next, { replace: true });
  };
  return { filter, page, pageSize, set };
}

/** 审计日志 (安全审计员): search, inspect, export and verify the hash-chained log. */
export function AuditLogPage() {
  const { filter, page, pageSize, set } = useAuditFilter();
  const log = useAuditLog({ ...filter, page, pageSize });
  const canExport = useCan(Permission.AuditExport);

  return (
    <PageContainer
      title="审计日志"
      description="记录登录、越权访问和全部管理操作。每条记录与前一条以哈希相连，任何篡改或删除都可被校验发现。时间为北京时间。"
      extra={
        canExport ? (
          <>
            <Button icon={<DownloadOutlined />} href={auditExportUrl(filter, 'csv')}>
              导出 CSV
            </Button>
            <Button icon={<DownloadOutlined />} href={auditExportUrl(filter, 'json')}>
              导出 JSON
            </Button>
            <VerifyChainButton onDone={() => void log.refetch()} />
          </>
        ) : null
      }
    >
      <Card>
        <AuditFilters value={filter} onChange={(f) => set(f)} />
        {log.isError ? <QueryErrorAlert error={log.error} onRetry={() => void log.refetch()} /> : null}
        <AuditTable data={log.data} loading={log.isFetching} onPageChange={(p, ps) => set(filter, ps === pageSize ? p : 1, ps)} />
      </Card>
    </PageContainer>
  );
}

