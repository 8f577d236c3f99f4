import { systemClock } from '../platform/clock';
import { ConfigError, loadConfig } from '../platform/config';
import { connect } from '../platform/db/connect';
import { migrateToLatest } from '../platform/db/migrate';
import { createFirstAdmins, FirstAdminsRefused } from '../modules/org/first-admins.service';
import { seedReference } from '../../seed/seed';

/**
 * `npm run admin:create [-- --agency <机关名称或区划代码>] [--force-reset]`: the first start of an
 * installation (README “生产部署”). Migrates, loads the reference data, creates the three
 * administrators and prints their one-time passwords once.
 */
const args = process.argv.slice(2);
const usage = '用法：npm run admin:create [-- --agency <机关名称或行政区划代码>] [--force-reset]';
const agencyAt = args.indexOf('--agency');
const agency = agencyAt >= 0 ? args[agencyAt + 1] : undefined;
const known = new Set(['--agency', '--force-reset', ...(agency ? [agency] : [])]);
const unknown = args.filter((a) => !known.has(a));
if (unknown.length || (agencyAt >= 0 && !agency)) {
  console.error(`无法识别的参数：${unknown.join(' ') || '--agency 缺少机关'}\n${usage}`);
  process.exit(2);
}

let config;
try {
  config = loadConfig();
} catch (e) {
  console.error(e instanceof ConfigError ? e.message : String(e));
  process.exit(2);
}
const { db } = connect(config.databaseUrl);
try {
  await migrateToLatest(db);
  await seedReference(db, systemClock);
  const r = await createFirstAdmins(db, systemClock, { agency, forceReset: args.includes('--force-reset') });
  console.log(`已${r.accounts.some((a) => a.reset) ? '创建或重置' : '创建'}三员账户（所属机关：${r.agencyName}，数据库：${config.dialect}）。`);
  console.log('以下一次性密码只显示这一次，请分别当面或以密封方式交给三位管理员：\n');
  for (const a of r.accounts) console.log(`  ${a.label.padEnd(8, '　')}  用户名 ${a.username.padEnd(11)} 一次性密码 ${a.password}${a.reset ? '  （已重置）' : ''}`);
  console.log('\n首次登录时须先绑定动态口令（第二重验证），再修改密码。');
  if (r.totpPolicyRaised) console.log('注意：第二重验证策略原为“不强制”，已改为“管理员必须启用”。');
} catch (e) {
  if (e instanceof FirstAdminsRefused) {
    console.error(`未创建：${e.message}`);
    process.exitCode = 1;
  } else throw e;
} finally {
  await db.destroy();
}
