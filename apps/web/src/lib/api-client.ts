import { ErrorCode, errorTitle, type Problem } from '@zhifa/shared';

/**
 * The one way the portal talks to the API: same-origin cookies, JSON, the CSRF header on every
 * unsafe request, and `application/problem+json` turned into a typed {@link ApiError}.
 */

/** Field errors keyed by the request path without its `body.` / `query.` prefix, e.g. `roles.0.dataScope`. */
export type FieldErrors = Record<string, string>;

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'network_error';
  readonly detail: string;
  readonly fieldErrors: FieldErrors;
  readonly requestId: string | null;

  constructor(status: number, code: ApiError['code'], detail: string, fieldErrors: FieldErrors = {}, requestId: string | null = null) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
    this.requestId = requestId;
  }
}

/** The text to show for any error thrown by a query or mutation. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.detail;
  if (err instanceof Error && err.message) return err.message;
  return '操作失败，请稍后重试';
}

/** What the app must do when the server says the session is gone or needs another login step. */
export type SessionEvent =
  | { kind: 'expired'; message: string }
  | { kind: 'stepRequired'; code: typeof ErrorCode.SecondFactorRequired | typeof ErrorCode.PasswordChangeRequired };

let csrfToken: string | null = null;
let sessionNotice: string | null = null;
const listeners = new Set<(e: SessionEvent) => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token || null;
}

/** The message to show on the login page after a lost session (e.g. "会话已超时，请重新登录"). */
export function getSessionNotice(): string | null {
  return sessionNotice;
}

export function clearSessionNotice(): void {
  sessionNotice = null;
}

export function onSessionEvent(listener: (e: SessionEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const LAST_RESPONSE_KEY = 'zhifa.lastApiResponseAt';
let lastResponseAt = Date.now();

function noteResponse(): void {
  lastResponseAt = Date.now();
  try {
    // Shared with the other tabs: they use the same session, whose idle timer restarted now.
    localStorage.setItem(LAST_RESPONSE_KEY, String(lastResponseAt));
  } catch {
    // storage disabled: this tab's own time is good enough
  }
}

/** When the server last answered any tab of this browser; the session's idle timer restarted then. */
export function lastApiResponseAt(): number {
  let shared = 0;
  try {
    shared = Number(localStorage.getItem(LAST_RESPONSE_KEY)) || 0;
  } catch {
    // storage disabled
  }
  return Math.max(lastResponseAt, shared);
}

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Leave a 401 to the caller instead of sending the user to the login page (login screens). */
  expectUnauthenticated?: boolean;
}

/** Builds `/api/…?a=1&b=2`, leaving out empty values; also used for download links. */
export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function stripPrefix(path: string): string {
  return path.replace(/^(body|query|params)\.?/, '');
}

async function toApiError(res: Response): Promise<ApiError> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const p = (await res.json()) as Partial<Problem>;
      const fields: FieldErrors = {};
      for (const e of p.errors ?? []) {
        const key = stripPrefix(e.path);
        if (key && !(key in fields)) fields[key] = e.message;
      }
      const code = (p.code ?? ErrorCode.Internal) as ErrorCode;
      return new ApiError(res.status, code, p.detail ?? p.title ?? errorTitle[code] ?? '请求失败', fields, p.requestId ?? null);
    } catch {
      // fall through to the generic text below
    }
  }
  if (res.status === 502 || res.status === 503 || res.status === 504) {
    return new ApiError(res.status, ErrorCode.Internal, '服务器暂时无法访问，请稍后重试');
  }
  return new ApiError(res.status, ErrorCode.Internal, `请求失败（HTTP ${res.status}）`);
}

function emit(e: SessionEvent): void {
  for (const l of listeners) l(e);
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(apiUrl(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? null : JSON.stringify(opts.body),
      signal: opts.signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network_error', '无法连接服务器，请检查网络后重试');
  }
  noteResponse();
  if (res.ok) {
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }
  const err = await toApiError(res);
  if (res.status === 401 && !opts.expectUnauthenticated) {
    // Only a session this tab had can "expire"; a first visit without one just shows the login page.
    const hadSession = csrfToken !== null;
    setCsrfToken(null);
    if (hadSession) {
      sessionNotice = err.detail;
      emit({ kind: 'expired', message: err.detail });
    }
  } else if (res.status === 403 && (err.code === ErrorCode.SecondFactorRequired || err.code === ErrorCode.PasswordChangeRequired)) {
    emit({ kind: 'stepRequired', code: err.code });
  }
  throw err;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
