/**
 * Shapes of the reference seed data ("一单两库" + 法律法规库). Every record has a stable string `key`
 * so that seeding is idempotent (upsert by key) and records link to each other by key.
 *
 * Key scheme
 *   law:<slug>                                  e.g. law:work-safety-law
 *   law-version:<slug>@<tag>                    e.g. law-version:work-safety-law@2021
 *   provision:<slug>@<tag>:<article>[.<paragraph>[.<item>]]
 *                                               e.g. provision:work-safety-law@2021:41    (第四十一条)
 *                                                    provision:work-safety-law@2021:41.2  (第四十一条第二款)
 *                                                    provision:work-safety-law@2021:99.1.2 (第九十九条第二项;
 *                                                    the paragraph number is always written, even for a
 *                                                    one-paragraph article)
 *   violation:<slug>, discretion:<violation-slug>@<tag>, check-item:<list>:<slug>, checklist:<slug>,
 *   check-unit:<list>:<slug>, campaign:<slug>, agency:<division code> (agency:tcxq for 铜川新区),
 *   unit:<agency code>:<slug> (seeded from reference/agencies.ts), officer:<certNo>, enterprise:pilot-NN / enterprise:demo-NNNN,
 *   code:<table>:<code>
 *
 * Dates are 'YYYY-MM-DD' China calendar dates; effectiveTo is inclusive, null = still in force.
 * Money is integer fen (see packages/shared/src/rules/discretion.ts).
 */
import type { DiscretionVersion, OtherPenalty, PartyKind } from '@zhifa/shared/rules/discretion';
import type { RiskFlag } from '@zhifa/shared/rules/enterprise-codes';
import type { Sector } from '@zhifa/shared/rules/industry';
// The vocabularies are the API contract's; the seed uses them rather than keeping its own copy.
import type { CheckMethod, OnSiteMeasure, SourceLevel } from '@zhifa/shared/contract/checklist';
import type { LawKind } from '@zhifa/shared/contract/law';

export { checkMethodLabel, checkMethods, onSiteMeasureLabel, onSiteMeasures, sourceLevelLabel, sourceLevels } from '@zhifa/shared/contract/checklist';
export type { CheckMethod, OnSiteMeasure, SourceLevel } from '@zhifa/shared/contract/checklist';
export { lawKindLabel, lawKinds } from '@zhifa/shared/contract/law';
export type { LawKind } from '@zhifa/shared/contract/law';

// ---------------------------------------------------------------------------------------------
// 法律法规库
// ---------------------------------------------------------------------------------------------


export interface LawRecord {
  key: string;
  title: string;
  shortTitle: string;
  kind: LawKind;
  /** 制定机关 */
  issuer: string;
}

export interface LawVersionRecord {
  key: string;
  lawKey: string;
  /** Short version tag used in keys, e.g. "2021". */
  tag: string;
  /** Title as promulgated in this version. */
  title: string;
  /** 文号, e.g. 应急管理部令第10号; null for laws. */
  documentNumber: string | null;
  adoptedOn: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Where the text must be checked (official database or gazette). */
  source: string;
  /** Where our transcription came from. */
  textSource: string;
  /** true only when the text was checked against the official source (or came from the seed documents). */
  verified: boolean;
  note?: string;
}

export interface ProvisionRecord {
  key: string;
  lawVersionKey: string;
  /** Parent provision (article for a paragraph, paragraph or article for an item); null for an article. */
  parentKey: string | null;
  article: number;
  paragraph: number | null;
  item: number | null;
  /** Chapter / section heading the article sits under, when known. */
  heading: string | null;
  /** The text of this unit; for an article, all its paragraphs joined by "\n". */
  text: string;
  /** true when `text` is a short paraphrase rather than the wording of the provision. */
  textIsParaphrase: boolean;
  /** e.g. 《中华人民共和国安全生产法》第九十九条第二项 */
  citation: string;
  note?: string;
  /** obligation (义务性条款) / penalty (罚则) / procedure (程序性条款); set by provision-kinds.ts. */
  kind?: ProvisionKind;
}

export type ProvisionKind = 'obligation' | 'penalty' | 'procedure';

// ---------------------------------------------------------------------------------------------
// 违法行为库
// ---------------------------------------------------------------------------------------------

export interface ViolationRecord {
  key: string;
  /** Short code for lists, e.g. AQ-097-01. */
  code: string;
  /** 违法行为名称 as used in 文书. */
  name: string;
  /** 认定条款 (violated provisions). */
  violatedProvisionKeys: readonly string[];
  /** 处罚依据 (penalty provisions). */
  penaltyProvisionKeys: readonly string[];
  /** Who can be fined under the penalty provision. */
  partyKinds: readonly PartyKind[];
  /** 裁量: effective-dated versions, each with tiers. */
  discretionVersions: readonly DiscretionVersion[];
  status: 'published' | 'draft' | 'retired';
  note?: string;
}

// ---------------------------------------------------------------------------------------------
// 检查事项库 (check-item library): checklist → unit → item
// ---------------------------------------------------------------------------------------------




export type PublicationStatus = 'published' | 'draft' | 'retired';

export interface ChecklistRecord {
  key: string;
  name: string;
  sourceLevel: SourceLevel;
  /** Agency that owns (published) the list; null for ministry lists. */
  ownerAgencyKey: string | null;
  version: number;
  status: PublicationStatus;
  effectiveFrom: string;
  description: string;
}

export interface CheckUnitRecord {
  key: string;
  checklistKey: string;
  name: string;
  sortOrder: number;
}

export interface ItemApplicability {
  /** null = every sector. */
  sectors: readonly Sector[] | null;
  /** Applies only if the enterprise has at least one of these flags; [] = no flag needed. */
  riskFlags: readonly RiskFlag[];
}

export interface CheckItemRecord {
  key: string;
  checklistKey: string;
  unitKey: string;
  /** Display code inside the list, e.g. 钢-01, TY-05-02. */
  code: string;
  sortOrder: number;
  /** 检查内容 */
  content: string;
  /** 检查方式 */
  methods: readonly CheckMethod[];
  /** 符合情形 */
  compliantWording: string;
  /** 不符合情形 — the default 隐患/问题 description written into the 检查记录. */
  nonCompliantWording: string;
  /** The 违法行为 recorded when the item is not compliant. */
  violationKey: string;
  /** Other violations an officer may choose instead (e.g. 102 for a hazard not eliminated). */
  relatedViolationKeys: readonly string[];
  /** 现场处理 */
  onSite: {
    measure: OnSiteMeasure;
    /** 现场处理依据 */
    provisionKey: string;
    /** Default deadline in days for 限期整改 (null when not applicable, e.g. 立即排除). */
    defaultDays: number | null;
  };
  /** 重大事故隐患 */
  majorHazard: boolean;
  /** 重大事故隐患判定依据 (provisions of the 判定标准). */
  majorHazardBasisKeys: readonly string[];
  /** 需复查 */
  needsReview: boolean;
  appliesTo: ItemApplicability;
  sourceLevel: SourceLevel;
  ownerAgencyKey: string | null;
  version: number;
  status: PublicationStatus;
  note?: string;
}

export interface CampaignRecord {
  key: string;
  name: string;
  /** e.g. 钢8条 */
  shortName: string;
  sourceLevel: SourceLevel;
  ownerAgencyKey: string | null;
  parentKey: string | null;
  year: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  itemKeys: readonly string[];
  appliesTo: ItemApplicability;
  description: string;
  status: PublicationStatus;
  isDemo: boolean;
}

// ---------------------------------------------------------------------------------------------
// Organisation tree
// ---------------------------------------------------------------------------------------------

export type AgencyLevel = 'ministry' | 'province' | 'city' | 'county';

export interface UnitSeed {
  key: string;
  agencyKey: string;
  parentKey: string | null;
  name: string;
  /** Full formal name when `name` is the usual short form. */
  fullName: string | null;
  /** Whether the unit carries out field enforcement (has officers). */
  enforcement: boolean;
  sortOrder: number;
}

export interface AgencySeed {
  key: string;
  parentKey: string | null;
  name: string;
  /** 文书编号简称 (configurable per agency; see agencies.ts). */
  shortName: string;
  /** GB/T 2260; null for a functional zone without its own code. */
  divisionCode: string | null;
  level: AgencyLevel;
  sortOrder: number;
  note?: string;
  units: readonly UnitSeed[];
}

// ---------------------------------------------------------------------------------------------
// Code tables
// ---------------------------------------------------------------------------------------------

export interface CodeTableEntry {
  key: string;
  table: string;
  code: string;
  label: string;
  sortOrder: number;
  description?: string;
}

export type { OtherPenalty };
