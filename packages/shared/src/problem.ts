/** The error body every API error uses: RFC 9457 application/problem+json with Chinese text. */
export interface FieldError {
  /** Dotted path inside the request, e.g. `body.username` or `query.page`. */
  path: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ErrorCode;
  errors?: FieldError[];
  requestId?: string;
}

export const ErrorCode = {
  Validation: 'validation_failed',
  Unauthenticated: 'unauthenticated',
  InvalidCredentials: 'invalid_credentials',
  AccountLocked: 'account_locked',
  AccountDisabled: 'account_disabled',
  SecondFactorRequired: 'second_factor_required',
  PasswordChangeRequired: 'password_change_required',
  Forbidden: 'forbidden',
  CsrfFailed: 'csrf_failed',
  NotFound: 'not_found',
  Conflict: 'conflict',
  RateLimited: 'rate_limited',
  PayloadTooLarge: 'payload_too_large',
  UnsupportedMediaType: 'unsupported_media_type',
  UriTooLong: 'uri_too_long',
  HeadersTooLarge: 'headers_too_large',
  BadRequest: 'bad_request',
  Internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const errorTitle: Record<ErrorCode, string> = {
  validation_failed: '提交的内容不符合要求',
  unauthenticated: '未登录或登录已过期',
  invalid_credentials: '用户名或密码错误',
  account_locked: '账户已锁定',
  account_disabled: '账户已停用',
  second_factor_required: '需要完成第二重身份验证',
  password_change_required: '需要先修改密码',
  forbidden: '没有权限执行此操作',
  csrf_failed: '请求校验失败，请刷新页面后重试',
  not_found: '未找到',
  conflict: '操作与当前状态冲突',
  rate_limited: '请求过于频繁，请稍后再试',
  payload_too_large: '提交的内容过大',
  unsupported_media_type: '不支持的内容类型',
  uri_too_long: '网址过长',
  headers_too_large: '请求头过大',
  bad_request: '请求格式不正确',
  internal_error: '服务器内部错误',
};
