import type { DataScope, Page, User } from '@zhifa/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

export interface UserFilter {
  page: number;
  pageSize: number;
  q?: string | undefined;
  agencyId?: string | undefined;
  status?: User['status'] | undefined;
}

export interface RoleAssignmentInput {
  roleId: string;
  dataScope: DataScope;
}

export interface UserCreateInput {
  username: string;
  displayName: string;
  agencyId: string;
  unitId: string | null;
  phone: string | null;
  initialPassword: string;
  roles: RoleAssignmentInput[];
}
export type UserUpdateInput = Partial<{ displayName: string; agencyId: string; unitId: string | null; phone: string | null; status: 'active' | 'disabled' }>;

export const userKeys = {
  all: ['users'] as const,
  list: (f: UserFilter) => ['users', 'list', f] as const,
};

export function useUsers(filter: UserFilter, enabled = true) {
  return useQuery({
    queryKey: userKeys.list(filter),
    queryFn: ({ signal }) => api.get<Page<User>>('/api/users', { ...filter }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUser(id: string | null) {
  return useQuery({ queryKey: [...userKeys.all, 'one', id], queryFn: ({ signal }) => api.get<User>(`/api/users/${id}`, undefined, signal), enabled: Boolean(id) });
}

/** After any change to a user every list may be stale (filters, pages); refetch them all. */
function useInvalidateUsers() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: userKeys.all });
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({ mutationFn: (input: UserCreateInput) => api.post<User>('/api/users', input), onSuccess: invalidate });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({ mutationFn: ({ id, ...patch }: UserUpdateInput & { id: string }) => api.patch<User>(`/api/users/${id}`, patch), onSuccess: invalidate });
}

export function useSetUserRoles() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, roles }: { id: string; roles: RoleAssignmentInput[] }) => api.put<User>(`/api/users/${id}/roles`, { roles }),
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  const invalidate = useInvalidateUsers();
  return useMutation({ mutationFn: (id: string) => api.post<{ temporaryPassword: string }>(`/api/users/${id}/reset-password`), onSuccess: invalidate });
}

export function useSetUserLocked() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, locked }: { id: string; locked: boolean }) => api.post<User>(`/api/users/${id}/${locked ? 'lock' : 'unlock'}`),
    onSuccess: invalidate,
  });
}
