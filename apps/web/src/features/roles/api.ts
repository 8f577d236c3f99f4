import type { DataScope, Role, User } from '@zhifa/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { userKeys } from '../users/api';

export const roleKeys = { all: ['roles'] as const };

export function useRoles(enabled = true) {
  return useQuery({ queryKey: roleKeys.all, queryFn: ({ signal }) => api.get<Role[]>('/api/roles', undefined, signal), enabled, staleTime: 60_000 });
}

export interface RoleCreateInput {
  code: string;
  name: string;
  description: string | null;
  permissions: string[];
}
export type RoleUpdateInput = Partial<Omit<RoleCreateInput, 'code'>>;

export function useCreateRole() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (input: RoleCreateInput) => api.post<Role>('/api/roles', input), onSuccess: () => qc.invalidateQueries({ queryKey: roleKeys.all }) });
}

export function useUpdateRole() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: RoleUpdateInput & { id: string }) => api.patch<Role>(`/api/roles/${id}`, patch),
    onSuccess: () => qc.invalidateQueries({ queryKey: roleKeys.all }),
  });
}

export function useDeleteRole() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (id: string) => api.delete<{ ok: true }>(`/api/roles/${id}`), onSuccess: () => qc.invalidateQueries({ queryKey: roleKeys.all }) });
}

/** 三员 grants change role user counts and the user's roles. */
function useInvalidateGrants() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: roleKeys.all }), qc.invalidateQueries({ queryKey: userKeys.all })]);
}

export function useGrantAdminRole() {
  const invalidate = useInvalidateGrants();
  return useMutation({
    mutationFn: ({ userId, roleId, dataScope }: { userId: string; roleId: string; dataScope: DataScope }) => api.post<User>(`/api/users/${userId}/admin-roles`, { roleId, dataScope }),
    onSuccess: invalidate,
  });
}

export function useRevokeAdminRole() {
  const invalidate = useInvalidateGrants();
  return useMutation({
    mutationFn: ({ userId, roleId }: { userId: string; roleId: string }) => api.delete<User>(`/api/users/${userId}/admin-roles/${roleId}`),
    onSuccess: invalidate,
  });
}

export function useResetTotp() {
  const invalidate = useInvalidateGrants();
  return useMutation({ mutationFn: (userId: string) => api.post<User>(`/api/users/${userId}/reset-totp`), onSuccess: invalidate });
}
