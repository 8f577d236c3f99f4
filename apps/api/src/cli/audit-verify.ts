import { existsSync } from 'node:fs';
import { verifyAuditChain } from '../platform/audit/audit';
import { ConfigError, loadConfig } from '../platform/config';
import { connect } from '../platform/db/connect';
import { pendingMigrations } from '../platform/db/migrate';

/**
 * `npm run audit:verify`: recomputes the audit hash chain; exit 1 and the first broken link if any.
 * A database that cannot be read (not initialised, unreachable) is one clear line and exit 2, no stack.
 */
const NOT_INITIALISED = '数据库尚未初始化（没有审计日志表）：请先运行 npm run db:migrate 或 npm start。Database not initialised: run `npm run db:migrate` first.';

function fail(message: string): never {
  console.error(`审计日志校验无法进行：${message}`);
  process.exit(2);
}

let config;
try {
  config = loadConfig();
} catch (e) {
  fail(e instanceof ConfigError ? e.message : String(e));
}
if (config.dialect === 'sqlite' && !existsSync(config.databaseUrl.slice('file:'.length))) fail(NOT_INITIALISED);
const { db } = connect(config.databaseUrl);
let report;
try {
  if ((await pendingMigrations(db)).includes('20261121T0001-platform')) fail(NOT_INITIALISED);
  report = await verifyAuditChain(db);
} catch (e) {
  fail(`无法读取数据库（${config.dialect}）：${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
} finally {
  await db.destroy();
}
if (report.ok) {
  console.log(`审计日志校验通过：共 ${report.checked} 条，哈希链完整（最后序号 ${report.lastSeq ?? '-'}）。`);
} else {
  console.error(`审计日志校验失败：第一处断链在序号 ${report.firstBrokenSeq}。原因：${report.reason}`);
  process.exit(1);
}
