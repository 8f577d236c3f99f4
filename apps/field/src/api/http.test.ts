import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, onSessionExpired, request, setCsrfToken } from './http';

function problem(status: number, code: string, detail: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 't', status, code, detail }), { status, headers: { 'content-type': 'application/problem+json' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('request', () => {
  it('sends the CSRF token on unsafe methods only', async () => {
    const fetchMock = vi.fn(async () => new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('tok');
    await request('POST', '/api/x', { body: { a: 1 } });
    await request('GET', '/api/y');
    const headersOf = (i: number) => (fetchMock.mock.calls[i] as unknown as [string, RequestInit])[1].headers as Record<string, string>;
    expect(headersOf(0)['x-csrf-token']).toBe('tok');
    expect(headersOf(0)['content-type']).toBe('application/json');
    expect(headersOf(1)['x-csrf-token']).toBeUndefined();
  });

  it('reports an expired session, but not a wrong password', async () => {
    const expired = vi.fn();
    const off = onSessionExpired(expired);
    vi.stubGlobal('fetch', vi.fn(async () => problem(401, 'invalid_credentials', '用户名或密码错误')));
    await expect(request('POST', '/api/auth/login')).rejects.toMatchObject({ status: 401, isSessionExpired: false });
    expect(expired).not.toHaveBeenCalled();

    vi.stubGlobal('fetch', vi.fn(async () => problem(401, 'unauthenticated', '会话已超时，请重新登录')));
    await expect(request('GET', '/api/auth/me')).rejects.toBeInstanceOf(ApiError);
    expect(expired).toHaveBeenCalledTimes(1);
    await expect(request('GET', '/api/auth/me', { quietUnauthorized: true })).rejects.toMatchObject({ isSessionExpired: true });
    expect(expired).toHaveBeenCalledTimes(1);
    off();
  });

  it('turns a failed fetch into a network error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(request('GET', '/api/auth/me')).rejects.toMatchObject({ kind: 'network', status: 0 });
  });

  it('times out', async () => {
    vi.stubGlobal('fetch', vi.fn((_url: string, init: RequestInit) => new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))));
    await expect(request('GET', '/api/slow', { timeoutMs: 10 })).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('treats a non-JSON 200 (captive portal) as a network problem', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>WiFi login</html>', { headers: { 'content-type': 'text/html' } })));
    await expect(request('GET', '/api/auth/me')).rejects.toMatchObject({ kind: 'network' });
  });
});
