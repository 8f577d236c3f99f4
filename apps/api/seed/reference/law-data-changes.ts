import { AQ_098_02_NAME, AQ_098_04_NAME, UNGRADED_HIGHER, UNGRADED_LOWER, violations } from './violations';

/**
 * The change log of the law data (法律法规库、违法行为库、裁量): every change after the first seed,
 * with its date, source and reason. A `correct` entry is also applied to installations seeded before
 * it — only where the stored value is still the old one (a value changed locally is left alone).
 * Documented for readers in docs/law-data-changes.md.
 */
export interface LawDataChange {
  date: string;
  kind: 'correct' | 'add' | 'classify';
  /** For `correct`: the row and column changed, and the old and new values. */
  table?: 'violations' | 'discretion_tiers';
  key?: string;
  column?: 'name' | 'circumstance';
  from?: string;
  to?: string;
  what: string;
  source: string;
  reason: string;
}

const WSL98 = '《中华人民共和国安全生产法》（2021年修正）第九十八条（国家法律法规数据库 https://flk.npc.gov.cn；转录：GitHub LawRefBook/Laws 社会法/安全生产法(2021-06-10).md）';

/** The 2026 discretion tiers that split an escalation stage in two, whose circumstances were identical. */
const splitTiers = violations.flatMap((v) =>
  v.discretionVersions
    .filter((d) => d.key.endsWith('@2026'))
    .flatMap((d) => d.tiers.filter((t) => t.label.endsWith('（较低档）') || t.label.endsWith('（较高档）')))
    .map((t): LawDataChange => {
      const suffix = t.label.endsWith('（较低档）') ? UNGRADED_LOWER : UNGRADED_HIGHER;
      return {
        date: '2026-12-07', kind: 'correct', table: 'discretion_tiers', key: t.key, column: 'circumstance', from: t.circumstance.slice(0, -suffix.length), to: t.circumstance,
        what: `${v.code} ${t.label} 的适用情形`, source: 'zhifa 示例裁量数据（待替换为《应急管理行政处罚裁量基准》）', reason: '同一阶段拆分的两个档次适用情形相同，无法据以选择档次（issue 8）',
      };
    }),
);

export const lawDataChanges: readonly LawDataChange[] = [
  {
    date: '2026-12-07', kind: 'correct', table: 'violations', key: 'violation:safety-design-not-approved', column: 'name',
    from: '建设项目没有安全设施设计或者安全设施设计未按照规定报经有关部门审查同意', to: AQ_098_02_NAME,
    what: 'AQ-098-02 违法行为名称', source: `${WSL98}第二项`, reason: '名称遗漏了第九十八条的适用范围（矿山、金属冶炼建设项目或者用于生产、储存、装卸危险物品的建设项目），扩大了处罚范围（issue 8）',
  },
  {
    date: '2026-12-07', kind: 'correct', table: 'violations', key: 'violation:safety-facilities-not-accepted', column: 'name',
    from: '建设项目竣工投入生产或者使用前，安全设施未经验收合格', to: AQ_098_04_NAME,
    what: 'AQ-098-04 违法行为名称', source: `${WSL98}第四项`, reason: '名称遗漏了第九十八条的适用范围（issue 8）',
  },
  ...splitTiers,
  {
    date: '2026-12-07', kind: 'add', what: '《中华人民共和国行政处罚法》第六十八条、第六十九条（当场收缴罚款）',
    source: '《中华人民共和国行政处罚法》（2021年修订）第六十八条、第六十九条（国家法律法规数据库 https://flk.npc.gov.cn，待核对）', reason: '当场收缴只能依据这两条的法定情形（issue 8）',
  },
  {
    date: '2026-12-07', kind: 'classify', what: '全部条款标注条款性质（义务性条款 / 罚则 / 程序性条款），见 provision-kinds.ts',
    source: '各法律法规的章节结构（法律责任章为罚则）', reason: '检查事项的依据须为义务性条款，不得为罚则（问题解释第10条；issue 8：安全生产法第九十九条曾被接受为检查依据）',
  },
];
