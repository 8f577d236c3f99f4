import type { Problem } from '@zhifa/shared/problem';
import { describe, expect, it } from 'vitest';
import { errorMessage, fieldErrors } from './error-message';
import { ApiError } from './http';

const httpError = (status: number, problem: Partial<Problem> | null) =>
  new ApiError('http', status, problem ? ({ type: 'about:blank', title: '', status, code: 'validation_failed', ...problem } as Problem) : null, 'x');

describe('errorMessage', () => {
  it('explains network trouble by whether the phone is online', () => {
    expect(errorMessage(new ApiError('network', 0, null, 'x'), true)).toBe('无法连接服务器，请检查网络后重试');
    expect(errorMessage(new ApiError('network', 0, null, 'x'), false)).toBe('当前处于离线状态，请联网后重试');
    expect(errorMessage(new ApiError('timeout', 0, null, 'x'), true)).toBe('网络较慢，请求超时，请稍后重试');
  });

  it("uses the server's Chinese detail, field messages first", () => {
    expect(errorMessage(httpError(401, { code: 'invalid_credentials', title: '用户名或密码错误', detail: '用户名或密码错误；连续失败 5 次将锁定 30 分钟' }))).toContain('连续失败');
    expect(errorMessage(httpError(400, { detail: 'a；b', errors: [{ path: 'body.code', message: '动态码：错误' }] }))).toBe('动态码：错误');
    expect(errorMessage(httpError(429, { code: 'rate_limited', title: '请求过于频繁，请稍后再试' }))).toBe('请求过于频繁，请稍后再试');
  });

  it('has a sentence for bare server failures and unknown errors', () => {
    expect(errorMessage(httpError(502, null))).toBe('服务器暂时不可用，请稍后重试');
    expect(errorMessage(new Error('boom'))).toBe('操作失败，请稍后重试');
  });
});

describe('fieldErrors', () => {
  it('maps body.* paths to form field names', () => {
    const err = httpError(400, { errors: [{ path: 'body.newPassword', message: '新密码：太短' }, { path: 'body.newPassword', message: '新密码：太简单' }] });
    expect(fieldErrors(err)).toEqual({ newPassword: '新密码：太短；新密码：太简单' });
    expect(fieldErrors(new Error('x'))).toEqual({});
  });
});
