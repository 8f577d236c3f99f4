import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Upload, type HttpResponse } from 'tus-js-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceStoresFor } from '../src/platform/files/evidence-stores';
import { sha256Hex } from '../src/platform/files/object-store';
import { startTestServer, type TestClient, type TestServer } from './test-server';

/**
 * Resumable evidence upload (tus 1.0) through the real HTTP server with the maintained tus client:
 * interrupted after the first part, resumed, checked against the declared SHA-256 and stored in the
 * evidence store under its content address.
 */
let s: TestServer;
let base: string;
let officer1: TestClient;
let officer2: TestClient;

beforeAll(async () => {
  s = await startTestServer();
  await s.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
  [officer1, officer2] = await Promise.all([s.as('officer1'), s.as('officer2')]);
});
afterAll(async () => s?.close());

const TUS = '/api/uploads/tus';
const b64 = (v: string) => Buffer.from(v).toString('base64');
const metadataOf = (bytes: Buffer, over: Record<string, string> = {}) => ({
  id: randomUUID(),
  sha256: sha256Hex(bytes),
  mediaType: 'video/mp4',
  capturedAt: '2026-12-07T10:01:00+08:00',
  lat: '34.91',
  lon: '108.93',
  gpsAccuracyM: '12',
  deviceId: 'phone-1',
  ...over,
});
const headerOf = (meta: Record<string, string>) =>
  Object.entries(meta)
    .map(([k, v]) => `${k} ${b64(v)}`)
    .join(',');
const authHeaders = (c: TestClient) => ({ cookie: c.cookie!, 'x-csrf-token': c.csrf! });

/** Creates an upload through inject, as a tus client's POST would. */
const create = (c: TestClient | null, meta: Record<string, string>, size: number, headers: Record<string, string> = {}) =>
  s.app.inject({ method: 'POST', url: TUS, headers: { 'tus-resumable': '1.0.0', 'upload-length': String(size), 'upload-metadata': headerOf(meta), ...(c ? authHeaders(c) : {}), ...headers } });

function tusUpload(bytes: Buffer, meta: Record<string, string>, c: TestClient, opts: { uploadUrl?: string; stopAfterFirstChunk?: boolean; chunkSize?: number }) {
  return new Promise<{ url: string; response: HttpResponse | null; interrupted: boolean }>((resolve, reject) => {
    const upload: Upload = new Upload(bytes, {
      endpoint: `${base}${TUS}`,
      uploadUrl: opts.uploadUrl,
      chunkSize: opts.chunkSize ?? 256 * 1024,
      metadata: meta,
      headers: authHeaders(c),
      retryDelays: [],
      storeFingerprintForResuming: false,
      onChunkComplete: () => {
        if (opts.stopAfterFirstChunk) {
          void upload.abort(false).then(() => resolve({ url: upload.url!, response: null, interrupted: true }));
        }
      },
      onSuccess: (payload) => resolve({ url: upload.url!, response: payload.lastResponse, interrupted: false }),
      onError: reject,
    });
    upload.start();
  });
}

describe('tus evidence uploads', () => {
  it('401 without a session, 403 without the CSRF token', async () => {
    const bytes = Buffer.from('x');
    expect((await create(null, metadataOf(bytes), 1)).statusCode).toBe(401);
    const res = await create(null, metadataOf(bytes), 1, { cookie: officer1.cookie! });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'csrf_failed' });
  });

  it('400 at creation for bad metadata, naming the fields in Chinese', async () => {
    const res = await create(officer1, metadataOf(Buffer.from('x'), { sha256: 'abc', lat: '95', mediaType: 'text/html' }), 1);
    expect(res.statusCode).toBe(400);
    const body = JSON.parse(res.body) as { errors: { path: string; message: string }[] };
    expect(body.errors.map((e) => e.path).sort()).toEqual(['lat', 'mediaType', 'sha256']);
    expect(body.errors.find((e) => e.path === 'sha256')?.message).toBe('声明的 SHA-256 应为 64 位十六进制');
  });

  it('uploads in two parts with an interruption; stores identical bytes under the declared hash; audited', async () => {
    const video = randomBytes(600 * 1024 + 123);
    const meta = metadataOf(video);
    const first = await tusUpload(video, meta, officer1, { stopAfterFirstChunk: true });
    expect(first.interrupted).toBe(true);

    // The server kept the first part: HEAD answers its offset.
    const path = new URL(first.url).pathname;
    const head = await s.app.inject({ method: 'HEAD', url: path, headers: { 'tus-resumable': '1.0.0', ...authHeaders(officer1) } });
    expect(head.statusCode).toBe(200);
    expect(Number(head.headers['upload-offset'])).toBe(256 * 1024);
    expect(await s.deps.db.selectFrom('evidence_objects').select('id').where('id', '=', meta.id).executeTakeFirst()).toBeUndefined();

    // Another officer can neither see nor continue it.
    const other = await s.app.inject({ method: 'HEAD', url: path, headers: { 'tus-resumable': '1.0.0', ...authHeaders(officer2) } });
    expect(other.statusCode).toBe(404);

    const done = await tusUpload(video, meta, officer1, { uploadUrl: first.url });
    expect(done.interrupted).toBe(false);
    expect(done.response?.getHeader('Zhifa-Evidence-Sha256')).toBe(sha256Hex(video));

    const row = await s.deps.db.selectFrom('evidence_objects').selectAll().where('id', '=', meta.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ sha256: sha256Hex(video), size_bytes: video.length, media_type: 'video/mp4', lat: 34.91, lon: 108.93, gps_accuracy_m: 12, device_id: 'phone-1' });
    const user = await s.deps.db.selectFrom('users').select('id').where('username', '=', 'officer1').executeTakeFirstOrThrow();
    expect(row.uploaded_by).toBe(user.id);

    const download = await officer1.get(`/api/evidence/${meta.id}/original`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(video)).toBe(true);
    expect(download.headers['zhifa-evidence-sha256']).toBe(sha256Hex(video));
    expect((await officer2.get(`/api/evidence/${meta.id}/original`)).statusCode).toBe(404);

    const audit = await s.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'evidence.store').where('object_id', '=', meta.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_id).toBe(user.id);
  });

  it('a completed upload whose bytes differ from the declared SHA-256 is refused and nothing is stored', async () => {
    const bytes = randomBytes(10_000);
    const meta = metadataOf(bytes, { sha256: sha256Hex(Buffer.from('what the phone claimed')) });
    const err = (await tusUpload(bytes, meta, officer1, {}).catch((e: unknown) => e)) as { originalResponse?: HttpResponse };
    expect(err.originalResponse?.getStatus()).toBe(400);
    expect(err.originalResponse?.getBody()).toContain('声明的 SHA-256 与上传的内容不一致');
    expect(await s.deps.db.selectFrom('evidence_objects').select('id').where('id', '=', meta.id).executeTakeFirst()).toBeUndefined();
    expect(await evidenceStoresFor(s.deps.config).originals.head(sha256Hex(bytes))).toBeNull();
  });

  it('GET of an unknown evidence id → 404, a malformed id → 400', async () => {
    expect((await officer1.get(`/api/evidence/${randomUUID()}/original`)).statusCode).toBe(404);
    const bad = await officer1.get('/api/evidence/nope/original');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toBe('编号：应为有效的 UUID');
  });
});
