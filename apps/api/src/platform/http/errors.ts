import { ErrorCode, errorTitle, type FieldError, type Problem } from '@zhifa/shared';

/** An error a user or client can cause; it becomes application/problem+json with Chinese text. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? errorTitle[code]);
  }

  toProblem(requestId: string): Problem {
    return {
      type: `https://zhifa.dev/problems/${this.code}`,
      title: errorTitle[this.code],
      status: this.status,
      code: this.code,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
      requestId,
    };
  }
}

export const notFound = (what = '记录'): AppError => new AppError(404, ErrorCode.NotFound, `${what}不存在或不在您的数据范围内`);
export const conflict = (detail: string): AppError => new AppError(409, ErrorCode.Conflict, detail);
export const forbidden = (detail?: string): AppError => new AppError(403, ErrorCode.Forbidden, detail);
export const unauthenticated = (detail = '请先登录'): AppError => new AppError(401, ErrorCode.Unauthenticated, detail);

/** A validation failure on one field, for rules zod cannot express (uniqueness, references, policies). */
export const invalidField = (path: string, message: string): AppError =>
  new AppError(400, ErrorCode.Validation, message, [{ path, message }]);

export const invalidFields = (errors: FieldError[]): AppError =>
  new AppError(400, ErrorCode.Validation, errors.map((e) => e.message).join('；'), errors);
