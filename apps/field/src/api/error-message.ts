import { errorTitle, type ErrorCode } from '@zhifa/shared/problem';
import { ApiError } from './http';

/** A short Chinese sentence for the officer: what went wrong and, where possible, what to do. */
export function errorMessage(err: unknown, online = typeof navigator === 'undefined' ? true : navigator.onLine): string {
  if (!(err instanceof ApiError)) return '操作失败，请稍后重试';
  if (err.kind === 'network') return online ? '无法连接服务器，请检查网络后重试' : '当前处于离线状态，请联网后重试';
  if (err.kind === 'timeout') return '网络较慢，请求超时，请稍后重试';
  const p = err.problem;
  if (p) {
    if (p.errors?.length) return p.errors.map((e) => e.message).join('；');
    return p.detail || p.title || errorTitle[p.code as ErrorCode] || `请求失败（${err.status}）`;
  }
  if (err.status >= 500) return '服务器暂时不可用，请稍后重试';
  return `请求失败（${err.status}）`;
}

/** Server field errors keyed by the form field name (`body.code` → `code`). */
export function fieldErrors(err: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(err instanceof ApiError)) return out;
  for (const e of err.problem?.errors ?? []) {
    const name = e.path.replace(/^body\./, '');
    out[name] = out[name] ? `${out[name]}；${e.message}` : e.message;
  }
  return out;
}
