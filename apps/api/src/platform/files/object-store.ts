import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Content-addressed, write-once object storage for evidence (photos, video, audio) and their
 * thumbnails. The address is the SHA-256 of the bytes: putting the same bytes twice stores them once,
 * an existing object is never overwritten, and a reader can always check what it got. Two
 * implementations: `LocalObjectStore` (a folder, one server) and `S3ObjectStore` (S3-compatible object
 * storage — MinIO, Ceph RGW, cloud OSS — shared by several API servers), chosen by configuration.
 */
export interface ObjectStore {
  /** 'local' or 's3', and where (folder or bucket/prefix); never credentials. */
  readonly description: string;
  /** Stores bytes; if `declaredSha256` is given and differs from the content, nothing is stored. */
  put(bytes: Buffer, declaredSha256?: string): Promise<PutResult>;
  /** Stores a file's content by streaming it (large video); same rules as `put`. */
  putFile(path: string, declaredSha256?: string): Promise<PutResult>;
  /** The raw stored bytes as a stream; throws ObjectNotFoundError. Wrap with `verifying` to check them. */
  get(sha256: string): Promise<Readable>;
  head(sha256: string): Promise<{ sizeBytes: number } | null>;
  /** Every stored address, for the integrity sweep. */
  list(): AsyncIterable<string>;
}

export interface PutResult {
  sha256: string;
  sizeBytes: number;
  /** False when the object was already there (checked to hold the same bytes) and nothing was written. */
  created: boolean;
}

export class ObjectNotFoundError extends Error {
  constructor(readonly sha256: string) {
    super(`对象 ${sha256.slice(0, 12)}… 不存在`);
    this.name = 'ObjectNotFoundError';
  }
}

export class ObjectIntegrityError extends Error {
  constructor(
    readonly sha256: string,
    readonly reason: string,
  ) {
    super(`对象 ${sha256.slice(0, 12)}… 校验失败：${reason}`);
    this.name = 'ObjectIntegrityError';
  }
}

/** The declared hash (from the device) differs from the bytes received. */
export class DeclaredHashMismatchError extends Error {
  constructor(
    readonly declared: string,
    readonly actual: string,
  ) {
    super(`声明的 SHA-256 与收到的内容不一致（声明 ${declared.slice(0, 12)}…，实际 ${actual.slice(0, 12)}…）`);
    this.name = 'DeclaredHashMismatchError';
  }
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;

export function assertAddress(sha256: string): void {
  if (!SHA256_HEX.test(sha256)) throw new ObjectIntegrityError(String(sha256).slice(0, 64), '对象地址应为 64 位小写十六进制 SHA-256');
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Hashes a stream chunk by chunk (bounded memory); returns the hex SHA-256 and the byte count. */
export async function hashStream(stream: Readable): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of stream) {
    const buf = chunk as Buffer;
    hash.update(buf);
    sizeBytes += buf.length;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}

export const hashFile = (path: string) => hashStream(createReadStream(path));

export function checkDeclared(declared: string | undefined, actual: string): void {
  if (declared === undefined) return;
  if (declared.toLowerCase() !== actual) throw new DeclaredHashMismatchError(declared, actual);
}

/** Passes the bytes through and fails the stream at its end if they do not hash to `sha256`. */
export function verifying(sha256: string): Transform {
  const hash = createHash('sha256');
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      hash.update(chunk);
      cb(null, chunk);
    },
    flush(cb: TransformCallback) {
      const actual = hash.digest('hex');
      cb(actual === sha256 ? null : new ObjectIntegrityError(sha256, '内容与哈希不一致（对象已被改动）'));
    },
  });
}

/** Reads a whole object, verified; for small objects (thumbnails, tests). */
export async function readVerified(store: ObjectStore, sha256: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const check = verifying(sha256);
  const collect = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      cb();
    },
  });
  await pipeline(await store.get(sha256), check, collect);
  return Buffer.concat(chunks);
}

/** A folder: ROOT/ab/cd/<sha256>, files written to a temporary name, flushed, then renamed. */
export class LocalObjectStore implements ObjectStore {
  constructor(private readonly root: string) {}

  get description(): string {
    return `local:${this.root}`;
  }

  pathOf(sha256: string): string {
    assertAddress(sha256);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(bytes: Buffer, declaredSha256?: string): Promise<PutResult> {
    const sha256 = sha256Hex(bytes);
    checkDeclared(declaredSha256, sha256);
    return this.write(sha256, bytes.length, () => Readable.from([bytes]));
  }

  async putFile(path: string, declaredSha256?: string): Promise<PutResult> {
    const { sha256, sizeBytes } = await hashFile(path);
    checkDeclared(declaredSha256, sha256);
    return this.write(sha256, sizeBytes, () => createReadStream(path));
  }

  private async write(sha256: string, sizeBytes: number, source: () => Readable): Promise<PutResult> {
    const path = this.pathOf(sha256);
    if (existsSync(path)) {
      await this.checkExisting(sha256);
      return { sha256, sizeBytes, created: false };
    }
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await pipeline(source(), verifying(sha256), createWriteStream(tmp, { flags: 'wx', mode: 0o440 }));
      const fh = await open(tmp, 'r');
      try {
        await fh.sync();
      } finally {
        await fh.close();
      }
      if (existsSync(path)) {
        // Another writer stored the same address meanwhile: keep theirs, never overwrite.
        rmSync(tmp, { force: true });
        await this.checkExisting(sha256);
        return { sha256, sizeBytes, created: false };
      }
      renameSync(tmp, path);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
    return { sha256, sizeBytes, created: true };
  }

  /** The same address must already hold the same bytes; a changed object is reported, not replaced. */
  private async checkExisting(sha256: string): Promise<void> {
    const { sha256: actual } = await hashStream(await this.get(sha256));
    if (actual !== sha256) throw new ObjectIntegrityError(sha256, '已存储的对象内容与哈希不一致（对象已被改动），拒绝覆盖');
  }

  async get(sha256: string): Promise<Readable> {
    const path = this.pathOf(sha256);
    if (!existsSync(path)) throw new ObjectNotFoundError(sha256);
    return createReadStream(path);
  }

  async head(sha256: string): Promise<{ sizeBytes: number } | null> {
    const path = this.pathOf(sha256);
    return existsSync(path) ? { sizeBytes: statSync(path).size } : null;
  }

  async *list(): AsyncIterable<string> {
    if (!existsSync(this.root)) return;
    for (const a of readdirSync(this.root).sort()) {
      if (!/^[0-9a-f]{2}$/.test(a)) continue;
      for (const b of readdirSync(join(this.root, a)).sort()) {
        if (!/^[0-9a-f]{2}$/.test(b)) continue;
        for (const name of readdirSync(join(this.root, a, b)).sort()) {
          if (SHA256_HEX.test(name)) yield name;
        }
      }
    }
  }
}
