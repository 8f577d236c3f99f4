import type { Page, Problem } from '@zhifa/shared';
import { ErrorCode } from '@zhifa/shared';
import type {
  Eligibility,
  Enterprise,
  EnterpriseAgencyChoices,
  EnterpriseChange,
  EnterpriseCreate,
  EnterprisePatch,
  EnterpriseSummary,
  ImportMode,
  ImportReport,
  Officer,
  OfficerDetail,
  OfficerStatus,
  CertificateState,
  Progress,
  Recusal,
} from '@zhifa/shared/contract/registry';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, ApiError } from '../../lib/api-client';

export interface EnterpriseFilter {
  page: number;
  pageSize: number;
  q?: string | undefined;
  agencyId?: string | undefined;
  districtId?: string | undefined;
  sector?: string | undefined;
  riskFlag?: string | undefined;
  status?: string | undefined;
  completeness?: 'complete' | 'incomplete' | undefined;
  sort?: 'name' | 'completeness' | 'updatedAt' | undefined;
}

/** What a form sends: EnterpriseCreate as JSON (the server normalises the credit code and the industry code). */
export type EnterpriseInput = { [K in keyof EnterpriseCreate]?: EnterpriseCreate[K] | null } & { name: string; creditCode: string; locatedAgencyId: string };

export const registryKeys = {
  enterprises: ['registry', 'enterprises'] as const,
  enterpriseList: (f: EnterpriseFilter) => ['registry', 'enterprises', 'list', f] as const,
  enterprise: (id: string) => ['registry', 'enterprises', 'one', id] as const,
  history: (id: string) => ['registry', 'enterprises', 'history', id] as const,
  progress: (f: object) => ['registry', 'enterprises', 'progress', f] as const,
  officers: ['registry', 'officers'] as const,
};

export function useEnterprises(filter: EnterpriseFilter) {
  return useQuery({
    queryKey: registryKeys.enterpriseList(filter),
    queryFn: ({ signal }) => api.get<Page<EnterpriseSummary>>('/api/enterprises', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEnterprise(id: string | undefined) {
  return useQuery({ queryKey: registryKeys.enterprise(id ?? ''), queryFn: ({ signal }) => api.get<Enterprise>(`/api/enterprises/${id}`, undefined, signal), enabled: Boolean(id) });
}

/** The agencies the enterprise form may offer (the same sets the server accepts). */
export function useEnterpriseAgencyChoices() {
  return useQuery({ queryKey: ['registry', 'agency-choices'], queryFn: ({ signal }) => api.get<EnterpriseAgencyChoices>('/api/enterprises/agency-choices', undefined, signal), staleTime: 300_000 });
}

export function useEnterpriseHistory(id: string | undefined) {
  return useQuery({ queryKey: registryKeys.history(id ?? ''), queryFn: ({ signal }) => api.get<EnterpriseChange[]>(`/api/enterprises/${id}/history`, undefined, signal), enabled: Boolean(id) });
}

/** Search-as-you-type for pickers (recusals, eligibility). */
export function useEnterpriseSearch(q: string) {
  return useQuery({
    queryKey: ['registry', 'enterprises', 'search', q],
    queryFn: ({ signal }) => api.get<Page<EnterpriseSummary>>('/api/enterprises', { q, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSaveEnterprise() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: EnterpriseInput | EnterprisePatch }) =>
      id ? api.patch<Enterprise>(`/api/enterprises/${id}`, input) : api.post<Enterprise>('/api/enterprises', input),
    onSuccess: async (e) => {
      qc.setQueryData(registryKeys.enterprise(e.id), e);
      // The 变更记录 of the saved enterprise is refetched now, even while its page is not mounted.
      await Promise.all([qc.invalidateQueries({ queryKey: registryKeys.history(e.id), refetchType: 'all' }), qc.invalidateQueries({ queryKey: registryKeys.enterprises })]);
    },
  });
}

export function useProgress(filter: { districtId?: string | undefined; agencyId?: string | undefined }) {
  return useQuery({
    queryKey: registryKeys.progress(filter),
    queryFn: ({ signal }) => api.get<Progress>('/api/enterprises/progress', { ...filter, limit: 1000 }, signal),
    placeholderData: keepPreviousData,
  });
}

export const enterpriseExportUrl = (f: Omit<EnterpriseFilter, 'page' | 'pageSize' | 'sort'>) => apiUrl('/api/enterprises/export', { ...f });
export const progressExportUrl = (f: { districtId?: string | undefined }) => apiUrl('/api/enterprises/progress/export', { ...f });

// ---------------------------------------------------------------------------------------------
// Officers
// ---------------------------------------------------------------------------------------------

export interface OfficerFilter {
  page: number;
  pageSize: number;
  q?: string | undefined;
  agencyId?: string | undefined;
  status?: OfficerStatus | undefined;
  certState?: CertificateState | undefined;
}

export interface OfficerInput {
  name: string;
  gender: 'male' | 'female' | null;
  userId: string | null;
  agencyId: string;
  unitId: string | null;
  title: string | null;
  phone: string | null;
  certNo: string;
  certIssuer: string;
  certValidFrom: string;
  certValidTo: string;
  status: OfficerStatus;
  specialties: string[];
  note: string | null;
}

export function useOfficers(filter: OfficerFilter) {
  return useQuery({
    queryKey: [...registryKeys.officers, 'list', filter],
    queryFn: ({ signal }) => api.get<Page<Officer>>('/api/officers', { ...filter }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOfficer(id: string | undefined) {
  return useQuery({ queryKey: [...registryKeys.officers, 'one', id], queryFn: ({ signal }) => api.get<OfficerDetail>(`/api/officers/${id}`, undefined, signal), enabled: Boolean(id) });
}

export function useSaveOfficer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: OfficerInput }) => (id ? api.patch<OfficerDetail>(`/api/officers/${id}`, input) : api.post<OfficerDetail>('/api/officers', input)),
    onSuccess: () => qc.invalidateQueries({ queryKey: registryKeys.officers }),
  });
}

export function useSaveRecusal(officerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: { enterpriseId?: string; reason: string; validFrom: string; validTo: string | null } }) =>
      id ? api.patch<Recusal>(`/api/officers/${officerId}/recusals/${id}`, input) : api.post<Recusal>(`/api/officers/${officerId}/recusals`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: registryKeys.officers }),
  });
}

export function useEligibility(officerId: string, enterpriseId: string | null, date: string) {
  return useQuery({
    queryKey: [...registryKeys.officers, 'eligibility', officerId, enterpriseId, date],
    queryFn: ({ signal }) => api.get<Eligibility>(`/api/officers/${officerId}/eligibility`, { enterpriseId, date }, signal),
    enabled: Boolean(enterpriseId),
  });
}

export const officerExportUrl = (f: Omit<OfficerFilter, 'page' | 'pageSize'>) => apiUrl('/api/officers/export', { ...f });

// ---------------------------------------------------------------------------------------------
// Excel import: the file goes as multipart/form-data (the JSON client does not send files)
// ---------------------------------------------------------------------------------------------

export type ImportKind = 'enterprises' | 'officers';
export const templateUrl = (kind: ImportKind) => `/api/${kind}/import-template`;

export async function uploadImport(kind: ImportKind, file: File, opts: { mode: ImportMode; dryRun: boolean }, csrfToken: string): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch(apiUrl(`/api/${kind}/import`, { mode: opts.mode, dryRun: opts.dryRun }), { method: 'POST', body: form, credentials: 'same-origin', headers: { accept: 'application/json', 'x-csrf-token': csrfToken } });
  } catch {
    throw new ApiError(0, 'network_error', '无法连接服务器，请检查网络后重试');
  }
  if (res.ok) return (await res.json()) as ImportReport;
  const p = (await res.json().catch(() => ({}))) as Partial<Problem>;
  throw new ApiError(res.status, p.code ?? ErrorCode.Internal, p.detail ?? p.title ?? `导入失败（HTTP ${res.status}）`, {}, p.requestId ?? null);
}

export function useImport(kind: ImportKind) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { file: File; mode: ImportMode; dryRun: boolean; csrfToken: string }) => uploadImport(kind, v.file, v, v.csrfToken),
    onSuccess: (r) => {
      if (r.committed) void qc.invalidateQueries({ queryKey: kind === 'enterprises' ? registryKeys.enterprises : registryKeys.officers });
    },
  });
}
