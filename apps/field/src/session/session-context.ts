import type { SessionStage } from '@zhifa/shared';
import { createContext, useContext } from 'react';
import type { CachedMe } from '../offline/cached-me';

/** A login step still to do after the password. */
export type PendingStage = Exclude<SessionStage, 'full'>;

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut'; notice: string | null }
  | { status: 'pending'; stage: PendingStage }
  /** `verified` is false while the identity comes from the offline cache and the server has not confirmed it. */
  | { status: 'signedIn'; me: CachedMe; verified: boolean };

export interface Session {
  state: SessionState;
  /** After a login step succeeded: `full` loads the user and enters the app, others show that step. */
  advance(stage: SessionStage): Promise<void>;
  /** Ends the session on the server when reachable and forgets the cached identity. */
  signOut(notice?: string | null): Promise<void>;
}

export const SESSION_EXPIRED_NOTICE = '登录已过期，请重新登录';

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession() outside <SessionProvider>');
  return s;
}

/** The logged-in officer; only for components rendered behind <RequireSession>. */
export function useSignedIn(): { me: CachedMe; verified: boolean } {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useSignedIn() outside <RequireSession>');
  return state;
}
