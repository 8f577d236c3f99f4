import { useEffect } from 'react';
import { lastApiResponseAt, request } from '../../lib/api-client';

const CHECK_EVERY_MS = 15_000;
/** Ping the server at most this often while the user works on one screen without API calls. */
const KEEPALIVE_AFTER_MS = 2 * 60_000;
const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'wheel', 'touchstart'] as const;

/**
 * The server ends a session after `idleMinutes` without requests. While the user types or clicks
 * (e.g. a long form) this keeps the session alive; once the idle time has passed with no request
 * from any tab, it asks the server, whose 401 sends the user to the login page with
 * "会话已超时，请重新登录" instead of leaving the last screen of data on an unattended PC.
 * (The check itself is a request, so it only runs once the server has surely expired the session.)
 */
export function useIdleTimeout(idleMinutes: number): void {
  useEffect(() => {
    const idleMs = idleMinutes * 60_000;
    let lastActivity = 0; // no input yet: opening a page is not activity
    let pinging = false;
    const ping = () => {
      if (pinging) return;
      pinging = true;
      request('GET', '/api/auth/me')
        .catch(() => undefined) // a 401 is handled by the api client's session event
        .finally(() => {
          pinging = false;
        });
    };
    const onActivity = () => {
      lastActivity = Date.now();
    };
    const timer = window.setInterval(() => {
      const now = Date.now();
      const sinceServer = now - lastApiResponseAt();
      if (sinceServer > idleMs + 5_000) ping();
      else if (lastActivity > lastApiResponseAt() && sinceServer > Math.min(KEEPALIVE_AFTER_MS, idleMs / 2)) ping();
    }, CHECK_EVERY_MS);
    for (const ev of ACTIVITY_EVENTS) window.addEventListener(ev, onActivity, { passive: true, capture: true });
    return () => {
      window.clearInterval(timer);
      for (const ev of ACTIVITY_EVENTS) window.removeEventListener(ev, onActivity, { capture: true });
    };
  }, [idleMinutes]);
}
