import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { EvidenceObjectTable } from '../db/schema';
import type { Ctx } from '../http/context';
import { conflict, invalidField, invalidFields, notFound } from '../http/errors';
import { evidenceStoresFor } from './evidence-stores';
import { findEvidence, insertEvidence } from './evidence.repository';
import { DeclaredHashMismatchError, verifying } from './object-store';

const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'video/mp4', 'video/webm', 'video/quicktime', 'audio/mp4', 'audio/mpeg', 'audio/webm', 'audio/ogg', 'audio/wav'] as const;

/** What the device recorded at capture; the device computes the SHA-256 before anything leaves it. */
export const EvidenceMetadata = z.object({
  id: z.uuid({ error: '证据编号应为设备生成的 UUID' }),
  declaredSha256: z.string().regex(/^[0-9a-fA-F]{64}$/, { error: '声明的 SHA-256 应为 64 位十六进制' }).transform((v) => v.toLowerCase()),
  mediaType: z.enum(MEDIA_TYPES, { error: '媒体类型应为照片（JPEG/PNG/WebP/HEIC）、视频（MP4/WebM/MOV）或录音' }),
  capturedAt: z.iso.datetime({ offset: true, error: '采集时间应为带时区的 ISO 8601 时间' }),
  lat: z.number({ error: '纬度应为数字' }).min(-90, { error: '纬度应在 -90 到 90 之间' }).max(90, { error: '纬度应在 -90 到 90 之间' }).nullable().default(null),
  lon: z.number({ error: '经度应为数字' }).min(-180, { error: '经度应在 -180 到 180 之间' }).max(180, { error: '经度应在 -180 到 180 之间' }).nullable().default(null),
  gpsAccuracyM: z.number({ error: '定位精度应为数字（米）' }).min(0, { error: '定位精度不能为负数' }).nullable().default(null),
  deviceId: z.string({ error: '请填写设备标识' }).trim().min(1, { error: '请填写设备标识' }).max(200, { error: '设备标识不能超过 200 个字符' }),
});
export type EvidenceMetadataInput = z.input<typeof EvidenceMetadata>;

/** The original's bytes, in memory or (large video after a resumable upload) in a file. */
export type EvidenceContent = { bytes: Buffer } | { path: string };

const sameCapture = (row: EvidenceObjectTable, m: z.output<typeof EvidenceMetadata>): boolean =>
  row.sha256 === m.declaredSha256 &&
  row.media_type === m.mediaType &&
  row.captured_at === m.capturedAt &&
  row.lat === m.lat &&
  row.lon === m.lon &&
  row.gps_accuracy_m === m.gpsAccuracyM &&
  row.device_id === m.deviceId;

/**
 * Stores one evidence item: the original under its SHA-256 (refused if it differs from the hash the
 * device declared), the thumbnail apart, and the capture metadata in `evidence_objects`, audited in the
 * same transaction. Idempotent: the same id with the same content and metadata answers the same row;
 * the same id with anything different is a 409 (the bytes stay stored, the first row is kept).
 */
export async function storeEvidence(ctx: Ctx, metadata: EvidenceMetadataInput, content: EvidenceContent, thumbnail?: Buffer | null): Promise<{ evidence: EvidenceObjectTable; created: boolean }> {
  const parsed = EvidenceMetadata.safeParse(metadata);
  if (!parsed.success) throw invalidFields(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  const m = parsed.data;
  const stores = evidenceStoresFor(ctx.config);

  let stored;
  try {
    stored = 'bytes' in content ? await stores.originals.put(content.bytes, m.declaredSha256) : await stores.originals.putFile(content.path, m.declaredSha256);
  } catch (e) {
    if (e instanceof DeclaredHashMismatchError) throw invalidField('declaredSha256', `声明的 SHA-256 与上传的内容不一致，证据未保存（实际 ${e.actual}）`);
    throw e;
  }
  const thumb = thumbnail ? await stores.thumbnails.put(thumbnail) : null;

  const existing = await findEvidence(ctx.db, m.id);
  if (existing) return answerExisting(existing, m);

  const row: EvidenceObjectTable = {
    id: m.id,
    sha256: stored.sha256,
    declared_sha256: m.declaredSha256,
    size_bytes: stored.sizeBytes,
    media_type: m.mediaType,
    thumbnail_sha256: thumb?.sha256 ?? null,
    captured_at: m.capturedAt,
    lat: m.lat,
    lon: m.lon,
    gps_accuracy_m: m.gpsAccuracyM,
    device_id: m.deviceId,
    uploaded_by: ctx.auditActor.actorId,
    received_at: ctx.now(),
    store: ctx.config.objectStore.kind,
  };
  const inserted = await ctx.tx(async (tx) => {
    const r = await insertEvidence(tx, row);
    if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    await ctx.audit(tx, { action: 'evidence.store', objectType: 'evidence', objectId: m.id, detail: { sha256: row.sha256, sizeBytes: row.size_bytes, mediaType: row.media_type, deviceId: row.device_id, capturedAt: row.captured_at } });
    return true;
  });
  if (!inserted) {
    // A concurrent upload of the same id won the insert: answer as for a retry.
    const winner = await findEvidence(ctx.db, m.id);
    if (!winner) throw new Error('evidence row vanished after a conflicting insert');
    return answerExisting(winner, m);
  }
  return { evidence: row, created: true };
}

function answerExisting(existing: EvidenceObjectTable, m: z.output<typeof EvidenceMetadata>): { evidence: EvidenceObjectTable; created: boolean } {
  if (!sameCapture(existing, m)) throw conflict(`证据编号 ${m.id} 已用于另一份内容或采集信息，未覆盖已保存的证据`);
  return { evidence: existing, created: false };
}

/** The original of an evidence item as a stream that fails at its end if the bytes no longer match. */
export async function openEvidenceOriginal(ctx: Ctx, id: string): Promise<{ evidence: EvidenceObjectTable; stream: Readable }> {
  const evidence = await findEvidence(ctx.db, id);
  // Until inspections give evidence a data scope, an item is visible to the officer who uploaded it.
  if (!evidence || evidence.uploaded_by !== ctx.auditActor.actorId) throw notFound('证据');
  const raw = await evidenceStoresFor(ctx.config).originals.get(evidence.sha256);
  const checked = verifying(evidence.sha256);
  raw.on('error', (e) => checked.destroy(e));
  return { evidence, stream: raw.pipe(checked) };
}
