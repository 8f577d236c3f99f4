/**
 * Closed vocabularies of the enterprise library (检查对象名录库), with Chinese labels.
 * The seed's code tables (apps/api/seed/reference/code-tables.ts) are built from these, so the
 * rules, the API and the seed never disagree. Order = display order.
 */

/** 企业规模 (per 统计上大中小微型企业划分办法; the thresholds differ by industry and are not modelled here). */
export const enterpriseScales = ['large', 'medium', 'small', 'micro'] as const;
export type EnterpriseScale = (typeof enterpriseScales)[number];
export const enterpriseScaleLabel: Record<EnterpriseScale, string> = {
  large: '大型',
  medium: '中型',
  small: '小型',
  micro: '微型',
};

/** 安全生产标准化等级. */
export const standardizationLevels = ['level1', 'level2', 'level3', 'none'] as const;
export type StandardizationLevel = (typeof standardizationLevels)[number];
export const standardizationLevelLabel: Record<StandardizationLevel, string> = {
  level1: '一级',
  level2: '二级',
  level3: '三级',
  none: '未定级',
};

/**
 * 风险特征 (risk flags) — the "专项" features that decide which special check items apply.
 * An enterprise may carry several.
 */
export const riskFlags = [
  'majorHazardSource',
  'dustExplosion',
  'ammoniaRefrigeration',
  'confinedSpace',
  'metalSmelting',
  'aluminiumDeepWellCasting',
  'hazardousProcess',
  'hotWork',
  'liftingMoltenMetal',
  'gasUse',
] as const;
export type RiskFlag = (typeof riskFlags)[number];
export const riskFlagLabel: Record<RiskFlag, string> = {
  majorHazardSource: '重大危险源',
  dustExplosion: '粉尘涉爆',
  ammoniaRefrigeration: '涉氨制冷',
  confinedSpace: '有限空间作业',
  metalSmelting: '金属冶炼',
  aluminiumDeepWellCasting: '铝加工（深井铸造）',
  hazardousProcess: '重点监管危险化工工艺',
  hotWork: '动火等危险作业',
  liftingMoltenMetal: '吊运熔融金属',
  gasUse: '使用煤气（天然气）',
};

/**
 * 许可证 / 备案证明 types that the enforcement agency cares about. Only certificates issued or
 * supervised by 应急管理部门 are listed; business licences (营业执照) are implied by the credit code.
 */
export const licenceTypes = [
  'hazchemProductionSafety',
  'hazchemOperation',
  'hazchemUse',
  'mineSafetyProduction',
  'fireworksProductionSafety',
  'fireworksWholesale',
  'fireworksRetail',
  'precursorChemicalFiling',
] as const;
export type LicenceType = (typeof licenceTypes)[number];
export const licenceTypeLabel: Record<LicenceType, string> = {
  hazchemProductionSafety: '危险化学品安全生产许可证',
  hazchemOperation: '危险化学品经营许可证',
  hazchemUse: '危险化学品安全使用许可证',
  mineSafetyProduction: '安全生产许可证（非煤矿山）',
  fireworksProductionSafety: '烟花爆竹安全生产许可证',
  fireworksWholesale: '烟花爆竹经营（批发）许可证',
  fireworksRetail: '烟花爆竹经营（零售）许可证',
  precursorChemicalFiling: '非药品类易制毒化学品生产（经营）备案证明',
};

export const hazchemLicenceTypes: readonly LicenceType[] = ['hazchemProductionSafety', 'hazchemOperation', 'hazchemUse'];
export const fireworksLicenceTypes: readonly LicenceType[] = ['fireworksProductionSafety', 'fireworksWholesale', 'fireworksRetail'];

/** 经营状态. */
export const enterpriseStatuses = ['operating', 'suspended', 'closed'] as const;
export type EnterpriseStatus = (typeof enterpriseStatuses)[number];
export const enterpriseStatusLabel: Record<EnterpriseStatus, string> = {
  operating: '在营',
  suspended: '停产',
  closed: '关闭',
};

/** 重大危险源等级 (GB 18218 辨识, 分级 per 危险化学品重大危险源监督管理暂行规定). */
export const majorHazardSourceLevels = ['level1', 'level2', 'level3', 'level4'] as const;
export type MajorHazardSourceLevel = (typeof majorHazardSourceLevels)[number];
export const majorHazardSourceLevelLabel: Record<MajorHazardSourceLevel, string> = {
  level1: '一级',
  level2: '二级',
  level3: '三级',
  level4: '四级',
};
