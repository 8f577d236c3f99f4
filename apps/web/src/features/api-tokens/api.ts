import type { DataScope } from '@zhifa/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  permissions: string[];
  agencyId: string;
  dataScope: DataScope;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}
export interface ApiTokenCreateInput {
  name: string;
  permissions: string[];
  agencyId: string;
  dataScope: DataScope;
  expiresAt: string | null;
}

const tokensKey = ['security', 'apiTokens'] as const;

export function useApiTokens() {
  return useQuery({ queryKey: tokensKey, queryFn: ({ signal }) => api.get<ApiToken[]>('/api/api-tokens', undefined, signal) });
}

export function useCreateApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiTokenCreateInput) => api.post<ApiToken & { token: string }>('/api/api-tokens', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeApiToken() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (id: string) => api.delete<ApiToken>(`/api/api-tokens/${id}`), onSuccess: () => qc.invalidateQueries({ queryKey: tokensKey }) });
}
