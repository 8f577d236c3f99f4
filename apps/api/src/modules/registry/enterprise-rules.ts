/**
 * Pure rules of the enterprise library: the stored sector, the completeness of the base data
 * (作战图), and the field-by-field change list written to the history. No I/O.
 */
import type { EnterpriseField, EnterprisePatch } from '@zhifa/shared/contract/registry';
import { completenessScore, type CompletenessResult } from '@zhifa/shared/rules/completeness';
import {
  enterpriseScaleLabel,
  enterpriseStatusLabel,
  licenceTypeLabel,
  majorHazardSourceLevelLabel,
  riskFlagLabel,
  standardizationLevelLabel,
} from '@zhifa/shared/rules/enterprise-codes';
import { deriveSector, sectorLabel, type Sector } from '@zhifa/shared/rules/industry';

/** Every editable field present (null when empty): what is stored for one enterprise. */
export type EnterpriseData = Required<EnterprisePatch>;

/** The sector kept with the record: the officer's confirmed one, else derived from the industry code and licences. */
export function sectorOf(data: Pick<EnterpriseData, 'sectorConfirmed' | 'industryCode' | 'licences'>): Sector {
  return data.sectorConfirmed ?? deriveSector(data.industryCode, { licenceTypes: data.licences.map((l) => l.type) });
}

export function completenessOf(data: EnterpriseData, sector: Sector = sectorOf(data)): CompletenessResult {
  return completenessScore({ ...data, sector, supervisingAgencyKey: data.supervisingAgencyId });
}

/** Stored with the row and recomputed on every write. */
export function evaluate(data: EnterpriseData): { sector: Sector; completeness: CompletenessResult } {
  const sector = sectorOf(data);
  return { sector, completeness: completenessOf(data, sector) };
}

export const enterpriseFieldLabel: Record<EnterpriseField | 'sector', string> = {
  name: '单位名称',
  creditCode: '统一社会信用代码',
  legalEntityName: '营业执照名称',
  registeredAddress: '注册地址',
  address: '生产经营地址',
  divisionCode: '行政区划代码',
  town: '乡镇（街道）',
  locatedAgencyId: '属地机关',
  supervisingAgencyId: '监管机关',
  location: '地理位置（经纬度）',
  legalRepresentative: '法定代表人',
  principalName: '主要负责人',
  principalPhone: '主要负责人联系电话',
  safetyManagerName: '安全生产管理人员',
  safetyManagerPhone: '安全生产管理人员联系电话',
  industryCode: '国民经济行业分类代码',
  sectorConfirmed: '行业领域（人工确认）',
  sector: '行业领域',
  scale: '企业规模',
  employeeCount: '从业人员数',
  standardizationLevel: '安全生产标准化等级',
  status: '经营状态',
  riskFlags: '风险特征',
  licences: '许可证',
  majorHazardSources: '重大危险源',
  principalAssessed: '主要负责人和安全生产管理人员考核合格',
  combustibleDustTypes: '可燃性粉尘种类',
  ammoniaInventoryKg: '液氨储存量（千克）',
  confinedSpaceCount: '有限空间数量',
  deepWellCastingLines: '深井铸造生产线数量',
  hazardousProcesses: '重点监管危险化工工艺',
  note: '备注',
};

/** Order of the fields in the history and in the detail page. */
export const enterpriseFields = Object.keys(enterpriseFieldLabel).filter((k) => k !== 'sector') as EnterpriseField[];

export type EnterpriseState = EnterpriseData & { sector: Sector };

/** How a value reads in the history ("停产", "粉尘涉爆、有限空间作业"); null when empty. */
export function displayValue(field: EnterpriseField | 'sector', value: unknown, agencyName: (id: string) => string = (id) => id): string | null {
  if (value === null || value === undefined) return null;
  switch (field) {
    case 'locatedAgencyId':
    case 'supervisingAgencyId':
      return agencyName(value as string);
    case 'location': {
      const l = value as { lon: number; lat: number };
      return `${l.lon}, ${l.lat}`;
    }
    case 'sector':
    case 'sectorConfirmed':
      return sectorLabel[value as Sector] ?? String(value);
    case 'scale':
      return enterpriseScaleLabel[value as keyof typeof enterpriseScaleLabel] ?? String(value);
    case 'standardizationLevel':
      return standardizationLevelLabel[value as keyof typeof standardizationLevelLabel] ?? String(value);
    case 'status':
      return enterpriseStatusLabel[value as keyof typeof enterpriseStatusLabel] ?? String(value);
    case 'riskFlags': {
      const list = value as (keyof typeof riskFlagLabel)[];
      return list.length ? list.map((f) => riskFlagLabel[f] ?? f).join('、') : null;
    }
    case 'licences': {
      const list = value as EnterpriseData['licences'];
      if (!list.length) return null;
      return list
        .map((l) => {
          const period = l.validFrom || l.validTo ? `（${l.validFrom ?? '?'} 至 ${l.validTo ?? '?'}）` : '';
          return `${licenceTypeLabel[l.type]} ${l.number ?? '（无编号）'}${period}`;
        })
        .join('；');
    }
    case 'majorHazardSources': {
      const list = value as NonNullable<EnterpriseData['majorHazardSources']>;
      return list.length ? list.map((m) => `${m.name}（${m.level ? majorHazardSourceLevelLabel[m.level] : '未定级'}）`).join('；') : '无';
    }
    case 'principalAssessed':
      return value ? '是' : '否';
    case 'combustibleDustTypes':
    case 'hazardousProcesses': {
      const list = value as string[];
      return list.length ? list.join('、') : '无';
    }
    default:
      return String(value);
  }
}

export interface FieldChange {
  /** `*` marks the creation of the record. */
  field: EnterpriseField | 'sector' | '*';
  label: string;
  oldValue: string | null;
  newValue: string | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields that differ between two states, in display order, each with old → new as people read them. */
export function diffEnterprise(before: EnterpriseState, after: EnterpriseState, agencyName?: (id: string) => string): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of [...enterpriseFields, 'sector' as const]) {
    if (same(before[field], after[field])) continue;
    out.push({ field, label: enterpriseFieldLabel[field], oldValue: displayValue(field, before[field], agencyName), newValue: displayValue(field, after[field], agencyName) });
  }
  return out;
}

/** An empty record to build from: every field null or empty, status 在营. */
export function blankEnterprise(name: string, creditCode: string, locatedAgencyId: string): EnterpriseData {
  return {
    name, creditCode, locatedAgencyId,
    legalEntityName: null, registeredAddress: null, address: null, divisionCode: null, town: null, supervisingAgencyId: null, location: null,
    legalRepresentative: null, principalName: null, principalPhone: null, safetyManagerName: null, safetyManagerPhone: null,
    industryCode: null, sectorConfirmed: null, scale: null, employeeCount: null, standardizationLevel: null, status: 'operating',
    riskFlags: [], licences: [], majorHazardSources: null, principalAssessed: null, combustibleDustTypes: null, ammoniaInventoryKg: null,
    confinedSpaceCount: null, deepWellCastingLines: null, hazardousProcesses: null, note: null,
  };
}

/** Applies a patch: fields absent from it (undefined) keep their value. */
export function applyPatch(data: EnterpriseData, patch: EnterprisePatch): EnterpriseData {
  const out = { ...data } as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) out[k] = v;
  return out as EnterpriseData;
}
