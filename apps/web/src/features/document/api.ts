import type {
  DocumentCreate,
  DocumentDetail,
  DocumentForm,
  DocumentListItem,
  DocumentSettings,
  DocumentSettingsUpdate,
  DocumentStatus,
  DocumentType,
  DocumentTypeCreate,
  DocumentTypeFilingBody,
  DocumentTypeUpdate,
  DocumentUpdate,
  LedgerEntry,
  Page,
  PaymentAccount,
  Reservation,
  Seal,
  ServiceConsent,
  ServiceConsentCreate,
  ServiceCreate,
  TemplateInfo,
  TemplateSettingCreate,
  UnitSeries,
  UploadedFile,
} from '@zhifa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, apiUrl } from '../../lib/api-client';

export const documentKeys = {
  all: ['documents'] as const,
  list: (f: DocumentFilter) => ['documents', 'list', f] as const,
  one: (id: string) => ['documents', 'one', id] as const,
  types: ['document-types'] as const,
  templates: (code: string) => ['document-types', 'templates', code] as const,
  form: (code: string) => ['document-types', 'form', code] as const,
  settings: (agencyId?: string) => ['document-settings', agencyId ?? 'mine'] as const,
  ledger: (f: object) => ['numbering', 'ledger', f] as const,
  reservations: ['numbering', 'reservations'] as const,
  unitSeries: (agencyId?: string) => ['numbering', 'unit-series', agencyId ?? 'mine'] as const,
  seals: (agencyId?: string) => ['document-seals', agencyId ?? 'mine'] as const,
  accounts: (agencyId?: string) => ['payment-accounts', agencyId ?? 'mine'] as const,
  consents: (enterpriseId?: string) => ['service-consents', enterpriseId ?? 'all'] as const,
};

export interface DocumentFilter {
  box: 'mine' | 'all';
  page: number;
  pageSize: number;
  status?: DocumentStatus | undefined;
  typeCode?: string | undefined;
  q?: string | undefined;
}

export const pdfUrl = (id: string, inline = false): string => apiUrl(`/api/documents/${id}/pdf`, inline ? { disposition: 'inline' } : {});
export const docxUrl = (id: string): string => `/api/documents/${id}/docx`;
export const fileUrl = (sha256: string): string => `/api/document-files/${sha256}`;
export const previewUrl = (code: string, version: string): string => `/api/document-types/${code}/templates/${version}/preview`;

export function useDocuments(filter: DocumentFilter) {
  return useQuery({ queryKey: documentKeys.list(filter), queryFn: ({ signal }) => api.get<Page<DocumentListItem>>('/api/documents', { ...filter }, signal), placeholderData: keepPreviousData });
}

export function useDocument(id: string | undefined) {
  return useQuery({ queryKey: documentKeys.one(id ?? ''), queryFn: ({ signal }) => api.get<DocumentDetail>(`/api/documents/${id}`, undefined, signal), enabled: Boolean(id), retry: false });
}

export function useDocumentTypes() {
  return useQuery({ queryKey: documentKeys.types, queryFn: ({ signal }) => api.get<DocumentType[]>('/api/document-types', undefined, signal), staleTime: 60_000 });
}

/** The form of a type (generated from its field schema) and what a new draft of it starts with. */
export function useDocumentForm(code: string | null | undefined) {
  return useQuery({ queryKey: documentKeys.form(code ?? ''), queryFn: ({ signal }) => api.get<DocumentForm>(`/api/document-types/${code}/form`, undefined, signal), enabled: Boolean(code), staleTime: 60_000 });
}

export function useTemplateInfo(code: string | null) {
  return useQuery({ queryKey: documentKeys.templates(code ?? ''), queryFn: ({ signal }) => api.get<TemplateInfo>(`/api/document-types/${code}/templates`, undefined, signal), enabled: Boolean(code) });
}

/** Any change to a document: its detail, the lists, the ledger and the approvals may have moved. */
function useDocumentMutation<V>(fn: (v: V) => Promise<DocumentDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (d) => {
      qc.setQueryData(documentKeys.one(d.id), d);
      void qc.invalidateQueries({ queryKey: documentKeys.all });
      void qc.invalidateQueries({ queryKey: ['numbering'] });
      void qc.invalidateQueries({ queryKey: ['approvals'] });
    },
  });
}

export const useCreateDocument = () => useDocumentMutation((input: DocumentCreate) => api.post<DocumentDetail>('/api/documents', input));
export const useUpdateDocument = () => useDocumentMutation(({ id, patch }: { id: string; patch: DocumentUpdate }) => api.patch<DocumentDetail>(`/api/documents/${id}`, patch));
export const useDocumentAction = (id: string) =>
  useDocumentMutation(({ action, body }: { action: 'submit' | 'issue' | 'archive' | 'void' | 'corrections'; body?: object }) => api.post<DocumentDetail>(`/api/documents/${id}/${action}`, body ?? {}));
export const useRecordService = (id: string) => useDocumentMutation((body: ServiceCreate) => api.post<DocumentDetail>(`/api/documents/${id}/services`, body));

/** Multipart upload (the api client speaks JSON); the CSRF header comes from the client's token. */
export async function uploadFile(url: string, file: File | Blob, csrf: string | null): Promise<unknown> {
  const form = new FormData();
  form.append('file', file);
  const res = await fetch(url, { method: 'POST', body: form, credentials: 'same-origin', headers: csrf ? { 'x-csrf-token': csrf } : {} });
  const body = (await res.json().catch(() => null)) as { detail?: string; code?: string; errors?: { path: string; message: string }[] } | null;
  if (!res.ok) throw new ApiError(res.status, (body?.code ?? 'internal_error') as never, body?.detail ?? `上传失败（HTTP ${res.status}）`);
  return body;
}

export const uploadDocumentFile = (kind: 'signature' | 'receipt' | 'consent', file: File, csrf: string | null) => uploadFile(`/api/document-files?kind=${kind}`, file, csrf) as Promise<UploadedFile>;

// ── administration ────────────────────────────────────────────────────────────────────────────

function useInvalidating<V, R>(fn: (v: V) => Promise<R>, keys: readonly (readonly unknown[])[]) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => keys.forEach((k) => void qc.invalidateQueries({ queryKey: k })) });
}

export const useCreateType = () => useInvalidating((body: DocumentTypeCreate) => api.post<DocumentType>('/api/document-types', body), [documentKeys.types]);
export const useUpdateType = () => useInvalidating(({ code, patch }: { code: string; patch: DocumentTypeUpdate }) => api.patch<DocumentType>(`/api/document-types/${code}`, patch), [documentKeys.types]);
export const useTypeAction = () =>
  useInvalidating(({ code, action, body }: { code: string; action: 'legal-review' | 'activate' | 'deactivate' | 'filing'; body?: DocumentTypeFilingBody }) => api.post<DocumentType>(`/api/document-types/${code}/${action}`, body ?? {}), [documentKeys.types, ['approvals']]);
export const useSetTemplateVersion = () => useInvalidating((body: TemplateSettingCreate) => api.put<TemplateInfo>('/api/document-template-settings', body), [['document-types', 'templates']]);

export function useDocumentSettings(agencyId?: string) {
  return useQuery({ queryKey: documentKeys.settings(agencyId), queryFn: ({ signal }) => api.get<DocumentSettings>('/api/document-settings', { agencyId }, signal) });
}
export const useSaveSettings = (agencyId?: string) =>
  useInvalidating((body: DocumentSettingsUpdate) => api.put<DocumentSettings>(apiUrl('/api/document-settings', { agencyId }), body), [['document-settings']]);

export function useUnitSeries(agencyId?: string) {
  return useQuery({ queryKey: documentKeys.unitSeries(agencyId), queryFn: ({ signal }) => api.get<UnitSeries[]>('/api/numbering/unit-series', { agencyId }, signal) });
}
export const useCreateUnitSeries = () => useInvalidating((body: { unitId: string; label: string }) => api.post<UnitSeries>('/api/numbering/unit-series', body), [['numbering']]);
export const useToggleUnitSeries = () => useInvalidating(({ id, active }: { id: string; active: boolean }) => api.patch<UnitSeries>(`/api/numbering/unit-series/${id}`, { active }), [['numbering']]);

export interface LedgerFilter {
  page: number;
  pageSize: number;
  typeCode?: string | undefined;
  year?: number | undefined;
  status?: LedgerEntry['status'] | undefined;
  q?: string | undefined;
}
export function useLedger(filter: LedgerFilter) {
  return useQuery({ queryKey: documentKeys.ledger(filter), queryFn: ({ signal }) => api.get<Page<LedgerEntry>>('/api/numbering/ledger', { ...filter }, signal), placeholderData: keepPreviousData });
}

export function useReservations() {
  return useQuery({ queryKey: documentKeys.reservations, queryFn: ({ signal }) => api.get<Reservation[]>('/api/numbering/reservations', undefined, signal) });
}
export const useReserve = () => useInvalidating((body: { typeCode: string; count: number; deviceId: string; useUnitSeries: boolean }) => api.post<Reservation>('/api/numbering/reservations', body), [['numbering']]);
export const useReservationAction = () =>
  useInvalidating(
    ({ id, action, serials, reason }: { id: string; action: 'return' | 'void'; serials?: number[]; reason?: string }) => api.post<Reservation>(`/api/numbering/reservations/${id}/${action}`, action === 'void' ? { serials, reason } : serials ? { serials } : {}),
    [['numbering']],
  );

export function useSeals(agencyId?: string) {
  return useQuery({ queryKey: documentKeys.seals(agencyId), queryFn: ({ signal }) => api.get<Seal[]>('/api/document-seals', { agencyId }, signal) });
}
export function usePaymentAccounts(agencyId?: string, enabled = true) {
  return useQuery({ queryKey: documentKeys.accounts(agencyId), queryFn: ({ signal }) => api.get<PaymentAccount[]>('/api/payment-accounts', { agencyId }, signal), enabled });
}
export const useCreateAccount = () =>
  useInvalidating((body: { agencyId: string; bank: string; accountName: string; accountNumber: string; sortOrder?: number }) => api.post<PaymentAccount>('/api/payment-accounts', body), [['payment-accounts']]);
export const useUpdateAccount = () => useInvalidating(({ id, patch }: { id: string; patch: { active?: boolean; sortOrder?: number } }) => api.patch<PaymentAccount>(`/api/payment-accounts/${id}`, patch), [['payment-accounts']]);

export function useConsents(enterpriseId?: string, enabled = true) {
  return useQuery({ queryKey: documentKeys.consents(enterpriseId), queryFn: ({ signal }) => api.get<ServiceConsent[]>('/api/service-consents', { enterpriseId }, signal), enabled });
}
export const useCreateConsent = () => useInvalidating((body: ServiceConsentCreate) => api.post<ServiceConsent>('/api/service-consents', body), [['service-consents']]);
