import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditActor } from '../src/platform/audit/audit';
import { evidenceStoresFor } from '../src/platform/files/evidence-stores';
import { openEvidenceOriginal, storeEvidence, type EvidenceMetadataInput } from '../src/platform/files/evidence.service';
import { sweepStore } from '../src/platform/files/integrity-sweep';
import { readVerified, sha256Hex } from '../src/platform/files/object-store';
import { makeCtx, type Ctx } from '../src/platform/http/context';
import { AppError } from '../src/platform/http/errors';
import { startTestServer, testDb, type TestServer } from './test-server';

/**
 * The evidence store with its database index, on this run's database (SQLite or PostgreSQL), once with
 * the local folder and once with S3-compatible storage (s3rver started here) selected by configuration.
 */
const tmp = mkdtempSync(join(tmpdir(), 'zhifa-evidence-'));
let s3rver: S3rver;
let s3Env: Record<string, string>;
const BUCKET = 'zhifa-evidence';

beforeAll(async () => {
  s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: join(tmp, 's3rver') });
  const { port } = await s3rver.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const admin = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  await admin.send(new CreateBucketCommand({ Bucket: BUCKET }));
  admin.destroy();
  s3Env = { ZHIFA_STORE: 's3', ZHIFA_S3_ENDPOINT: endpoint, ZHIFA_S3_BUCKET: BUCKET, ZHIFA_S3_ACCESS_KEY: 'S3RVER', ZHIFA_S3_SECRET_KEY: 'S3RVER', ZHIFA_S3_FORCE_PATH_STYLE: 'true', ZHIFA_S3_PREFIX: `${testDb}-${randomBytes(3).toString('hex')}/` };
});

afterAll(async () => {
  await s3rver?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const streamBytes = async (s: NodeJS.ReadableStream): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
};

describe.each(['local', 's3'] as const)('evidence store on %s (' + testDb + ')', (kind) => {
  let s: TestServer;
  let ctx: Ctx;
  let officerId: string;

  beforeAll(async () => {
    s = await startTestServer(kind === 's3' ? { env: s3Env } : {});
    const officer = await s.deps.db.selectFrom('users').select(['id', 'username']).orderBy('username').limit(1).executeTakeFirstOrThrow();
    officerId = officer.id;
    const actor: AuditActor = { actorId: officer.id, actorName: officer.username, actorRole: 'officer', agencyId: null, ip: null, requestId: 'evidence-test' };
    ctx = makeCtx(s.deps, { requestId: 'evidence-test', ip: null, userAgent: null }, null, { all: true }, actor);
  });
  afterAll(async () => s?.close());

  const photo = randomBytes(64 * 1024);
  const meta = (over: Partial<EvidenceMetadataInput> = {}): EvidenceMetadataInput => ({
    id: randomUUID(),
    declaredSha256: sha256Hex(photo),
    mediaType: 'image/jpeg',
    capturedAt: '2026-12-07T09:15:02.123+08:00',
    lat: 34.9,
    lon: 108.95,
    gpsAccuracyM: 8.5,
    deviceId: 'device-7f3a',
    ...over,
  });

  it('selects the configured store', () => {
    expect(s.deps.config.objectStore.kind).toBe(kind);
    expect(JSON.stringify(s.deps.config)).not.toContain('secretAccessKey');
    expect(inspect(s.deps.config, { depth: 5 })).not.toContain('secretAccessKey');
  });

  it('stores the original, the thumbnail apart and the capture metadata; audited; download gives identical bytes', async () => {
    const m = meta();
    const thumb = randomBytes(2048);
    const { evidence, created } = await storeEvidence(ctx, m, { bytes: photo }, thumb);
    expect(created).toBe(true);
    expect(evidence).toMatchObject({ id: m.id, sha256: sha256Hex(photo), size_bytes: photo.length, thumbnail_sha256: sha256Hex(thumb), captured_at: m.capturedAt, lat: 34.9, lon: 108.95, gps_accuracy_m: 8.5, device_id: 'device-7f3a', uploaded_by: officerId, store: kind });

    const row = await s.deps.db.selectFrom('evidence_objects').selectAll().where('id', '=', m.id).executeTakeFirstOrThrow();
    expect(row).toEqual(evidence);

    const stores = evidenceStoresFor(s.deps.config);
    expect((await readVerified(stores.thumbnails, sha256Hex(thumb))).equals(thumb)).toBe(true);
    expect(await stores.originals.head(sha256Hex(thumb))).toBeNull();

    const { stream } = await openEvidenceOriginal(ctx, m.id);
    expect((await streamBytes(stream)).equals(photo)).toBe(true);

    const audit = await s.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'evidence.store').where('object_id', '=', m.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: officerId, object_type: 'evidence', result: 'success' });
    expect(JSON.parse(audit[0]!.detail ?? '{}')).toMatchObject({ sha256: sha256Hex(photo), sizeBytes: photo.length });
  });

  it('is idempotent: the same id and content answers the same row, concurrent duplicates make one row', async () => {
    const m = meta();
    const results = await Promise.all([storeEvidence(ctx, m, { bytes: photo }), storeEvidence(ctx, m, { bytes: photo }), storeEvidence(ctx, m, { bytes: photo })]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => JSON.stringify(r.evidence))).size).toBe(1);
    const again = await storeEvidence(ctx, m, { bytes: photo });
    expect(again.created).toBe(false);
    const rows = await s.deps.db.selectFrom('evidence_objects').select('id').where('id', '=', m.id).execute();
    expect(rows).toHaveLength(1);
  });

  it('same id with other content or metadata → 409, the first capture kept', async () => {
    const m = meta();
    await storeEvidence(ctx, m, { bytes: photo });
    const other = randomBytes(100);
    const err = await storeEvidence(ctx, { ...m, declaredSha256: sha256Hex(other) }, { bytes: other }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(409);
    expect((err as AppError).message).toContain('已用于另一份内容');
    const err2 = await storeEvidence(ctx, { ...m, capturedAt: '2026-12-07T09:16:00+08:00' }, { bytes: photo }).catch((e: unknown) => e);
    expect((err2 as AppError).status).toBe(409);
    const row = await s.deps.db.selectFrom('evidence_objects').selectAll().where('id', '=', m.id).executeTakeFirstOrThrow();
    expect(row.sha256).toBe(sha256Hex(photo));
    expect(row.captured_at).toBe(m.capturedAt);
  });

  it('a declared hash that differs from the bytes → 400 naming declaredSha256, nothing recorded', async () => {
    const m = meta({ declaredSha256: sha256Hex(Buffer.from('not this photo')) });
    const bytes = randomBytes(500);
    const err = (await storeEvidence(ctx, m, { bytes }).catch((e: unknown) => e)) as AppError;
    expect(err.status).toBe(400);
    expect(err.errors).toEqual([{ path: 'declaredSha256', message: expect.stringContaining('声明的 SHA-256 与上传的内容不一致') }]);
    expect(await s.deps.db.selectFrom('evidence_objects').select('id').where('id', '=', m.id).executeTakeFirst()).toBeUndefined();
    expect(await evidenceStoresFor(s.deps.config).originals.head(sha256Hex(bytes))).toBeNull();
  });

  it('bad metadata → 400 with Chinese messages naming each field', async () => {
    const err = (await storeEvidence(ctx, meta({ id: 'x', lat: 91, mediaType: 'application/zip' as never, capturedAt: 'yesterday', deviceId: ' ' }), { bytes: photo }).catch((e: unknown) => e)) as AppError;
    expect(err.status).toBe(400);
    expect(err.errors?.map((e) => e.path).sort()).toEqual(['capturedAt', 'deviceId', 'id', 'lat', 'mediaType']);
    expect(err.errors?.find((e) => e.path === 'lat')?.message).toBe('纬度应在 -90 到 90 之间');
  });

  it('the sweep over the configured store finds the stored originals intact', async () => {
    const rows = await s.deps.db.selectFrom('evidence_objects').select('sha256').execute();
    const report = await sweepStore(evidenceStoresFor(s.deps.config).originals, rows.map((r) => r.sha256));
    expect(report.problems).toEqual([]);
    expect(report.checked).toBeGreaterThanOrEqual(1);
  });
});
