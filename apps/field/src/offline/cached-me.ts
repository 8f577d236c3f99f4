import type { Me } from '@zhifa/shared';
import { db } from './db';

const KEY = 'me';

/** The identity shown while offline: `Me` without the CSRF token, which is never stored. */
export type CachedMe = Omit<Me, 'csrfToken'>;

function looksLikeMe(v: unknown): v is CachedMe {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Partial<CachedMe>;
  return typeof m.id === 'string' && typeof m.username === 'string' && typeof m.displayName === 'string' && typeof m.agency?.name === 'string' && Array.isArray(m.roles);
}

/** The last identity confirmed by the server, or null (none, unreadable, or IndexedDB unavailable). */
export async function readCachedMe(): Promise<CachedMe | null> {
  try {
    const row = await db.meta.get(KEY);
    return row && looksLikeMe(row.value) ? row.value : null;
  } catch {
    return null;
  }
}

export async function writeCachedMe(me: Me): Promise<void> {
  const { csrfToken: _omitted, ...value } = me;
  try {
    await db.meta.put({ key: KEY, value, updatedAt: new Date().toISOString() });
  } catch {
    // IndexedDB unavailable (private mode, storage full): online use still works.
  }
}

export async function clearCachedMe(): Promise<void> {
  try {
    await db.meta.delete(KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
