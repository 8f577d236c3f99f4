import type { Agency, Unit } from '@zhifa/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

export const orgKeys = {
  agencies: ['org', 'agencies'] as const,
  units: (agencyId: string) => ['org', 'units', agencyId] as const,
};

/** Agencies in the user's data scope, flat and ordered by path (parents first). */
export function useAgencies(enabled = true) {
  return useQuery({ queryKey: orgKeys.agencies, queryFn: ({ signal }) => api.get<Agency[]>('/api/agencies', undefined, signal), enabled, staleTime: 60_000 });
}

export function useUnits(agencyId: string | null | undefined) {
  return useQuery({
    queryKey: orgKeys.units(agencyId ?? ''),
    queryFn: ({ signal }) => api.get<Unit[]>(`/api/agencies/${agencyId}/units`, undefined, signal),
    enabled: Boolean(agencyId),
    staleTime: 60_000,
  });
}

export interface AgencyCreateInput {
  parentId: string;
  name: string;
  shortName: string;
  divisionCode: string | null;
  level: Agency['level'];
  sortOrder: number;
}
export type AgencyUpdateInput = Partial<Pick<Agency, 'name' | 'shortName' | 'divisionCode' | 'status' | 'sortOrder'>>;

export function useCreateAgency() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: AgencyCreateInput) => api.post<Agency>('/api/agencies', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.agencies }),
  });
}

export function useUpdateAgency() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: AgencyUpdateInput & { id: string }) => api.patch<Agency>(`/api/agencies/${id}`, patch),
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.agencies }),
  });
}

export interface UnitCreateInput {
  agencyId: string;
  parentId: string | null;
  name: string;
  sortOrder: number;
}
export type UnitUpdateInput = Partial<Pick<Unit, 'name' | 'status' | 'sortOrder'>>;

export function useCreateUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UnitCreateInput) => api.post<Unit>('/api/units', input),
    onSuccess: (u) => qc.invalidateQueries({ queryKey: orgKeys.units(u.agencyId) }),
  });
}

export function useUpdateUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: UnitUpdateInput & { id: string }) => api.patch<Unit>(`/api/units/${id}`, patch),
    onSuccess: (u) => qc.invalidateQueries({ queryKey: orgKeys.units(u.agencyId) }),
  });
}
