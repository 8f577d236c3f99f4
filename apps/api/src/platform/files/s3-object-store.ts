import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import {
  assertAddress,
  checkDeclared,
  hashFile,
  hashStream,
  ObjectIntegrityError,
  ObjectNotFoundError,
  sha256Hex,
  SHA256_HEX,
  type ObjectStore,
  type PutResult,
} from './object-store';

export interface S3Settings {
  /** e.g. http://minio.internal:9000; absent for AWS itself. */
  endpoint: string | null;
  bucket: string;
  region: string;
  accessKeyId: string | null;
  secretAccessKey: string | null;
  /** MinIO and Ceph RGW usually need path-style addressing (http://host/bucket/key). */
  forcePathStyle: boolean;
}

const statusOf = (e: unknown): number | undefined => (e instanceof S3ServiceException ? e.$metadata.httpStatusCode : undefined);

/**
 * S3-compatible object storage. Keys are `<prefix><ab>/<sha256>`; an object is written once with
 * `If-None-Match: *` (servers that ignore the header are covered by the HEAD before it), and an
 * existing object is re-hashed instead of replaced, so several API servers can share one bucket.
 */
export class S3ObjectStore implements ObjectStore {
  private readonly client: S3Client;

  constructor(
    private readonly settings: S3Settings,
    private readonly prefix: string,
  ) {
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint ?? undefined,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
      // Only compute/validate checksums where the operation requires them: S3-compatible servers vary.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  get description(): string {
    return `s3:${this.settings.endpoint ?? 'aws'}/${this.settings.bucket}/${this.prefix}`;
  }

  keyOf(sha256: string): string {
    assertAddress(sha256);
    return `${this.prefix}${sha256.slice(0, 2)}/${sha256}`;
  }

  async put(bytes: Buffer, declaredSha256?: string): Promise<PutResult> {
    const sha256 = sha256Hex(bytes);
    checkDeclared(declaredSha256, sha256);
    return this.write(sha256, bytes.length, () => bytes);
  }

  async putFile(path: string, declaredSha256?: string): Promise<PutResult> {
    const { sha256, sizeBytes } = await hashFile(path);
    checkDeclared(declaredSha256, sha256);
    return this.write(sha256, sizeBytes, () => createReadStream(path));
  }

  private async write(sha256: string, sizeBytes: number, body: () => Buffer | Readable): Promise<PutResult> {
    if (await this.head(sha256)) {
      await this.checkExisting(sha256);
      return { sha256, sizeBytes, created: false };
    }
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.settings.bucket,
          Key: this.keyOf(sha256),
          Body: body(),
          ContentLength: sizeBytes,
          ContentType: 'application/octet-stream',
          IfNoneMatch: '*',
          Metadata: { sha256 },
        }),
      );
    } catch (e) {
      // 412: another server stored the same address meanwhile; keep theirs after checking it.
      if (statusOf(e) !== 412) throw e;
      await this.checkExisting(sha256);
      return { sha256, sizeBytes, created: false };
    }
    return { sha256, sizeBytes, created: true };
  }

  private async checkExisting(sha256: string): Promise<void> {
    const { sha256: actual } = await hashStream(await this.get(sha256));
    if (actual !== sha256) throw new ObjectIntegrityError(sha256, '已存储的对象内容与哈希不一致（对象已被改动），拒绝覆盖');
  }

  async get(sha256: string): Promise<Readable> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(sha256) }));
      return out.Body as Readable;
    } catch (e) {
      if (statusOf(e) === 404) throw new ObjectNotFoundError(sha256);
      throw e;
    }
  }

  async head(sha256: string): Promise<{ sizeBytes: number } | null> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(sha256) }));
      return { sizeBytes: out.ContentLength ?? 0 };
    } catch (e) {
      if (statusOf(e) === 404) return null;
      throw e;
    }
  }

  async *list(): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: this.prefix, ContinuationToken: token }));
      for (const o of page.Contents ?? []) {
        const name = (o.Key ?? '').slice(this.prefix.length).split('/')[1] ?? '';
        if (SHA256_HEX.test(name)) yield name;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  destroy(): void {
    this.client.destroy();
  }
}
