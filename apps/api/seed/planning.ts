/**
 * Planning reference data (issue 11): the dated rule values of 分级分类 (the national default preset),
 * the frequency policy (warn) and the publication periods of 一公开 (reference §2.5). Idempotent.
 */
import type { Tx } from '../src/platform/db/tx';
import { stableId } from '../src/platform/stable-id';
import { classificationPresets } from '../src/modules/planning/classification-rules';
import { CLASSIFICATION_RULE } from '../src/modules/planning/classification.repository';
import { RULE_FREQUENCY_POLICY, RULE_PUBLISH_DRAW, RULE_PUBLISH_INSPECTION, RULE_PUBLISH_PENALTY, RULE_WITHDRAW } from '../src/modules/planning/planning-rules.service';

const national = classificationPresets.find((p) => p.code === 'national-default')!;

const seeds: { key: string; from: string; value: unknown; source: string; note: string }[] = [
  { key: CLASSIFICATION_RULE, from: '2021-09-01', value: national.rule, source: national.source, note: `${national.label}；省级机关可按预设（如山西 2025）另设施行规则` },
  { key: RULE_FREQUENCY_POLICY, from: '2017-01-01', value: { mode: 'warn' }, source: '安监总政法〔2017〕150号（统筹各层级计划，避免重复检查）', note: 'warn = 提示并允许；block = 禁止超过年度上限或多层级同期重复检查' },
  { key: RULE_PUBLISH_DRAW, from: '2019-02-15', value: { days: 20, unit: 'workingDays' }, source: '国发〔2019〕5号：抽查结果 20 个工作日内公示 [K]', note: '未与官方文本核对' },
  { key: RULE_PUBLISH_INSPECTION, from: '2019-01-03', value: { days: 20, unit: 'workingDays' }, source: '国办发〔2018〕118号（行政执法公示制度）：执法决定 20 个工作日内公开 [K]', note: '未与官方文本核对' },
  { key: RULE_PUBLISH_PENALTY, from: '2021-09-01', value: { days: 7, unit: 'workingDays' }, source: '《中华人民共和国安全生产法》（2021年修正）第七十八条 [K]', note: '行政处罚决定 7 个工作日内在监督管理部门公示系统公开；未与官方文本核对' },
  { key: RULE_WITHDRAW, from: '2021-07-15', value: { days: 3, unit: 'calendarDays' }, source: '《中华人民共和国行政处罚法》（2021年修订）第四十八条 [K]', note: '公开的决定被变更、撤销、确认违法或确认无效的，应当在三日内撤回' },
];

export async function seedPlanningReference(tx: Tx, now: string): Promise<number> {
  let added = 0;
  for (const r of seeds) {
    const id = stableId(`rule:${r.key}:${r.from}`);
    if (await tx.selectFrom('rule_values').select('id').where('id', '=', id).executeTakeFirst()) continue;
    await tx.insertInto('rule_values').values({ id, key: r.key, jurisdiction_agency_id: null, effective_from: r.from, effective_to: null, value: JSON.stringify(r.value), source: r.source, verified: 0, note: r.note, created_at: now }).execute();
    added++;
  }
  return added;
}
