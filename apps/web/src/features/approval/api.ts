import type { Page } from '@zhifa/shared';
import type {
  ApprovalBox,
  ApprovalChain,
  ApprovalChainCreate,
  ApprovalChainUpdate,
  ApprovalCounts,
  ApprovalDelegateCandidate,
  ApprovalDetail,
  ApprovalListItem,
  ApprovalMatter,
  ApprovalObjectTypeInfo,
  ApprovalStatus,
  Notification,
} from '@zhifa/shared/contract/approval';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

export interface ApprovalFilter {
  box: ApprovalBox;
  page: number;
  pageSize: number;
  objectType?: string | undefined;
  status?: ApprovalStatus | undefined;
  q?: string | undefined;
}

const keys = {
  all: ['approvals'] as const,
  list: (f: ApprovalFilter) => ['approvals', 'list', f] as const,
  counts: ['approvals', 'counts'] as const,
  one: (id: string) => ['approvals', 'one', id] as const,
  chains: ['approval-chains'] as const,
  notifications: ['notifications'] as const,
};

/**
 * No polling: a request every minute would keep an unattended session alive past its idle timeout
 * (等保). Lists and badges refresh when a page opens, when the window regains focus, and after
 * every action.
 */
const FRESH = { refetchOnWindowFocus: true } as const;

export function useApprovals(filter: ApprovalFilter) {
  return useQuery({
    queryKey: keys.list(filter),
    queryFn: ({ signal }) => api.get<Page<ApprovalListItem>>('/api/approvals', { ...filter }, signal),
    placeholderData: keepPreviousData,
    ...FRESH,
  });
}

export function useApprovalCounts() {
  return useQuery({ queryKey: keys.counts, queryFn: ({ signal }) => api.get<ApprovalCounts>('/api/approvals/counts', undefined, signal), ...FRESH });
}

export function useApproval(id: string | undefined) {
  return useQuery({ queryKey: keys.one(id ?? ''), queryFn: ({ signal }) => api.get<ApprovalDetail>(`/api/approvals/${id}`, undefined, signal), enabled: Boolean(id), retry: false });
}

export function useDelegateCandidates(id: string, enabled: boolean) {
  return useQuery({ queryKey: [...keys.one(id), 'delegates'], queryFn: ({ signal }) => api.get<ApprovalDelegateCandidate[]>(`/api/approvals/${id}/delegates`, undefined, signal), enabled });
}

export type ApprovalAction =
  | { kind: 'approve'; opinion: string }
  | { kind: 'return'; toStep: number | null; reason: string }
  | { kind: 'reject'; reason: string }
  | { kind: 'delegate'; toUserId: string; reason: string }
  | { kind: 'withdraw'; reason?: string }
  | { kind: 'resubmit'; note?: string };

/** Any action on an approval; afterwards every inbox, count and notification may have changed. */
export function useApprovalAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, ...body }: ApprovalAction) => api.post<ApprovalDetail>(`/api/approvals/${id}/${kind}`, body),
    onSuccess: (detail) => {
      qc.setQueryData(keys.one(id), detail);
      void qc.invalidateQueries({ queryKey: keys.all });
      void qc.invalidateQueries({ queryKey: keys.notifications });
      void qc.invalidateQueries({ queryKey: ['workbench'] });
    },
  });
}

export function useObjectTypes() {
  return useQuery({ queryKey: ['approval-object-types'], queryFn: ({ signal }) => api.get<ApprovalObjectTypeInfo[]>('/api/approval-object-types', undefined, signal), staleTime: 10 * 60_000 });
}

export function useChains(filter: { agencyId?: string | undefined; objectType?: string | undefined }, enabled = true) {
  return useQuery({ queryKey: [...keys.chains, filter], queryFn: ({ signal }) => api.get<ApprovalChain[]>('/api/approval-chains', { ...filter }, signal), enabled });
}

export function useSaveChain() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; body: ApprovalChainUpdate } | { id: null; body: ApprovalChainCreate }) =>
      input.id ? api.put<ApprovalChain>(`/api/approval-chains/${input.id}`, input.body) : api.post<ApprovalChain>('/api/approval-chains', input.body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.chains }),
  });
}

export function useMatter(id: string | null) {
  return useQuery({ queryKey: ['approval-matters', id], queryFn: ({ signal }) => api.get<ApprovalMatter>(`/api/approval-matters/${id}`, undefined, signal), enabled: Boolean(id) });
}

export function useCreateMatter() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { title: string; content: string; submit: boolean }) => api.post<ApprovalMatter>('/api/approval-matters', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useUpdateMatter() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: { id: string; title: string; content: string }) => api.patch<ApprovalMatter>(`/api/approval-matters/${id}`, patch),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['approval-matters'] });
      void qc.invalidateQueries({ queryKey: keys.all });
    },
  });
}

export function useNotifications(filter: { page: number; pageSize: number; unread?: 'true' | undefined }) {
  return useQuery({
    queryKey: [...keys.notifications, 'list', filter],
    queryFn: ({ signal }) => api.get<Page<Notification>>('/api/notifications', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUnreadCount() {
  return useQuery({ queryKey: [...keys.notifications, 'count'], queryFn: ({ signal }) => api.get<{ unread: number }>('/api/notifications/unread-count', undefined, signal), ...FRESH });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') => (id === 'all' ? api.post('/api/notifications/read-all', {}) : api.post(`/api/notifications/${id}/read`, {})),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.notifications }),
  });
}
