import type { Problem } from '@zhifa/shared/problem';

/** Why a request failed: the server answered with an error, the network failed, or it took too long. */
export type ApiErrorKind = 'http' | 'network' | 'timeout';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  /** The application/problem+json body, when the server sent one. */
  readonly problem: Problem | null;

  constructor(kind: ApiErrorKind, status: number, problem: Problem | null, message: string) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.problem = problem;
  }

  /** The session is gone (expired, revoked, logged out elsewhere); not a wrong password. */
  get isSessionExpired(): boolean {
    return this.kind === 'http' && this.status === 401 && (this.problem?.code ?? 'unauthenticated') === 'unauthenticated';
  }
}

const DEFAULT_TIMEOUT_MS = 20_000;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Kept in memory only: it comes with the login result and with every GET /api/auth/me.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token || null;
}

type Listener = () => void;
const expiredListeners = new Set<Listener>();
/** Called whenever any request finds the session expired; returns an unsubscribe function. */
export function onSessionExpired(listener: Listener): () => void {
  expiredListeners.add(listener);
  return () => expiredListeners.delete(listener);
}

export interface RequestOptions {
  body?: unknown;
  timeoutMs?: number;
  /** Don't tell the session listeners about a 401 (the caller handles it, e.g. the start-up check). */
  quietUnauthorized?: boolean;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as { title?: unknown }).title === 'string' && typeof (value as { code?: unknown }).code === 'string';
}

async function readProblem(res: Response): Promise<Problem | null> {
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    const body: unknown = await res.json();
    return isProblem(body) ? body : null;
  } catch {
    return null;
  }
}

/** Calls the API at /api/…: JSON in and out, the session cookie, and the CSRF header on unsafe methods. */
export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;

  // A controller rather than AbortSignal.timeout(), which older Android WebViews lack.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: opts.body === undefined ? null : JSON.stringify(opts.body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: controller.signal,
    });
  } catch {
    const timedOut = controller.signal.aborted;
    throw new ApiError(timedOut ? 'timeout' : 'network', 0, null, timedOut ? 'request timed out' : 'network error');
  } finally {
    clearTimeout(timer);
  }

  if (!res.ok) {
    const problem = await readProblem(res);
    const err = new ApiError('http', res.status, problem, problem?.detail ?? problem?.title ?? `HTTP ${res.status}`);
    if (err.isSessionExpired && !opts.quietUnauthorized) for (const l of expiredListeners) l();
    throw err;
  }
  try {
    return (await res.json()) as T;
  } catch {
    // A 200 that is not JSON: a captive portal or a proxy's page instead of our server.
    throw new ApiError('network', res.status, null, 'response is not JSON');
  }
}
