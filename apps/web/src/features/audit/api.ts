import type { AuditRecord, AuditVerifyResult, Page } from '@zhifa/shared';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, apiUrl } from '../../lib/api-client';

export interface AuditFilter {
  from?: string | undefined;
  to?: string | undefined;
  actor?: string | undefined;
  action?: string | undefined;
  result?: AuditRecord['result'] | undefined;
  objectType?: string | undefined;
}

export function useAuditLog(filter: AuditFilter & { page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['audit', 'list', filter],
    queryFn: ({ signal }) => api.get<Page<AuditRecord>>('/api/audit', { ...filter }, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** A plain link the browser downloads (the server sends Content-Disposition: attachment). */
export const auditExportUrl = (filter: AuditFilter, format: 'csv' | 'json'): string => apiUrl('/api/audit/export', { ...filter, format });

export function useVerifyAuditChain() {
  return useMutation({ mutationFn: () => api.post<AuditVerifyResult>('/api/audit/verify') });
}
