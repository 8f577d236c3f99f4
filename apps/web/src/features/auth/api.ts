import type { Me, SessionStage } from '@zhifa/shared';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, request, setCsrfToken } from '../../lib/api-client';

export const meKey = ['auth', 'me'] as const;

export interface LoginInput {
  username: string;
  password: string;
}
export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
  qrDataUrl: string;
}
export interface StageResult {
  stage: SessionStage;
}

async function fetchMe(signal?: AbortSignal): Promise<Me> {
  const me = await request<Me>('GET', '/api/auth/me', { signal, expectUnauthenticated: true });
  setCsrfToken(me.csrfToken);
  return me;
}

/** The signed-in user; a 401 is an error result here (no redirect), the guards decide what to show. */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: ({ signal }) => fetchMe(signal), retry: false, staleTime: 60_000 });
}

/** Reloads the signed-in user (after a login step) and waits for the answer. */
export function refreshMe(qc: QueryClient): Promise<Me> {
  return qc.query({ queryKey: meKey, queryFn: ({ signal }) => fetchMe(signal), staleTime: 0, retry: false });
}

export function useLogin() {
  return useMutation({
    mutationFn: async (input: LoginInput) => {
      const out = await request<{ stage: SessionStage; csrfToken: string }>('POST', '/api/auth/login', { body: input, expectUnauthenticated: true });
      setCsrfToken(out.csrfToken);
      return out;
    },
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: async () => {
      try {
        await request('POST', '/api/auth/logout', { expectUnauthenticated: true });
      } finally {
        setCsrfToken(null);
      }
    },
  });
}

export function useVerifySecondFactor() {
  return useMutation({ mutationFn: (code: string) => api.post<StageResult>('/api/auth/totp/verify', { code }) });
}

export function useTotpSetup() {
  return useMutation({ mutationFn: () => api.post<TotpSetup>('/api/auth/totp/setup') });
}

export function useEnableTotp() {
  return useMutation({ mutationFn: (code: string) => api.post<{ recoveryCodes: string[]; stage: SessionStage }>('/api/auth/totp/enable', { code }) });
}

export function useDisableTotp() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post<{ ok: true }>('/api/auth/totp/disable', { code }),
    onSuccess: () => qc.invalidateQueries({ queryKey: meKey }),
  });
}

export function useRegenerateRecoveryCodes() {
  return useMutation({ mutationFn: () => api.post<{ recoveryCodes: string[] }>('/api/auth/recovery-codes') });
}

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

export function useChangePassword() {
  return useMutation({ mutationFn: (input: ChangePasswordInput) => api.post<StageResult>('/api/auth/password', input) });
}
