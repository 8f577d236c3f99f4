import type { Me, SessionStage } from '@zhifa/shared';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { fetchMe, logout } from '../api/auth-api';
import { ApiError, onSessionExpired, setCsrfToken } from '../api/http';
import { clearCachedMe, readCachedMe, writeCachedMe } from '../offline/cached-me';
import { SESSION_EXPIRED_NOTICE, SessionContext, type Session, type SessionState } from './session-context';

const START_TIMEOUT_MS = 10_000;
const REVALIDATE_EVERY_MS = 60_000;

function stateFor(me: Me): SessionState {
  return me.stage === 'full' ? { status: 'signedIn', me, verified: true } : { status: 'pending', stage: me.stage };
}

/**
 * Knows who is logged in. On start it shows the cached identity at once (so the shell works
 * offline) and asks the server in the background; a 401 from any request sends the officer to
 * the login page with 登录已过期，请重新登录.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const lastCheck = useRef(0);

  const expire = useCallback(async () => {
    setCsrfToken(null);
    await clearCachedMe();
    setState({ status: 'signedOut', notice: SESSION_EXPIRED_NOTICE });
  }, []);

  const accept = useCallback(async (me: Me) => {
    if (me.stage === 'full') await writeCachedMe(me);
    setState(stateFor(me));
  }, []);

  // Start-up: cached identity first, then the server's answer.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const cached = await readCachedMe();
      if (cancelled) return;
      if (cached) setState({ status: 'signedIn', me: cached, verified: false });
      try {
        const me = await fetchMe({ quietUnauthorized: true, timeoutMs: START_TIMEOUT_MS });
        lastCheck.current = Date.now();
        if (!cancelled) await accept(me);
      } catch (e) {
        if (cancelled) return;
        if (e instanceof ApiError && e.isSessionExpired) {
          if (cached) await expire();
          else setState({ status: 'signedOut', notice: null });
        } else if (!cached) {
          // Offline or server unreachable with nobody cached: the login page explains.
          setState({ status: 'signedOut', notice: null });
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [accept, expire]);

  // Any request that meets an expired session.
  useEffect(() => onSessionExpired(() => void expire()), [expire]);

  // Back online or back in front: confirm the session (at most once a minute, and at once after offline).
  useEffect(() => {
    const revalidate = async (force: boolean) => {
      if (stateRef.current.status !== 'signedIn' || !navigator.onLine) return;
      if (!force && Date.now() - lastCheck.current < REVALIDATE_EVERY_MS) return;
      lastCheck.current = Date.now();
      try {
        await accept(await fetchMe());
      } catch {
        // A 401 already went through onSessionExpired; network trouble keeps the cached identity.
      }
    };
    const onOnline = () => void revalidate(true);
    const onVisible = () => document.visibilityState === 'visible' && void revalidate(false);
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [accept]);

  const advance = useCallback(
    async (stage: SessionStage) => {
      if (stage !== 'full') {
        setState({ status: 'pending', stage });
        return;
      }
      const me = await fetchMe();
      lastCheck.current = Date.now();
      await accept(me);
    },
    [accept],
  );

  const signOut = useCallback(async (notice: string | null = null) => {
    try {
      if (navigator.onLine) await logout();
    } catch {
      // Already gone on the server, or unreachable: the session then ends by its idle timeout.
    }
    await clearCachedMe();
    setState({ status: 'signedOut', notice });
  }, []);

  const session = useMemo<Session>(() => ({ state, advance, signOut }), [state, advance, signOut]);
  return <SessionContext value={session}>{children}</SessionContext>;
}
