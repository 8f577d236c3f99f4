import { IdParams } from '@zhifa/shared';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { openEvidenceOriginal } from '../../platform/files/evidence.service';
import type { Ctx } from '../../platform/http/context';
import { defineRoute, type RouteDef } from '../../platform/http/define-route';
import { handleTus, TUS_PATH } from './tus-uploads';

const tags = ['证据'];
const UploadParams = z.object({ id: z.string().regex(/^[0-9a-f]{32}$/, { error: '上传编号应为 32 位十六进制' }).describe('上传编号') });

/**
 * Evidence uploads through the tus resumable-upload protocol (HEAD comes with GET), and the download of
 * an original. Until inspections link evidence to their data scope, an item is visible to its uploader.
 * The session's CSRF token is required on POST/PATCH/DELETE as everywhere (tus clients send headers).
 */
export const evidenceRoutes: RouteDef[] = [
  defineRoute({ method: 'POST', url: TUS_PATH, access: 'authenticated', summary: '创建可续传的证据上传（tus 1.0；Upload-Metadata: id, sha256, mediaType, capturedAt, lat, lon, gpsAccuracyM, deviceId）', tags, raw: true, handler: async (_i, ctx, reply) => tus(ctx, reply) }),
  ...(['GET', 'PATCH', 'DELETE'] as const).map((method) =>
    defineRoute({ method, url: `${TUS_PATH}/:id`, access: 'authenticated', summary: method === 'GET' ? '查询上传进度（tus HEAD）' : method === 'PATCH' ? '续传数据（tus PATCH；完成时校验 SHA-256 并存入证据库）' : '放弃上传（tus 终止）', tags, params: UploadParams, raw: true, handler: async (_i, ctx, reply) => tus(ctx, reply) }),
  ),
  defineRoute({
    method: 'GET', url: '/api/evidence/:id/original', access: 'authenticated', summary: '下载证据原件（与上传内容逐字节一致）', tags, params: IdParams, raw: true,
    handler: async ({ params }, ctx, reply) => {
      const { evidence, stream } = await openEvidenceOriginal(ctx, params.id);
      return reply.header('content-type', evidence.media_type).header('content-length', evidence.size_bytes).header('zhifa-evidence-sha256', evidence.sha256).header('content-disposition', `attachment; filename="${evidence.id}"`).send(stream);
    },
  }),
];

async function tus(ctx: Ctx, reply: FastifyReply) {
  reply.hijack();
  await handleTus(ctx, reply.request.raw, reply.raw);
  return reply;
}
