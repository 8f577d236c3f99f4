import type { Page } from '@zhifa/shared';
import type { ApplicableItems, Campaign, CampaignDetail, CheckItem, CheckItemCreate, CheckItemListQuery, CheckItemSummary, CheckItemUpdate, Checklist, ReviewInboxItem } from '@zhifa/shared/contract/checklist';
import type { ApplicableRange, Law, LawDetail, LawCreateInput, LawKind, LawVersionCreateInput, LawVersionSummary, Provision, ProvisionCreateInput, ProvisionDetail, ProvisionTreeNode, ViolationDetail, ViolationSummary } from '@zhifa/shared/contract/law';
import type { SearchEntityType, SearchResult } from '@zhifa/shared/contract/search';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

/** Query keys of the legal library; every mutation below invalidates what it changes. */
export const keys = {
  laws: (q?: string, kind?: string) => ['laws', q ?? '', kind ?? ''] as const,
  law: (id: string) => ['law', id] as const,
  tree: (versionId: string) => ['provision-tree', versionId] as const,
  provision: (id: string) => ['provision', id] as const,
  violations: (q: string, page: number, pageSize: number) => ['violations', q, page, pageSize] as const,
  violation: (id: string) => ['violation', id] as const,
  discretion: (id: string, date: string) => ['discretion', id, date] as const,
  checklists: ['checklists'] as const,
  items: (f: CheckItemListQuery) => ['check-items', f] as const,
  item: (id: string) => ['check-item', id] as const,
  applicable: (enterpriseId: string, sector: string, flags: string, date: string) => ['applicable', enterpriseId, sector, flags, date] as const,
  enterprisePick: (q: string) => ['enterprise-pick', q] as const,
  inbox: ['review-inbox'] as const,
  campaigns: ['campaigns'] as const,
  campaign: (id: string) => ['campaign', id] as const,
  search: (q: string, types: string, limit: number) => ['search', q, types, limit] as const,
};

// ---------------------------------------------------------------------------------------------
// 法律法规库
// ---------------------------------------------------------------------------------------------

export const useLaws = (q?: string, kind?: LawKind) =>
  useQuery({ queryKey: keys.laws(q, kind), queryFn: ({ signal }) => api.get<Law[]>('/api/laws', { q, kind }, signal), placeholderData: keepPreviousData });

export const useLaw = (id: string | null | undefined) =>
  useQuery({ queryKey: keys.law(id ?? ''), queryFn: ({ signal }) => api.get<LawDetail>(`/api/laws/${id}`, undefined, signal), enabled: Boolean(id) });

export interface ProvisionTreeResult {
  version: LawVersionSummary;
  law: { id: string; title: string; shortTitle: string };
  articles: ProvisionTreeNode[];
}

export const useProvisionTree = (versionId: string | null | undefined) =>
  useQuery({ queryKey: keys.tree(versionId ?? ''), queryFn: ({ signal }) => api.get<ProvisionTreeResult>(`/api/law-versions/${versionId}/provisions`, undefined, signal), enabled: Boolean(versionId), staleTime: 60_000 });

export const useProvision = (id: string | undefined) =>
  useQuery({ queryKey: keys.provision(id ?? ''), queryFn: ({ signal }) => api.get<ProvisionDetail>(`/api/provisions/${id}`, undefined, signal), enabled: Boolean(id) });


export function useCreateLaw() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (input: LawCreateInput) => api.post<Law>('/api/laws', input), onSuccess: () => qc.invalidateQueries({ queryKey: ['laws'] }) });
}

export function useCreateVersion(lawId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: LawVersionCreateInput) => api.post<LawVersionSummary>(`/api/laws/${lawId}/versions`, input),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: ['laws'] }), qc.invalidateQueries({ queryKey: keys.law(lawId) })]),
  });
}

export function useCreateProvision(versionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ProvisionCreateInput) => api.post<Provision>(`/api/law-versions/${versionId}/provisions`, input),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: keys.tree(versionId) }), qc.invalidateQueries({ queryKey: ['law'] })]),
  });
}

// ---------------------------------------------------------------------------------------------
// 违法行为与裁量
// ---------------------------------------------------------------------------------------------

export const useViolations = (q: string, page: number, pageSize: number) =>
  useQuery({ queryKey: keys.violations(q, page, pageSize), queryFn: ({ signal }) => api.get<Page<ViolationSummary>>('/api/violations', { q, page, pageSize }, signal), placeholderData: keepPreviousData });

export const useViolation = (id: string | undefined) =>
  useQuery({ queryKey: keys.violation(id ?? ''), queryFn: ({ signal }) => api.get<ViolationDetail>(`/api/violations/${id}`, undefined, signal), enabled: Boolean(id) });

/** The discretion that applies to an act on `date` decided on `decisionDate` (从旧兼从轻, 行政处罚法第三十七条). */
export const useDiscretion = (id: string | undefined, date: string, decisionDate: string) =>
  useQuery({
    queryKey: [...keys.discretion(id ?? '', date), decisionDate],
    queryFn: ({ signal }) => api.get<ApplicableRange>(`/api/violations/${id}/discretion`, { date, decisionDate }, signal),
    enabled: Boolean(id),
    placeholderData: keepPreviousData,
  });

// ---------------------------------------------------------------------------------------------
// 检查事项库
// ---------------------------------------------------------------------------------------------

export const useChecklists = () => useQuery({ queryKey: keys.checklists, queryFn: ({ signal }) => api.get<Checklist[]>('/api/checklists', undefined, signal), staleTime: 30_000 });

export const useCheckItems = (f: CheckItemListQuery) =>
  useQuery({
    queryKey: keys.items(f),
    queryFn: ({ signal }) => api.get<Page<CheckItemSummary>>('/api/check-items', f as Record<string, string | number | undefined>, signal),
    placeholderData: keepPreviousData,
  });

export const useCheckItem = (id: string | undefined) =>
  useQuery({ queryKey: keys.item(id ?? ''), queryFn: ({ signal }) => api.get<CheckItem>(`/api/check-items/${id}`, undefined, signal), enabled: Boolean(id) });

export const useApplicable = (p: { enterpriseId?: string | undefined; sector?: string | undefined; riskFlags: readonly string[]; date: string }) =>
  useQuery({
    queryKey: keys.applicable(p.enterpriseId ?? '', p.sector ?? '', p.riskFlags.join(','), p.date),
    queryFn: ({ signal }) =>
      api.get<ApplicableItems>('/api/check-items/applicable', p.enterpriseId ? { enterpriseId: p.enterpriseId, date: p.date } : { sector: p.sector, riskFlags: p.riskFlags.join(','), date: p.date }, signal),
    enabled: Boolean(p.enterpriseId || p.sector),
  });

/** Enterprises of the registry for a picker (needs enterprise.read). */
export const useEnterprisePick = (q: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.enterprisePick(q),
    queryFn: ({ signal }) => api.get<Page<{ id: string; name: string; creditCode: string; sector: string }>>('/api/enterprises', { q, pageSize: 20 }, signal),
    enabled,
    placeholderData: keepPreviousData,
  });

export const useReviewInbox = () => useQuery({ queryKey: keys.inbox, queryFn: ({ signal }) => api.get<ReviewInboxItem[]>('/api/check-items/review-inbox', undefined, signal) });

function useItemMutation<V>(fn: (v: V) => Promise<CheckItem>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (item) => {
      qc.setQueryData(keys.item(item.id), item);
      return Promise.all([
        qc.invalidateQueries({ queryKey: ['check-items'] }),
        qc.invalidateQueries({ queryKey: ['check-item'] }),
        qc.invalidateQueries({ queryKey: keys.inbox }),
        qc.invalidateQueries({ queryKey: keys.checklists }),
        qc.invalidateQueries({ queryKey: ['search'] }),
      ]);
    },
  });
}

export const useCreateItem = () => useItemMutation((input: CheckItemCreate) => api.post<CheckItem>('/api/check-items', input));
export const useUpdateItem = (id: string) => useItemMutation((patch: CheckItemUpdate) => api.patch<CheckItem>(`/api/check-items/${id}`, patch));
export const useSubmitItem = () => useItemMutation((id: string) => api.post<CheckItem>(`/api/check-items/${id}/submit`));
export const useApproveItem = () => useItemMutation(({ id, comment }: { id: string; comment: string | null }) => api.post<CheckItem>(`/api/check-items/${id}/approve`, { comment }));
export const useReturnItem = () => useItemMutation(({ id, reason }: { id: string; reason: string }) => api.post<CheckItem>(`/api/check-items/${id}/return`, { reason }));
export const useRetireItem = () => useItemMutation((id: string) => api.post<CheckItem>(`/api/check-items/${id}/retire`));

// ---------------------------------------------------------------------------------------------
// 专项执法 · 搜索
// ---------------------------------------------------------------------------------------------

export const useCampaigns = () => useQuery({ queryKey: keys.campaigns, queryFn: ({ signal }) => api.get<Campaign[]>('/api/campaigns', undefined, signal), staleTime: 30_000 });

export const useCampaign = (id: string | null) =>
  useQuery({ queryKey: keys.campaign(id ?? ''), queryFn: ({ signal }) => api.get<CampaignDetail>(`/api/campaigns/${id}`, undefined, signal), enabled: Boolean(id) });

export const useSearch = (q: string, types: readonly SearchEntityType[] = [], limit = 10) =>
  useQuery({
    queryKey: keys.search(q, types.join(','), limit),
    queryFn: ({ signal }) => api.get<SearchResult>('/api/search', { q, types: types.join(','), limit }, signal),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
