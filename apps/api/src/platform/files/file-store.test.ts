import { mkdtempSync, readdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileIntegrityError, LocalFileStore, sha256Of } from './file-store';

const root = mkdtempSync(join(tmpdir(), 'zhifa-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('LocalFileStore', () => {
  const store = new LocalFileStore(root);

  it('stores by SHA-256 under ab/cd/<sha256> and reads the same bytes back', async () => {
    const bytes = Buffer.from('铜应急责改〔2020〕1号');
    const f = await store.put(bytes);
    expect(f.sha256).toBe(sha256Of(bytes));
    expect(f.sm3).toMatch(/^[0-9a-f]{64}$/);
    expect(f.sizeBytes).toBe(bytes.length);
    expect(store.pathOf(f.sha256)).toBe(join(root, f.sha256.slice(0, 2), f.sha256.slice(2, 4), f.sha256));
    expect(await store.get(f.sha256)).toEqual(bytes);
    expect(await store.has(f.sha256)).toBe(true);
  });

  it('is write-once: storing the same bytes again keeps one file and leaves no temporary file', async () => {
    const bytes = Buffer.from('same content');
    const a = await store.put(bytes);
    const b = await store.put(bytes);
    expect(a).toEqual(b);
    const dir = join(root, a.sha256.slice(0, 2), a.sha256.slice(2, 4));
    expect(readdirSync(dir)).toEqual([a.sha256]);
  });

  it('detects a changed file on read and refuses bad addresses', async () => {
    const f = await store.put(Buffer.from('original'));
    const path = store.pathOf(f.sha256);
    chmodSync(path, 0o640);
    writeFileSync(path, 'tampered');
    await expect(store.get(f.sha256)).rejects.toBeInstanceOf(FileIntegrityError);
    await expect(store.get('0'.repeat(64))).rejects.toThrow(/文件不存在/);
    expect(() => store.pathOf('../etc/passwd')).toThrow(FileIntegrityError);
  });
});
