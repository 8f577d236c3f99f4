import type { SecurityPolicy } from '@zhifa/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

const policyKey = ['security', 'policy'] as const;

export function useSecurityPolicy() {
  return useQuery({ queryKey: policyKey, queryFn: ({ signal }) => api.get<SecurityPolicy>('/api/security/policy', undefined, signal) });
}

export function useUpdateSecurityPolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (policy: SecurityPolicy) => api.put<SecurityPolicy>('/api/security/policy', policy),
    onSuccess: (p) => qc.setQueryData(policyKey, p),
  });
}
