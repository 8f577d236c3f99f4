/**
 * Shapes of the demo seed data. Everything under apps/api/seed/demo is synthetic (isDemo: true):
 * enterprise names of the 22 pilot enterprises come from seed 000; every other detail (credit codes,
 * addresses, coordinates, people) is invented.
 */
import type { EnterpriseBaseData, EnterpriseLicence, MajorHazardSourceInfo } from '@zhifa/shared/rules/completeness';
import type { EnterpriseScale, EnterpriseStatus, RiskFlag, StandardizationLevel } from '@zhifa/shared/rules/enterprise-codes';
import type { Sector } from '@zhifa/shared/rules/industry';

export interface EnterpriseSeed extends EnterpriseBaseData {
  key: string;
  /** 检查对象名称 — for the pilots exactly as in seed 000, including the site in brackets. */
  name: string;
  /** The legal person (营业执照) name; two sites of one company share it and its credit code. */
  legalEntityName: string;
  creditCode: string;
  address: string | null;
  /** 属地: the district-level agency whose territory the site is in. */
  locatedAgencyKey: string;
  /** GB/T 2260 code of the district; null for 铜川新区 (no code of its own). */
  divisionCode: string | null;
  /** 乡镇（街道） */
  town: string | null;
  legalRepresentative: string | null;
  principalName: string | null;
  principalPhone: string | null;
  safetyManagerName: string | null;
  safetyManagerPhone: string | null;
  industryCode: string | null;
  sector: Sector;
  location: { lon: number; lat: number } | null;
  supervisingAgencyKey: string | null;
  employeeCount: number | null;
  scale: EnterpriseScale | null;
  standardizationLevel: StandardizationLevel | null;
  status: EnterpriseStatus;
  riskFlags: readonly RiskFlag[];
  licences: readonly EnterpriseLicence[];
  majorHazardSources: readonly MajorHazardSourceInfo[] | null;
  principalAssessed: boolean | null;
  combustibleDustTypes: readonly string[] | null;
  ammoniaInventoryKg: number | null;
  confinedSpaceCount: number | null;
  deepWellCastingLines: number | null;
  hazardousProcesses: readonly string[] | null;
  isPilot: boolean;
  /** Position in the seed's list of 22 (1-based); null for synthetic enterprises. */
  pilotNo: number | null;
  isDemo: true;
  note?: string;
}

export interface OfficerSeed {
  key: string;
  name: string;
  gender: 'male' | 'female';
  /** Linked demo account (apps/api/seed/demo/users.ts), or null for officers without one. */
  username: string | null;
  agencyKey: string;
  unitKey: string;
  /** 职务 */
  title: string;
  /** 执法证号 */
  certNo: string;
  /** 发证机关 */
  certIssuer: string;
  certValidFrom: string;
  certValidTo: string;
  isDemo: true;
  note?: string;
}

/** 回避: an officer who must not inspect or handle cases of a given enterprise. */
export interface RecusalSeed {
  key: string;
  officerKey: string;
  enterpriseKey: string;
  reason: string;
  declaredOn: string;
  isDemo: true;
}
