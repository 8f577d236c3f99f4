import type { PublicDrawData } from '@zhifa/shared/rules/draw-algorithm';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from '../../lib/api-client';

export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ClassItem {
  enterpriseId: string;
  name: string;
  sector: string;
  year: number;
  agencyLevel: string;
  riskClass: string;
  frequencyFloor: number;
  frequencyCap: number;
  computedAt: string;
  reasons: string[];
}
export interface ClassList extends PageOf<ClassItem> {
  counts: Record<string, number>;
  runs: { id: string; year: number; trigger: string; enterpriseCount: number; counts: Record<string, number>; startedAt: string }[];
}
export interface FrequencyGroup {
  label: string;
  sectors: string[];
  floor: Record<string, number>;
  cap: Record<string, number>;
}
export interface RuleValue {
  preset: string;
  name: string;
  frequency: FrequencyGroup[];
}
export interface RulesView {
  rows: { id: string; jurisdictionAgencyId: string | null; effectiveFrom: string; effectiveTo: string | null; value: RuleValue; source: string | null; verified: boolean }[];
  inForce: { id: string | null; rule: RuleValue };
  presets: { code: string; label: string; source: string; verified: boolean; rule: RuleValue }[];
}

export interface PlanItem {
  id: string;
  name: string;
  method: 'key' | 'random' | 'mixed';
  sector: string | null;
  keyCount: number;
  randomCount: number;
  frequency: number;
  frequencyCap: number;
  months: number[];
  unitId: string | null;
  unitName: string | null;
  jointDepartments: string | null;
  planned: number;
}
export interface PlanDetail {
  id: string;
  agencyId: string;
  agencyName: string;
  year: number;
  title: string;
  randomRatio: number;
  randomPoolSize: number;
  note: string | null;
  status: string;
  statusLabel: string;
  approvalId: string | null;
  filing: { filedWithAgencyName: string | null; filedOn: string; filingReference: string } | null;
  items: PlanItem[];
  keyEnterprises: { enterpriseId: string; name: string; sector: string; reason: string | null }[];
  monthly: { itemId: string; month: number; unitName: string | null; planned: number }[];
}
export interface PlanListItem {
  id: string;
  year: number;
  title: string;
  agencyName: string;
  status: string;
  statusLabel: string;
  filedOn: string | null;
}
export interface Cell {
  planned: number;
  scheduled: number;
  done: number;
}
export interface PlanProgress {
  byMonth: (Cell & { month: number })[];
  byUnit: { unitId: string | null; unitName: string; months: Cell[]; total: Cell }[];
  bySector: (Cell & { sector: string; sectorLabel: string })[];
  total: Cell;
}

export interface DrawView {
  id: string;
  agencyName: string;
  title: string;
  attemptNo: number;
  previousId: string | null;
  redrawReason: string | null;
  status: 'committed' | 'drawn' | 'voided';
  statusLabel: string;
  voidReason: string | null;
  drawDate: string;
  dueFrom: string;
  dueTo: string;
  committedAt: string;
  drawnAt: string | null;
  filters: { sectors: string[]; riskClasses: string[]; notInspectedMonths: number | null; stratifyBy: string; atCapExcluded: number };
  enterpriseNames: Record<string, string>;
  officerLabels: Record<string, string>;
  strataLabels: Record<string, string>;
  data: PublicDrawData;
}
export interface DrawListItem {
  id: string;
  agencyName: string;
  title: string;
  attemptNo: number;
  previousId: string | null;
  status: DrawView['status'];
  statusLabel: string;
  committedAt: string;
  drawnAt: string | null;
  voidReason: string | null;
  redrawReason: string | null;
  poolHash: string;
  seedCommitment: string;
  dueFrom: string;
  dueTo: string;
  picked: number | null;
}

export interface SchemeDetail {
  id: string;
  title: string;
  inspectionKind: string;
  basis: string;
  items: { content: string; method: string | null }[];
  objects: { enterpriseId: string; enterpriseName: string; officerNames: string[] }[];
  startOn: string;
  endOn: string;
  status: string;
  statusLabel: string;
  approvalId: string | null;
  documentIds: string[];
  warnings: string[];
}
export interface SchemeListItem {
  id: string;
  title: string;
  status: string;
  statusLabel: string;
  startOn: string;
  endOn: string;
  objectCount: number;
}

const keys = { all: ['planning'] as const };

export const useClasses = (q: { page: number; pageSize: number; riskClass?: string | undefined; q?: string | undefined }) =>
  useQuery({ queryKey: ['planning', 'classes', q], queryFn: ({ signal }) => api.get<ClassList>('/api/planning/classes', q, signal), placeholderData: keepPreviousData });
export const useRules = () => useQuery({ queryKey: ['planning', 'rules'], queryFn: ({ signal }) => api.get<RulesView>('/api/planning/classification-rules', undefined, signal) });
export const useClassHistory = (id: string | null) =>
  useQuery({ queryKey: ['planning', 'history', id], enabled: Boolean(id), queryFn: ({ signal }) => api.get<{ name: string; history: { id: string; riskClass: string; agencyLevel: string; frequencyCap: number; computedAt: string; reasons: string[]; inputs: Record<string, unknown> }[] }>(`/api/planning/classes/${id}/history`, undefined, signal) });

export const usePlans = (q: { page: number; pageSize: number }) => useQuery({ queryKey: ['planning', 'plans', q], queryFn: ({ signal }) => api.get<PageOf<PlanListItem>>('/api/planning/plans', q, signal) });
export const usePlan = (id: string) => useQuery({ queryKey: ['planning', 'plan', id], queryFn: ({ signal }) => api.get<PlanDetail>(`/api/planning/plans/${id}`, undefined, signal) });
export const usePlanProgress = (id: string) => useQuery({ queryKey: ['planning', 'progress', id], queryFn: ({ signal }) => api.get<PlanProgress>(`/api/planning/plans/${id}/progress`, undefined, signal) });
export const progressExportUrl = (id: string) => apiUrl(`/api/planning/plans/${id}/progress/export`);

export const useDraws = (q: { page: number; pageSize: number }) => useQuery({ queryKey: ['planning', 'draws', q], queryFn: ({ signal }) => api.get<PageOf<DrawListItem>>('/api/draws', q, signal) });
export const useSchemes = (q: { page: number; pageSize: number }) => useQuery({ queryKey: ['planning', 'schemes', q], queryFn: ({ signal }) => api.get<PageOf<SchemeListItem>>('/api/planning/schemes', q, signal) });
export const useScheme = (id: string | null) => useQuery({ queryKey: ['planning', 'scheme', id], enabled: Boolean(id), queryFn: ({ signal }) => api.get<SchemeDetail>(`/api/planning/schemes/${id}`, undefined, signal) });

/** A POST that refreshes every planning query afterwards. */
export function usePlanningAction<TBody, TResult = unknown>(path: (arg: TBody) => string, body: (arg: TBody) => unknown = () => ({})) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (arg: TBody) => api.post<TResult>(path(arg), body(arg)),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}

export const riskClassColor: Record<string, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };
export const agencyLevelLabel: Record<string, string> = { province: '省级', city: '市级', county: '县级' };
export const monthsLabel = (m: number[]) => m.map((x) => `${x}月`).join('、');
