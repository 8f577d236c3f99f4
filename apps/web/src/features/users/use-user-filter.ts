import type { User } from '@zhifa/shared';
import { useSearchParams } from 'react-router-dom';
import type { UserFilter } from './api';

const STATUSES = new Set(['active', 'locked', 'disabled']);

/** Filters and paging live in the address (?q=&agencyId=&status=&page=), so back/forward and links work. */
export function useUserFilter(): [UserFilter, (f: Partial<UserFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter: UserFilter = {
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: Math.min(200, Math.max(1, Number(params.get('pageSize')) || 20)),
    q: params.get('q') || undefined,
    agencyId: params.get('agencyId') || undefined,
    status: STATUSES.has(params.get('status') ?? '') ? (params.get('status') as User['status']) : undefined,
  };
  const update = (f: Partial<UserFilter>) => {
    const next = { ...filter, ...f };
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v !== undefined && v !== '' && !(k === 'page' && v === 1) && !(k === 'pageSize' && v === 20)) p.set(k, String(v));
    setParams(p, { replace: true });
  };
  return [filter, update];
}
