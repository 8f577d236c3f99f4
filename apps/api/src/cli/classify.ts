/**
 * `npm run planning:classify [-- <year>]`: recomputes the 分级分类 of every enterprise under the rules in
 * force today (the yearly job does the same once a year), keeping the history with its inputs.
 */
import { toChinaDate } from '@zhifa/shared/rules/discretion';
import { appendAudit, systemActor } from '../platform/audit/audit';
import { systemClock } from '../platform/clock';
import { loadConfig } from '../platform/config';
import { connect } from '../platform/db/connect';
import { inTransaction } from '../platform/db/tx';
import { recompute } from '../modules/planning/classification.service';

const config = loadConfig();
const { db } = connect(config.databaseUrl);
const now = systemClock.now();
const date = toChinaDate(now);
const year = Number(process.argv[2] ?? date.slice(0, 4));
const started = Date.now();
const out = await recompute(
  { db, tx: (fn) => inTransaction(db, fn), audit: async (tx, entry) => { await appendAudit(tx, systemActor, entry, now.toISOString()); } },
  { scope: { all: true }, agencyId: null, actorId: null, date, year, trigger: 'command', now: now.toISOString() },
);
await db.destroy();
console.log(`分级分类完成：${out.year} 年度，${out.enterpriseCount} 家企业（A ${out.counts.A} / B ${out.counts.B} / C ${out.counts.C} / D ${out.counts.D}），用时 ${Date.now() - started} ms。`);
