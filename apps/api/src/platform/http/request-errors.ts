import type { Socket } from 'node:net';
import { ErrorCode, errorTitle } from '@zhifa/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors';

/**
 * Everything Fastify, its plugins or Node's HTTP parser refuse before a route runs, worded as the
 * same application/problem+json with a Chinese title and detail as the routes' own errors.
 */

const bodyError = (status: number, code: ErrorCode, detail: string): AppError => new AppError(status, code, detail, [{ path: 'body', message: detail }]);

/** The problem for a 4xx Fastify or plugin error, or null when it is not one (a 500). */
export function problemOfRequestError(err: FastifyError): AppError | null {
  const status = err.statusCode ?? 0;
  if (status === 429) return new AppError(429, ErrorCode.RateLimited, '请求过于频繁，请稍后再试');
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(413, ErrorCode.PayloadTooLarge, '提交的内容超过大小限制（JSON 请求体最大 2 MB）');
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError(413, ErrorCode.PayloadTooLarge, '文件：超过 20 MB');
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new AppError(413, ErrorCode.PayloadTooLarge, '文件：一次只能上传一个文件（字段名 file）');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return bodyError(415, ErrorCode.UnsupportedMediaType, '不支持的内容类型，请以 application/json 提交（上传文件用 multipart/form-data）');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return bodyError(415, ErrorCode.UnsupportedMediaType, '不支持的内容类型，上传文件请用 multipart/form-data');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return bodyError(400, ErrorCode.Validation, '请求体为空，应为 JSON');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return bodyError(400, ErrorCode.BadRequest, '请求体长度与 Content-Length 不符');
    case 'FST_ERR_BAD_URL':
      return new AppError(400, ErrorCode.BadRequest, '网址中的百分号编码（%xx）不正确');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError(414, ErrorCode.UriTooLong, '网址中的路径参数过长（最多 512 个字符）');
  }
  if (status < 400 || status >= 500) return null;
  if (err.code?.startsWith('FST_ERR_CTP') || err instanceof SyntaxError) return bodyError(400, ErrorCode.Validation, '请求体不是有效的 JSON');
  if (status === 413) return new AppError(413, ErrorCode.PayloadTooLarge, '提交的内容超过大小限制');
  return bodyError(status, ErrorCode.BadRequest, '请求格式不正确');
}

/** Fastify's `frameworkErrors`: a bad percent-encoding or an over-long path parameter, before routing. */
export function frameworkErrors(send: (reply: FastifyReply, err: AppError) => FastifyReply) {
  return (err: FastifyError, _req: FastifyRequest, reply: FastifyReply): void => {
    void send(reply, problemOfRequestError(err) ?? new AppError(400, ErrorCode.BadRequest, '请求格式不正确'));
  };
}

/**
 * Fastify's `clientErrorHandler`: what Node's HTTP parser refuses (a request line or headers over
 * 16 KB → 431, a malformed request → 400) never reaches Fastify, so the answer is written raw.
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, detail] =
    err.code === 'HPE_HEADER_OVERFLOW' ? [431, ErrorCode.HeadersTooLarge, '网址或请求头过长（合计最多 16 KB），请缩短查询条件'] as const
    : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, ErrorCode.BadRequest, '请求超时，请重试'] as const
    : [400, ErrorCode.BadRequest, '请求格式不正确'] as const;
  const body = JSON.stringify({ type: `https://zhifa.dev/problems/${code}`, title: errorTitle[code], status, code, detail });
  const reason = status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request';
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(err);
}
