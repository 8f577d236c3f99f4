import { useQuery } from '@tanstack/react-query';
import type { Workbench } from '@zhifa/shared/contract/workbench';
import { api } from '../../lib/api-client';

export const workbenchKey = ['workbench'] as const;

/** What waits for me: the sections of GET /api/workbench (by my permissions and data scope). */
export function useWorkbench() {
  return useQuery({ queryKey: workbenchKey, queryFn: ({ signal }) => api.get<Workbench>('/api/workbench', undefined, signal), staleTime: 0, refetchOnMount: 'always' });
}
