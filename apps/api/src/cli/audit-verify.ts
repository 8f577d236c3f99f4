import { verifyAuditChain } from '../platform/audit/audit';
import { loadConfig } from '../platform/config';
import { connect } from '../platform/db/connect';

/** `npm run audit:verify`: recomputes the audit hash chain; exit 1 and the first broken link if any. */
const config = loadConfig();
const { db } = connect(config.databaseUrl);
const report = await verifyAuditChain(db);
await db.destroy();
if (report.ok) {
  console.log(`审计日志校验通过：共 ${report.checked} 条，哈希链完整（最后序号 ${report.lastSeq ?? '-'}）。`);
} else {
  console.error(`审计日志校验失败：第一处断链在序号 ${report.firstBrokenSeq}。原因：${report.reason}`);
  process.exit(1);
}
