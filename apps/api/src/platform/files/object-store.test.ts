import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepStore } from './integrity-sweep';
import { DeclaredHashMismatchError, LocalObjectStore, ObjectIntegrityError, ObjectNotFoundError, readVerified, sha256Hex, type ObjectStore } from './object-store';
import { S3ObjectStore } from './s3-object-store';

/**
 * One suite, two stores: the local folder and a real S3-compatible server (s3rver, started here on a
 * free loopback port with its own data directory). Tampering writes straight into the folder or into
 * s3rver's directory, as a person with disk access would.
 */
interface Harness {
  store: ObjectStore;
  /** Overwrites the stored bytes of an object behind the store's back. */
  tamper(sha256: string, bytes: Buffer): void;
}

const tmp = mkdtempSync(join(tmpdir(), 'zhifa-objects-'));
let s3rver: S3rver;
const BUCKET = 'zhifa-evidence';
const harnesses: Record<string, Harness> = {};

beforeAll(async () => {
  const local = new LocalObjectStore(join(tmp, 'local'));
  harnesses.local = {
    store: local,
    tamper: (sha, bytes) => {
      const path = local.pathOf(sha);
      chmodSync(path, 0o640);
      writeFileSync(path, bytes);
    },
  };

  const s3dir = join(tmp, 's3rver');
  s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3dir });
  const addr = await s3rver.run();
  const settings = { endpoint: `http://127.0.0.1:${addr.port}`, bucket: BUCKET, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true };
  const admin = new S3Client({ region: settings.region, endpoint: settings.endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  await admin.send(new CreateBucketCommand({ Bucket: BUCKET }));
  admin.destroy();
  const s3 = new S3ObjectStore(settings, 'evidence/originals/');
  harnesses.s3 = {
    store: s3,
    tamper: (sha, bytes) => {
      // s3rver keeps each object as <dir>/<bucket>/<key>._S3rver_object
      const path = join(s3dir, BUCKET, `${s3.keyOf(sha)}._S3rver_object`);
      expect(existsSync(path)).toBe(true);
      writeFileSync(path, bytes);
    },
  };
});

afterAll(async () => {
  (harnesses.s3?.store as S3ObjectStore | undefined)?.destroy();
  await s3rver?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe.each(['local', 's3'])('ObjectStore (%s)', (kind) => {
  const h = () => harnesses[kind]!;

  it('stores by SHA-256 and gives back identical bytes (in memory and from a file)', async () => {
    const bytes = randomBytes(300_000);
    const put = await h().store.put(bytes);
    expect(put).toEqual({ sha256: sha256Hex(bytes), sizeBytes: bytes.length, created: true });
    expect((await readVerified(h().store, put.sha256)).equals(bytes)).toBe(true);
    expect(await h().store.head(put.sha256)).toEqual({ sizeBytes: bytes.length });

    const file = join(tmp, `${kind}-video.bin`);
    const video = randomBytes(2 * 1024 * 1024 + 17);
    writeFileSync(file, video);
    const fromFile = await h().store.putFile(file, sha256Hex(video).toUpperCase());
    expect(fromFile.sha256).toBe(sha256Hex(video));
    expect((await readVerified(h().store, fromFile.sha256)).equals(video)).toBe(true);
  });

  it('is write-once: the same bytes again are a checked no-op', async () => {
    const bytes = Buffer.from(`现场照片 ${kind}`);
    const a = await h().store.put(bytes);
    const b = await h().store.put(bytes, a.sha256);
    expect(a.created).toBe(true);
    expect(b).toEqual({ ...a, created: false });
    const listed: string[] = [];
    for await (const s of h().store.list()) listed.push(s);
    expect(listed.filter((s) => s === a.sha256)).toHaveLength(1);
  });

  it('refuses content that differs from the declared hash and stores nothing', async () => {
    const bytes = Buffer.from(`declared wrongly ${kind}`);
    const wrong = sha256Hex(Buffer.from('something else'));
    await expect(h().store.put(bytes, wrong)).rejects.toBeInstanceOf(DeclaredHashMismatchError);
    expect(await h().store.head(sha256Hex(bytes))).toBeNull();
    expect(await h().store.head(wrong)).toBeNull();
  });

  it('refuses bad addresses and reports missing objects', async () => {
    await expect(h().store.get('../../etc/passwd')).rejects.toBeInstanceOf(ObjectIntegrityError);
    await expect(h().store.get('0'.repeat(64))).rejects.toBeInstanceOf(ObjectNotFoundError);
    expect(await h().store.head('0'.repeat(64))).toBeNull();
  });

  it('sweep: clean store passes; a tampered object is reported, refused on read and never overwritten by a put', async () => {
    const clean = await sweepStore(h().store);
    expect(clean.problems).toEqual([]);
    expect(clean.checked).toBeGreaterThanOrEqual(3);

    const bytes = Buffer.from(`original evidence ${kind}`);
    const { sha256 } = await h().store.put(bytes);
    h().tamper(sha256, Buffer.from('tampered!'));

    const report = await sweepStore(h().store, [sha256, 'f'.repeat(64)]);
    expect(report.problems).toEqual([
      { sha256, kind: 'mismatch', detail: `内容的 SHA-256 为 ${sha256Hex(Buffer.from('tampered!'))}` },
      { sha256: 'f'.repeat(64), kind: 'missing', detail: '数据库有记录，但存储中没有该对象' },
    ]);
    await expect(readVerified(h().store, sha256)).rejects.toBeInstanceOf(ObjectIntegrityError);
    await expect(h().store.put(bytes)).rejects.toThrow(/拒绝覆盖/);
  });
});

describe('LocalObjectStore layout', () => {
  it('keeps ROOT/ab/cd/<sha256> and leaves no temporary file', async () => {
    const store = new LocalObjectStore(join(tmp, 'layout'));
    const { sha256 } = await store.put(Buffer.from('layout'));
    expect(store.pathOf(sha256)).toBe(join(tmp, 'layout', sha256.slice(0, 2), sha256.slice(2, 4), sha256));
    expect(readdirSync(join(tmp, 'layout', sha256.slice(0, 2), sha256.slice(2, 4)))).toEqual([sha256]);
  });
});
