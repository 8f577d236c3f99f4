/**
 * 字典 (code tables) with Chinese labels. Built from the shared vocabularies so the rules, the API
 * and the seed use the same codes.
 */
import { otherPenaltyLabel, otherPenalties, partyKindLabel } from '@zhifa/shared/rules/discretion';
import {
  enterpriseScaleLabel,
  enterpriseScales,
  enterpriseStatusLabel,
  enterpriseStatuses,
  licenceTypeLabel,
  licenceTypes,
  majorHazardSourceLevelLabel,
  majorHazardSourceLevels,
  riskFlagLabel,
  riskFlags,
  standardizationLevelLabel,
  standardizationLevels,
} from '@zhifa/shared/rules/enterprise-codes';
import { industryTradeSectors, sectorLabel, sectors } from '@zhifa/shared/rules/industry';
import {
  checkMethodLabel,
  checkMethods,
  lawKindLabel,
  lawKinds,
  onSiteMeasureLabel,
  onSiteMeasures,
  sourceLevelLabel,
  sourceLevels,
  type CodeTableEntry,
} from './types';

function table<C extends string>(name: string, codes: readonly C[], labels: Record<C, string>, describe?: (c: C) => string | undefined): CodeTableEntry[] {
  return codes.map((code, i) => {
    const description = describe?.(code);
    return { key: `code:${name}:${code}`, table: name, code, label: labels[code], sortOrder: i + 1, ...(description ? { description } : {}) };
  });
}

export const codeTableNames = {
  sector: '行业领域',
  enterpriseScale: '企业规模',
  standardizationLevel: '安全生产标准化等级',
  riskFlag: '风险特征',
  licenceType: '许可证类型',
  enterpriseStatus: '经营状态',
  majorHazardSourceLevel: '重大危险源等级',
  checkMethod: '检查方式',
  onSiteMeasure: '现场处理措施',
  otherPenalty: '其他处罚种类',
  partyKind: '处罚对象',
  sourceLevel: '事项来源层级',
  lawKind: '法律法规类别',
} as const;

const tradeSet = new Set<string>(industryTradeSectors);

export const codeTables: readonly CodeTableEntry[] = [
  ...table('sector', sectors, sectorLabel, (s) => (tradeSet.has(s) ? '工贸' : undefined)),
  ...table('enterpriseScale', enterpriseScales, enterpriseScaleLabel),
  ...table('standardizationLevel', standardizationLevels, standardizationLevelLabel),
  ...table('riskFlag', riskFlags, riskFlagLabel),
  ...table('licenceType', licenceTypes, licenceTypeLabel),
  ...table('enterpriseStatus', enterpriseStatuses, enterpriseStatusLabel),
  ...table('majorHazardSourceLevel', majorHazardSourceLevels, majorHazardSourceLevelLabel),
  ...table('checkMethod', checkMethods, checkMethodLabel),
  ...table('onSiteMeasure', onSiteMeasures, onSiteMeasureLabel),
  ...table('otherPenalty', otherPenalties, otherPenaltyLabel),
  ...table('partyKind', ['unit', 'person'] as const, partyKindLabel),
  ...table('sourceLevel', sourceLevels, sourceLevelLabel),
  ...table('lawKind', lawKinds, lawKindLabel),
];
