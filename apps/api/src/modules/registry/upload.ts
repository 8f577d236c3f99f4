import { ErrorCode } from '@zhifa/shared';
import type { FastifyRequest } from 'fastify';
import { AppError, invalidField } from '../../platform/http/errors';

/**
 * The one uploaded file of a multipart/form-data request (field `file`), as a buffer. Why multipart
 * and not base64 JSON: a spreadsheet is binary, multipart carries it without a third more bytes, its
 * size limit (20 MB) is set on the upload alone instead of raising the JSON body limit of every
 * route, and it is what browsers (FormData) and tools (`curl -F file=@企业.xlsx`) send.
 */
export async function uploadedFile(req: FastifyRequest): Promise<Buffer> {
  if (!req.isMultipart()) throw invalidField('body.file', '文件：请以 multipart/form-data 上传 .xlsx 文件（字段名 file）');
  try {
    const part = await req.file();
    if (!part) throw invalidField('body.file', '文件：没有收到文件（字段名 file）');
    const buf = await part.toBuffer();
    if (!buf.length) throw invalidField('body.file', '文件：文件为空');
    return buf;
  } catch (e) {
    if (e instanceof AppError) throw e;
    const code = (e as { code?: string }).code ?? '';
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, ErrorCode.PayloadTooLarge, '文件：超过 20 MB，请分批导入');
    if (code.startsWith('FST_')) throw invalidField('body.file', '文件：上传内容不完整或格式不正确，请重新选择文件上传');
    throw e;
  }
}
