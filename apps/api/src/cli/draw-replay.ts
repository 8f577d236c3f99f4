/**
 * `npm run draw:replay -- <drawId | URL | file.json>` replays a 双随机 draw from its public data and prints
 * match or mismatch for every check (pool hash, officer-list hash, seed against its commitment, result).
 *
 * - a URL of the public page (`https://host/public/draws/<id>`) or of the API (`…/api/public/draws/<id>`)
 *   is fetched from that host;
 * - a bare draw id is fetched from `ZHIFA_URL` (default http://127.0.0.1:3000);
 * - a path to a saved JSON file (the API response, or its `data` member) is read from disk.
 * Exit code 0 when everything matches, 1 otherwise.
 */
import { readFileSync } from 'node:fs';
import { replayDraw, type PublicDrawData } from '@zhifa/shared/rules/draw-algorithm';

const arg = process.argv[2];
if (!arg) {
  console.error('用法：npm run draw:replay -- <抽取编号 | 公开页面地址 | 保存的 JSON 文件>');
  process.exit(2);
}

async function load(a: string): Promise<{ title?: string; data: PublicDrawData }> {
  let body: unknown;
  if (/^https?:\/\//.test(a)) {
    const u = new URL(a);
    const id = u.pathname.split('/').filter(Boolean).pop()!;
    const res = await fetch(`${u.origin}/api/public/draws/${id}`);
    if (!res.ok) throw new Error(`获取公开数据失败：HTTP ${res.status}`);
    body = await res.json();
  } else if (/^[0-9a-f-]{36}$/i.test(a)) {
    const base = process.env.ZHIFA_URL ?? 'http://127.0.0.1:3000';
    const res = await fetch(`${base}/api/public/draws/${a}`);
    if (!res.ok) throw new Error(`获取公开数据失败：HTTP ${res.status}`);
    body = await res.json();
  } else {
    body = JSON.parse(readFileSync(a, 'utf8'));
  }
  const b = body as { title?: string; data?: PublicDrawData };
  return b.data ? { title: b.title, data: b.data } : { data: body as PublicDrawData };
}

const { title, data } = await load(arg);
const report = replayDraw(data);
if (title) console.log(`抽取：${title}`);
console.log(`算法：${data.algorithm}；抽取池 ${data.pool.length} 家，执法人员 ${data.officers.length} 名`);
for (const c of report.checks) console.log(`${c.ok ? '✔ 一致' : '✘ 不一致'}  ${c.label}`);
console.log(report.ok ? 'MATCH 复核一致：公开结果可由公开数据重新计算得到。' : 'MISMATCH 复核不一致。');
process.exit(report.ok ? 0 : 1);
