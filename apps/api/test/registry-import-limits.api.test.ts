import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS } from '../src/modules/registry/workbook';
import { multipart } from './registry-helpers';
import { startTestServer, testDb, type TestClient, type TestServer } from './test-server';
import { bombXlsx } from './xlsx-bomb';

/**
 * Issue 7 §3: an .xlsx that inflates to millions of rows or gigabytes is refused quickly with a
 * Chinese 400/413 and writes nothing (the memory and /api/health latency during such imports are
 * measured by `bench/import-bomb.mjs`, not asserted here).
 */

let s: TestServer;
let wy: TestClient;
let chief: TestClient;
beforeAll(async () => {
  s = await startTestServer();
  wy = await s.as('wy_officer1');
  chief = await s.as('chief');
});
afterAll(async () => s?.close());

async function upload(c: TestClient, url: string, file: Buffer) {
  const { payload, headers } = multipart(file);
  return s.app.inject({ method: 'POST', url, payload, headers: { ...headers, cookie: c.cookie!, 'x-csrf-token': c.csrf! } });
}
const enterpriseCount = async () => Number((await s.deps.db.selectFrom('enterprises').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe(`import limits on ${testDb}`, () => {
  it('refuses a 0.2 MB workbook of 3 million one-cell rows at the row limit, writing nothing', async () => {
    const file = await bombXlsx('rows', 3_000_000);
    expect(file.length).toBeLessThan(512 * 1024);
    const before = await enterpriseCount();
    const res = await upload(wy, '/api/enterprises/import?mode=validRowsOnly', file);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors[0]).toEqual({ path: 'body.file', message: `文件：一次最多导入 ${MAX_IMPORT_ROWS} 行，本文件超过 ${MAX_IMPORT_ROWS} 行，请分批导入` });
    expect(await enterpriseCount()).toBe(before);
  });

  it('refuses the same file on the officer import', async () => {
    const res = await upload(chief, '/api/officers/import', await bombXlsx('rows', MAX_IMPORT_ROWS + 5, { sheet: '执法人员', headers: ['姓名', '执法证号', '发证机关', '执法证有效期起', '执法证有效期止'] }));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().detail).toMatch(/一次最多导入 20000 行/);
  });

  it('refuses a shared-string table that inflates beyond its cap with a Chinese 413', async () => {
    const res = await upload(wy, '/api/enterprises/import?dryRun=true', await bombXlsx('sharedStrings', 80_000));
    expect(res.statusCode, res.body).toBe(413);
    expect(res.json()).toMatchObject({ code: 'payload_too_large', detail: expect.stringMatching(/解压后内容过大/) });
  });

  it('refuses a single cell of megabytes with a Chinese 400', async () => {
    const res = await upload(wy, '/api/enterprises/import?dryRun=true', await bombXlsx('hugeCell', 4096));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors[0]).toEqual({ path: 'body.file', message: '文件：有单元格内容过长（每个单元格最多 32767 个字符）' });
  });
});
