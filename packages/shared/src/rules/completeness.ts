/**
 * 基础数据完整度 — the "作战图" of the Tongchuan pilot: an enterprise is ticked off ("完成一家、销账一家")
 * when every field its sector and risk features need is present and well-formed. Pure functions.
 */
import { validateCreditCode } from './credit-code';
import {
  fireworksLicenceTypes,
  hazchemLicenceTypes,
  type EnterpriseScale,
  type LicenceType,
  type MajorHazardSourceLevel,
  type RiskFlag,
  type StandardizationLevel,
} from './enterprise-codes';
import { deriveSector, normalizeIndustryCode, type Sector } from './industry';

export interface EnterpriseLicence {
  type: LicenceType;
  number?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface MajorHazardSourceInfo {
  name: string;
  level: MajorHazardSourceLevel | null;
}

/** The base data the completeness rules look at. Every field may be missing (null/undefined). */
export interface EnterpriseBaseData {
  name?: string | null;
  creditCode?: string | null;
  address?: string | null;
  legalRepresentative?: string | null;
  /** 主要负责人 */
  principalName?: string | null;
  principalPhone?: string | null;
  /** 安全生产管理人员 (专职或兼职) */
  safetyManagerName?: string | null;
  safetyManagerPhone?: string | null;
  industryCode?: string | null;
  /** Confirmed sector; when absent it is derived from industryCode and licences. */
  sector?: Sector | null;
  location?: { lon: number; lat: number } | null;
  /** The agency that supervises the enterprise (分级: one enterprise ↔ one level). */
  supervisingAgencyKey?: string | null;
  employeeCount?: number | null;
  scale?: EnterpriseScale | null;
  standardizationLevel?: StandardizationLevel | null;
  riskFlags?: readonly RiskFlag[] | null;
  licences?: readonly EnterpriseLicence[] | null;
  /** null = not yet identified; [] = identified, none. */
  majorHazardSources?: readonly MajorHazardSourceInfo[] | null;
  /** 主要负责人、安全生产管理人员考核合格 (安全生产法 Art. 27 para 2); null = unknown. */
  principalAssessed?: boolean | null;
  /** 可燃性粉尘种类 (铝粉, 面粉, 木粉, 煤粉 …). */
  combustibleDustTypes?: readonly string[] | null;
  /** 液氨储存量 (kg). */
  ammoniaInventoryKg?: number | null;
  /** 有限空间数量 (台账). */
  confinedSpaceCount?: number | null;
  /** 深井铸造生产线数量. */
  deepWellCastingLines?: number | null;
  /** 重点监管危险化工工艺. */
  hazardousProcesses?: readonly string[] | null;
}

export type CompletenessField =
  | 'name'
  | 'creditCode'
  | 'address'
  | 'legalRepresentative'
  | 'principalName'
  | 'principalPhone'
  | 'safetyManagerName'
  | 'industryCode'
  | 'location'
  | 'supervisingAgencyKey'
  | 'employeeCount'
  | 'scale'
  | 'standardizationLevel'
  | 'licence.hazchem'
  | 'licence.mine'
  | 'licence.fireworks'
  | 'majorHazardSources.identified'
  | 'majorHazardSources.list'
  | 'principalAssessed'
  | 'combustibleDustTypes'
  | 'ammoniaInventoryKg'
  | 'confinedSpaceCount'
  | 'deepWellCastingLines'
  | 'hazardousProcesses';

export interface RequiredField {
  field: CompletenessField;
  label: string;
}

export interface MissingField extends RequiredField {
  /** missing = empty; invalid = present but malformed (e.g. wrong check character). */
  reason: 'missing' | 'invalid';
  detail?: string;
}

export interface CompletenessResult {
  /** 0–100, rounded down so that 100 always means complete. */
  score: number;
  required: number;
  satisfied: number;
  complete: boolean;
  missing: MissingField[];
}

export const completenessFieldLabel: Record<CompletenessField, string> = {
  name: '单位名称',
  creditCode: '统一社会信用代码',
  address: '生产经营地址',
  legalRepresentative: '法定代表人',
  principalName: '主要负责人',
  principalPhone: '主要负责人联系电话',
  safetyManagerName: '安全生产管理人员',
  industryCode: '国民经济行业分类代码',
  location: '地理位置（经纬度）',
  supervisingAgencyKey: '监管机构',
  employeeCount: '从业人员数',
  scale: '企业规模',
  standardizationLevel: '安全生产标准化等级',
  'licence.hazchem': '危险化学品安全生产（经营、使用）许可证',
  'licence.mine': '安全生产许可证（非煤矿山）',
  'licence.fireworks': '烟花爆竹安全生产（经营）许可证',
  'majorHazardSources.identified': '重大危险源辨识情况',
  'majorHazardSources.list': '重大危险源名称及等级',
  principalAssessed: '主要负责人和安全生产管理人员考核情况',
  combustibleDustTypes: '可燃性粉尘种类',
  ammoniaInventoryKg: '液氨储存量',
  confinedSpaceCount: '有限空间台账（数量）',
  deepWellCastingLines: '深井铸造生产线数量',
  hazardousProcesses: '重点监管危险化工工艺',
};

const baseFields: readonly CompletenessField[] = [
  'name',
  'creditCode',
  'address',
  'legalRepresentative',
  'principalName',
  'principalPhone',
  'safetyManagerName',
  'industryCode',
  'location',
  'supervisingAgencyKey',
  'employeeCount',
  'scale',
  'standardizationLevel',
];

const sectorFields: Partial<Record<Sector, readonly CompletenessField[]>> = {
  hazchem: ['licence.hazchem', 'majorHazardSources.identified', 'principalAssessed'],
  nonCoalMine: ['licence.mine', 'principalAssessed'],
  fireworks: ['licence.fireworks', 'principalAssessed'],
  metallurgy: ['principalAssessed'],
  nonferrous: ['principalAssessed'],
};

const flagFields: Partial<Record<RiskFlag, readonly CompletenessField[]>> = {
  majorHazardSource: ['majorHazardSources.list'],
  dustExplosion: ['combustibleDustTypes'],
  ammoniaRefrigeration: ['ammoniaInventoryKg'],
  confinedSpace: ['confinedSpaceCount'],
  metalSmelting: ['principalAssessed'],
  aluminiumDeepWellCasting: ['deepWellCastingLines'],
  hazardousProcess: ['hazardousProcesses'],
};

/** The fields an enterprise of this sector with these risk flags must have, in display order, without duplicates. */
export function requiredFieldsForSector(sector: Sector, riskFlags: readonly RiskFlag[] = []): RequiredField[] {
  const fields: CompletenessField[] = [...baseFields];
  for (const f of sectorFields[sector] ?? []) fields.push(f);
  for (const flag of riskFlags) for (const f of flagFields[flag] ?? []) fields.push(f);
  return [...new Set(fields)].map((field) => ({ field, label: completenessFieldLabel[field] }));
}

type Check = { ok: true } | { ok: false; reason: 'missing' | 'invalid'; detail?: string };
const OK: Check = { ok: true };
const MISSING: Check = { ok: false, reason: 'missing' };

function text(v: string | null | undefined): Check {
  return typeof v === 'string' && v.trim() !== '' ? OK : MISSING;
}

function positive(v: number | null | undefined): Check {
  if (v === null || v === undefined) return MISSING;
  return Number.isFinite(v) && v > 0 ? OK : { ok: false, reason: 'invalid', detail: '应为大于0的数' };
}

function nonEmptyList(v: readonly unknown[] | null | undefined): Check {
  return Array.isArray(v) && v.length > 0 ? OK : MISSING;
}

function hasLicence(e: EnterpriseBaseData, types: readonly LicenceType[]): Check {
  const found = (e.licences ?? []).filter((l) => types.includes(l.type));
  if (found.length === 0) return MISSING;
  return found.some((l) => typeof l.number === 'string' && l.number.trim() !== '')
    ? OK
    : { ok: false, reason: 'invalid', detail: '缺少证书编号' };
}

const phonePattern = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

function checkField(e: EnterpriseBaseData, field: CompletenessField): Check {
  switch (field) {
    case 'name':
    case 'address':
    case 'legalRepresentative':
    case 'principalName':
    case 'safetyManagerName':
    case 'supervisingAgencyKey':
      return text(e[field]);
    case 'creditCode': {
      if (text(e.creditCode) !== OK) return MISSING;
      const r = validateCreditCode(e.creditCode!);
      return r.ok ? OK : { ok: false, reason: 'invalid', detail: r.reason };
    }
    case 'principalPhone': {
      if (text(e.principalPhone) !== OK) return MISSING;
      return phonePattern.test(e.principalPhone!.trim()) ? OK : { ok: false, reason: 'invalid', detail: '电话号码格式不正确' };
    }
    case 'industryCode': {
      if (text(e.industryCode) !== OK) return MISSING;
      const c = normalizeIndustryCode(e.industryCode!);
      return c !== null && c.length === 4 ? OK : { ok: false, reason: 'invalid', detail: '应为4位小类代码' };
    }
    case 'location': {
      const l = e.location;
      if (!l) return MISSING;
      const inChina = Number.isFinite(l.lon) && Number.isFinite(l.lat) && l.lon >= 73 && l.lon <= 136 && l.lat >= 3 && l.lat <= 54;
      return inChina ? OK : { ok: false, reason: 'invalid', detail: '经纬度不在中国境内' };
    }
    case 'employeeCount':
      return positive(e.employeeCount);
    case 'scale':
      return e.scale ? OK : MISSING;
    case 'standardizationLevel':
      return e.standardizationLevel ? OK : MISSING;
    case 'licence.hazchem':
      return hasLicence(e, hazchemLicenceTypes);
    case 'licence.mine':
      return hasLicence(e, ['mineSafetyProduction']);
    case 'licence.fireworks':
      return hasLicence(e, fireworksLicenceTypes);
    case 'majorHazardSources.identified':
      return Array.isArray(e.majorHazardSources) ? OK : MISSING;
    case 'majorHazardSources.list': {
      const list = e.majorHazardSources;
      if (!Array.isArray(list) || list.length === 0) return MISSING;
      return list.every((s) => s.level !== null && s.name.trim() !== '') ? OK : { ok: false, reason: 'invalid', detail: '重大危险源缺少名称或等级' };
    }
    case 'principalAssessed':
      return typeof e.principalAssessed === 'boolean' ? OK : MISSING;
    case 'combustibleDustTypes':
      return nonEmptyList(e.combustibleDustTypes);
    case 'ammoniaInventoryKg':
      return positive(e.ammoniaInventoryKg);
    case 'confinedSpaceCount':
      return positive(e.confinedSpaceCount);
    case 'deepWellCastingLines':
      return positive(e.deepWellCastingLines);
    case 'hazardousProcesses':
      return nonEmptyList(e.hazardousProcesses);
  }
}

/** The sector used for the rules: the confirmed one, else derived from the industry code and licences. */
export function effectiveSector(e: EnterpriseBaseData): Sector {
  return e.sector ?? deriveSector(e.industryCode, { licenceTypes: (e.licences ?? []).map((l) => l.type) });
}

export function completenessScore(enterprise: EnterpriseBaseData): CompletenessResult {
  const required = requiredFieldsForSector(effectiveSector(enterprise), enterprise.riskFlags ?? []);
  const missing: MissingField[] = [];
  for (const r of required) {
    const c = checkField(enterprise, r.field);
    if (!c.ok) missing.push({ ...r, reason: c.reason, ...(c.detail ? { detail: c.detail } : {}) });
  }
  const satisfied = required.length - missing.length;
  const score = required.length === 0 ? 100 : Math.floor((satisfied * 100) / required.length);
  return { score, required: required.length, satisfied, complete: missing.length === 0, missing };
}
