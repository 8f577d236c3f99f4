import { loadConfig } from '../platform/config';
import { connect } from '../platform/db/connect';
import { evidenceStoresFor } from '../platform/files/evidence-stores';
import { evidenceAddresses } from '../platform/files/evidence.repository';
import { sweepStore } from '../platform/files/integrity-sweep';

/**
 * `npm run evidence:verify`: re-hashes every stored evidence original and thumbnail (local folder or
 * S3-compatible store, per configuration) and checks every recorded address is there. Exit 1 if any
 * object's bytes no longer match its SHA-256, or a recorded object is missing or unreadable.
 */
const config = loadConfig();
const { db } = connect(config.databaseUrl);
const stores = evidenceStoresFor(config);
const recorded = await evidenceAddresses(db);
await db.destroy();

let failed = false;
for (const [name, store, addresses] of [
  ['原件', stores.originals, recorded.originals],
  ['缩略图', stores.thumbnails, recorded.thumbnails],
] as const) {
  const report = await sweepStore(store, addresses);
  console.log(`证据${name}（${store.description}）：共校验 ${report.checked} 个对象，发现 ${report.problems.length} 处问题。`);
  for (const p of report.problems) {
    const label = p.kind === 'mismatch' ? '哈希不符' : p.kind === 'missing' ? '缺失' : '无法读取';
    console.error(`  ${label} ${p.sha256}：${p.detail}`);
  }
  if (report.problems.length) failed = true;
}
if (failed) {
  console.error('证据完整性校验失败。');
  process.exit(1);
}
console.log('证据完整性校验通过。');
