import type { DataScope } from '@zhifa/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  permissions: string[];
  agencyId: string;
  /** The business account the token acts for (null: an old token, revoked). */
  userId: string | null;
  username: string | null;
  userDisplayName: string | null;
  dataScope: DataScope;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}
export interface ApiTokenCreateInput {
  name: string;
  permissions: string[];
  dataScope: DataScope;
  expiresAt: string | null;
}

/** `mine`: the signed-in account's own tokens; otherwise every token (安全保密管理员). */
export type TokenView = 'mine' | 'all';
const base = (view: TokenView) => (view === 'mine' ? '/api/me/api-tokens' : '/api/api-tokens');
const tokensKey = (view: TokenView) => ['security', 'apiTokens', view] as const;

export function useApiTokens(view: TokenView) {
  return useQuery({ queryKey: tokensKey(view), queryFn: ({ signal }) => api.get<ApiToken[]>(base(view), undefined, signal) });
}

/** A token for the signed-in business account; its rights never exceed the account's. */
export function useCreateApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiTokenCreateInput) => api.post<ApiToken & { token: string }>('/api/me/api-tokens', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: tokensKey('mine') }),
  });
}

export function useRevokeApiToken(view: TokenView) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (id: string) => api.delete<ApiToken>(`${base(view)}/${id}`), onSuccess: () => qc.invalidateQueries({ queryKey: tokensKey(view) }) });
}
