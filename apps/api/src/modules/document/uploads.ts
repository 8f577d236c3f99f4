import { ErrorCode } from '@zhifa/shared';
import type { FastifyRequest } from 'fastify';
import { AppError, invalidField } from '../../platform/http/errors';

/**
 * The one file of a multipart/form-data request (field `file`). Images and PDFs are binary, so
 * they travel as multipart, with the size rule of their kind checked after reading (the global
 * multipart limit is 20 MB).
 */
export async function uploadedFile(req: FastifyRequest, label: string): Promise<Buffer> {
  if (!req.isMultipart()) throw invalidField('body.file', `${label}：请以 multipart/form-data 上传（字段名 file）`);
  try {
    const part = await req.file();
    if (!part) throw invalidField('body.file', `${label}：没有收到文件（字段名 file）`);
    const buf = await part.toBuffer();
    if (!buf.length) throw invalidField('body.file', `${label}：文件为空`);
    return buf;
  } catch (e) {
    if (e instanceof AppError) throw e;
    const code = (e as { code?: string }).code ?? '';
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, ErrorCode.PayloadTooLarge, `${label}：超过 20 MB`);
    if (code.startsWith('FST_')) throw invalidField('body.file', `${label}：上传内容不完整或格式不正确，请重新上传`);
    throw e;
  }
}

/** A file sent either as multipart (field `file`) or as JSON `{ contentBase64 }` (public verification). */
export async function fileFromEither(req: FastifyRequest, body: { contentBase64?: string } | undefined, label: string): Promise<Buffer> {
  if (req.isMultipart()) return uploadedFile(req, label);
  const b64 = body?.contentBase64 ?? '';
  if (!/^[A-Za-z0-9+/=\s_-]+$/.test(b64)) throw invalidField('body.contentBase64', `${label}：应为 Base64 编码的文件内容`);
  const buf = Buffer.from(b64, 'base64');
  if (!buf.length) throw invalidField('body.contentBase64', `${label}：文件为空`);
  return buf;
}
