import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What the store knows of a file: its SHA-256 (the address), its SM3 and its size. */
export interface StoredFile {
  sha256: string;
  sm3: string;
  sizeBytes: number;
}

/**
 * Content-addressed, write-once storage of bytes (PDFs, seals, signatures, receipt photos). The
 * address is the SHA-256 of the content, so writing the same bytes twice stores them once and a
 * stored file can never be replaced. Reading back verifies the hash. `LocalFileStore` keeps the
 * files under DATA_DIR/files; an S3-compatible adapter can implement the same interface later.
 */
export interface FileStore {
  put(bytes: Buffer): Promise<StoredFile>;
  /** The bytes of a stored file, checked against their address; throws FileIntegrityError otherwise. */
  get(sha256: string): Promise<Buffer>;
  has(sha256: string): Promise<boolean>;
}

export class FileIntegrityError extends Error {
  constructor(readonly sha256: string, reason: string) {
    super(`文件 ${sha256.slice(0, 12)}… 校验失败：${reason}`);
    this.name = 'FileIntegrityError';
  }
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
export const sm3Of = (bytes: Uint8Array): string => createHash('sm3').update(bytes).digest('hex');

const SHA256 = /^[0-9a-f]{64}$/;

export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  /** DATA_DIR/files/ab/cd/<sha256>. */
  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new FileIntegrityError(sha256, '文件地址应为 64 位十六进制 SHA-256');
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(bytes: Buffer): Promise<StoredFile> {
    const sha256 = sha256Of(bytes);
    const file: StoredFile = { sha256, sm3: sm3Of(bytes), sizeBytes: bytes.length };
    const path = this.pathOf(sha256);
    if (existsSync(path)) {
      // Never overwrite: the same address must already hold the same bytes.
      await this.get(sha256);
      return file;
    }
    mkdirSync(dirname(path), { recursive: true });
    // Write a temporary file, flush it, then rename: a reader never sees a half-written file.
    const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    const fd = openSync(tmp, 'wx', 0o440);
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (existsSync(path)) rmSync(tmp, { force: true });
    else renameSync(tmp, path);
    return file;
  }

  async get(sha256: string): Promise<Buffer> {
    const path = this.pathOf(sha256);
    if (!existsSync(path)) throw new FileIntegrityError(sha256, '文件不存在');
    const bytes = readFileSync(path);
    if (sha256Of(bytes) !== sha256) throw new FileIntegrityError(sha256, '内容与哈希不一致（文件已被改动）');
    return bytes;
  }

  async has(sha256: string): Promise<boolean> {
    return SHA256.test(sha256) && existsSync(this.pathOf(sha256));
  }
}

const stores = new Map<string, FileStore>();

/** The store of a data directory (one instance per directory and process). */
export function fileStoreFor(dataDir: string): FileStore {
  let store = stores.get(dataDir);
  if (!store) {
    store = new LocalFileStore(join(dataDir, 'files'));
    stores.set(dataDir, store);
  }
  return store;
}
