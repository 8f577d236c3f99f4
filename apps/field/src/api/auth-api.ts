import type { Me, SessionStage } from '@zhifa/shared';
import { request, setCsrfToken } from './http';

/** Step 1: username and password. Sets the session cookie; the CSRF token is kept in memory. */
export async function login(username: string, password: string): Promise<SessionStage> {
  const out = await request<{ stage: SessionStage; csrfToken: string }>('POST', '/api/auth/login', { body: { username, password } });
  setCsrfToken(out.csrfToken);
  return out.stage;
}

/** Step 2: a 6-digit 动态码 or a recovery code (abcd-1234). */
export async function verifyTotp(code: string): Promise<SessionStage> {
  const out = await request<{ stage: SessionStage }>('POST', '/api/auth/totp/verify', { body: { code } });
  return out.stage;
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<SessionStage> {
  const out = await request<{ stage: SessionStage }>('POST', '/api/auth/password', { body: { currentPassword, newPassword } });
  return out.stage;
}

/** Who is logged in and at which login step; also refreshes the CSRF token. */
export async function fetchMe(opts: { quietUnauthorized?: boolean; timeoutMs?: number } = {}): Promise<Me> {
  const me = await request<Me>('GET', '/api/auth/me', opts);
  setCsrfToken(me.csrfToken);
  return me;
}

export async function logout(): Promise<void> {
  try {
    await request('POST', '/api/auth/logout', { quietUnauthorized: true, timeoutMs: 8_000 });
  } finally {
    setCsrfToken(null);
  }
}
