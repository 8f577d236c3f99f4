import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const dir = mkdtempSync(join(tmpdir(), 'zhifa-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const base = { DATA_DIR: dir, ZHIFA_SECRET: 'x'.repeat(40) };

describe('evidence object store configuration', () => {
  it('defaults to the local folder', () => {
    expect(loadConfig(base).objectStore).toEqual({ kind: 'local' });
  });

  it('selects S3-compatible storage and keeps the secret out of JSON and logs', () => {
    const c = loadConfig({ ...base, ZHIFA_STORE: 's3', ZHIFA_S3_ENDPOINT: 'http://minio.internal:9000', ZHIFA_S3_BUCKET: 'zhifa-evidence', ZHIFA_S3_ACCESS_KEY: 'zhifa', ZHIFA_S3_SECRET_KEY: 'very-secret-value', ZHIFA_S3_PREFIX: 'prod/' });
    expect(c.objectStore).toMatchObject({ kind: 's3', endpoint: 'http://minio.internal:9000', bucket: 'zhifa-evidence', region: 'us-east-1', accessKeyId: 'zhifa', forcePathStyle: true, prefix: 'prod/' });
    expect(c.objectStore.kind === 's3' && c.objectStore.secretAccessKey).toBe('very-secret-value');
    expect(JSON.stringify(c)).not.toContain('very-secret-value');
    expect(inspect(c, { depth: 5 })).not.toContain('very-secret-value');
  });

  it('refuses incomplete or malformed S3 settings, naming the variable in Chinese', () => {
    expect(() => loadConfig({ ...base, ZHIFA_STORE: 's3' })).toThrow(/ZHIFA_S3_BUCKET: ZHIFA_STORE=s3 时必须填写存储桶名称/);
    expect(() => loadConfig({ ...base, ZHIFA_STORE: 's3', ZHIFA_S3_BUCKET: 'b-1', ZHIFA_S3_ACCESS_KEY: 'k' })).toThrow(/ZHIFA_S3_SECRET_KEY: 访问密钥 ID 与密钥须同时填写/);
    expect(() => loadConfig({ ...base, ZHIFA_STORE: 'minio' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ZHIFA_STORE: 's3', ZHIFA_S3_BUCKET: 'Bad_Bucket' })).toThrow(/ZHIFA_S3_BUCKET: 应为 3–63 位/);
    expect(() => loadConfig({ ...base, ZHIFA_S3_PREFIX: 'no-slash' })).toThrow(/ZHIFA_S3_PREFIX/);
  });
});
