/**
 * Demo enterprises (检查对象名录库): the 22 city-level pilot enterprises of seed 000 (names exactly as
 * in the seed, supervised by 铜川市应急管理局) and a deterministic generator of synthetic enterprises
 * spread over the five districts. Everything except the 22 names is invented; all records carry
 * isDemo: true. Credit codes are made valid with makeCreditCode and do not belong to real entities
 * (a synthetic code can collide with a real one only by chance).
 */
import { makeCreditCode, creditCodeCharset } from '@zhifa/shared/rules/credit-code';
import type { EnterpriseLicence, MajorHazardSourceInfo } from '@zhifa/shared/rules/completeness';
import type { EnterpriseScale, LicenceType, RiskFlag, StandardizationLevel } from '@zhifa/shared/rules/enterprise-codes';
import { deriveSector, type Sector } from '@zhifa/shared/rules/industry';
import { createPrng, type Prng } from './prng';
import { demoPhone, personName } from './people';
import type { EnterpriseSeed } from './types';

const CITY = 'agency:610200';

interface District {
  agencyKey: string;
  divisionCode: string | null;
  /** 6 digits used in positions 3–8 of synthetic credit codes. */
  creditDivision: string;
  /** Prefix of company names, e.g. 铜川市王益区. */
  namePrefix: string;
  /** Prefix of addresses. */
  addressPrefix: string;
  center: readonly [number, number];
  spread: readonly [number, number];
  count: number;
  /** Share of enterprises whose base data are deliberately incomplete. */
  incompleteRate: number;
  towns: readonly string[];
}

export const demoDistricts: readonly District[] = [
  {
    agencyKey: 'agency:610202', divisionCode: '610202', creditDivision: '610202', namePrefix: '铜川市王益区', addressPrefix: '陕西省铜川市王益区',
    center: [109.075, 35.069], spread: [0.035, 0.03], count: 50, incompleteRate: 0.1,
    towns: ['七一路街道', '红旗街道', '桃园街道', '青年路街道', '王家河街道', '王益街道', '黄堡镇'],
  },
  {
    agencyKey: 'agency:610203', divisionCode: '610203', creditDivision: '610203', namePrefix: '铜川市印台区', addressPrefix: '陕西省铜川市印台区',
    center: [109.105, 35.12], spread: [0.05, 0.05], count: 45, incompleteRate: 0.2,
    towns: ['城关街道', '三里洞街道', '王石凹街道', '印台街道', '陈炉镇', '红土镇', '广阳镇', '金锁关镇', '阿庄镇'],
  },
  {
    agencyKey: 'agency:610204', divisionCode: '610204', creditDivision: '610204', namePrefix: '铜川市耀州区', addressPrefix: '陕西省铜川市耀州区',
    center: [108.97, 34.99], spread: [0.06, 0.05], count: 60, incompleteRate: 0.15,
    towns: ['永安路街道', '天宝路街道', '董家河镇', '庙湾镇', '瑶曲镇', '照金镇', '关庄镇', '小丘镇', '孙塬镇', '演池镇', '石柱镇'],
  },
  {
    agencyKey: 'agency:610222', divisionCode: '610222', creditDivision: '610222', namePrefix: '铜川市宜君县', addressPrefix: '陕西省铜川市宜君县',
    center: [109.117, 35.4], spread: [0.05, 0.05], count: 30, incompleteRate: 0.4,
    towns: ['宜阳街道', '彭镇', '五里镇', '太安镇', '棋盘镇', '尧生镇', '云梦乡'],
  },
  {
    agencyKey: 'agency:tcxq', divisionCode: null, creditDivision: '610200', namePrefix: '铜川新区', addressPrefix: '陕西省铜川市新区',
    center: [108.955, 34.925], spread: [0.02, 0.02], count: 45, incompleteRate: 0.25,
    towns: ['正阳路街道', '咸丰路街道', '坡头街道', '锦阳路街道'],
  },
];

// ---------------------------------------------------------------------------------------------
// Shared builders
// ---------------------------------------------------------------------------------------------

function creditCodeBody(rng: Prng, division: string, used: Set<string>): string {
  for (;;) {
    const tail = rng.chance(0.7)
      ? `MA6${Array.from({ length: 6 }, () => rng.pick([...creditCodeCharset])).join('')}`
      : Array.from({ length: 9 }, () => String(rng.int(0, 9))).join('');
    const code = makeCreditCode(`91${division}${tail}`);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

function scaleOf(employees: number): EnterpriseScale {
  if (employees >= 1000) return 'large';
  if (employees >= 300) return 'medium';
  if (employees >= 20) return 'small';
  return 'micro';
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function licence(type: LicenceType, number: string, validFrom: string, validTo: string): EnterpriseLicence {
  return { type, number, validFrom, validTo };
}

// ---------------------------------------------------------------------------------------------
// The 22 pilot enterprises (seed 000). Sector per tongchuan-pilot.md; details synthetic.
// ---------------------------------------------------------------------------------------------

interface PilotInput {
  no: number;
  name: string;
  legalEntityName?: string;
  district: string;
  town: string;
  road: string;
  lon: number;
  lat: number;
  industryCode: string;
  sector?: Sector;
  employees: number;
  standardization: StandardizationLevel | null;
  flags?: readonly RiskFlag[];
  licences?: readonly EnterpriseLicence[];
  majorHazardSources?: readonly MajorHazardSourceInfo[] | null;
  dust?: readonly string[];
  ammoniaKg?: number;
  confinedSpaces?: number;
  castingLines?: number;
  processes?: readonly string[];
  /** Fields left empty on purpose, to show an unfinished pilot in the progress view. */
  omit?: readonly ('location' | 'safetyManagerName' | 'standardizationLevel' | 'principalPhone')[];
  note?: string;
}

const pilotInputs: readonly PilotInput[] = [
  {
    no: 1, name: '陕西铜川凤凰建材有限公司（铁龙头石灰石矿）', legalEntityName: '陕西铜川凤凰建材有限公司', district: 'agency:610204', town: '小丘镇', road: '铁龙头矿区',
    lon: 108.93, lat: 35.03, industryCode: '1011', employees: 86, standardization: 'level3',
    licences: [licence('mineSafetyProduction', '（陕）FM安许证字〔2023〕0215号', '2023-03-01', '2026-12-31')],
  },
  {
    no: 2, name: '陕西铜川凤凰建材有限公司（水泥生产线）', legalEntityName: '陕西铜川凤凰建材有限公司', district: 'agency:610204', town: '董家河镇', road: '建材工业园8号',
    lon: 108.99, lat: 34.96, industryCode: '3011', employees: 420, standardization: 'level2', flags: ['dustExplosion', 'confinedSpace'], dust: ['煤粉'], confinedSpaces: 26,
  },
  {
    no: 3, name: '陕西省烟草公司铜川市公司', district: 'agency:tcxq', town: '正阳路街道', road: '正阳路66号', lon: 108.962, lat: 34.921, industryCode: '5128', employees: 260, standardization: 'level2',
  },
  {
    no: 4, name: '陕西省一九四煤田地质有限公司', district: 'agency:610202', town: '红旗街道', road: '红旗街18号', lon: 109.081, lat: 35.078, industryCode: '7471', employees: 310, standardization: 'none',
    omit: ['location'],
  },
  {
    no: 5, name: '陕西美鑫产业投资有限公司', district: 'agency:610203', town: '阿庄镇', road: '循环经济产业园1号', lon: 109.148, lat: 35.162, industryCode: '3216', employees: 1850, standardization: 'level2',
    flags: ['metalSmelting', 'aluminiumDeepWellCasting', 'liftingMoltenMetal', 'gasUse', 'confinedSpace'], castingLines: 4, confinedSpaces: 41,
  },
  {
    no: 6, name: '陕西果业铜川集团有限公司', district: 'agency:tcxq', town: '咸丰路街道', road: '果品物流园2号', lon: 108.948, lat: 34.932, industryCode: '5930', employees: 140, standardization: 'level3',
    flags: ['ammoniaRefrigeration', 'confinedSpace'], ammoniaKg: 6800, confinedSpaces: 9,
  },
  {
    no: 7, name: '冀东水泥铜川有限公司（宝鉴山石灰石矿）', legalEntityName: '冀东水泥铜川有限公司', district: 'agency:610204', town: '石柱镇', road: '宝鉴山矿区',
    lon: 108.945, lat: 35.02, industryCode: '1011', employees: 72, standardization: 'level2',
    licences: [licence('mineSafetyProduction', '（陕）FM安许证字〔2022〕0188号', '2022-07-01', '2027-06-30')],
  },
  {
    no: 8, name: '冀东水泥铜川有限公司（水泥生产线）', legalEntityName: '冀东水泥铜川有限公司', district: 'agency:610204', town: '石柱镇', road: '冀东路1号',
    lon: 108.972, lat: 34.972, industryCode: '3011', employees: 380, standardization: 'level1', flags: ['dustExplosion', 'confinedSpace'], dust: ['煤粉'], confinedSpaces: 31,
  },
  {
    no: 9, name: '铜川药王山生态水泥有限公司（水泥生产线）', legalEntityName: '铜川药王山生态水泥有限公司', district: 'agency:610204', town: '永安路街道', road: '药王山工业区3号',
    lon: 109.002, lat: 34.93, industryCode: '3011', employees: 310, standardization: 'level2', flags: ['dustExplosion', 'confinedSpace'], dust: ['煤粉'], confinedSpaces: 22,
  },
  {
    no: 10, name: '陕西东铭车辆系统股份有限公司', district: 'agency:tcxq', town: '坡头街道', road: '装备制造产业园9号', lon: 108.941, lat: 34.912, industryCode: '3660', employees: 560, standardization: 'level2',
    flags: ['hotWork', 'dustExplosion'], dust: ['金属粉尘（铝镁抛光）'],
  },
  {
    no: 11, name: '国家粮食和物资储备局陕西局六三〇处', district: 'agency:610202', town: '王家河街道', road: '储备库路1号', lon: 109.058, lat: 35.058, industryCode: '5951', employees: 95, standardization: 'level2',
    flags: ['dustExplosion', 'confinedSpace'], dust: ['粮食粉尘'], confinedSpaces: 18,
  },
  {
    no: 12, name: '铜川国有华盛盐业有限公司', district: 'agency:610203', town: '三里洞街道', road: '三里洞路22号', lon: 109.102, lat: 35.108, industryCode: '5125', employees: 48, standardization: 'level3',
  },
  {
    no: 13, name: '陕西铜川工业技师学院', district: 'agency:tcxq', town: '锦阳路街道', road: '锦阳路100号', lon: 108.958, lat: 34.938, industryCode: '8336', employees: 420, standardization: 'none',
  },
  {
    no: 14, name: '铜川煤炭基本建设技工学校', district: 'agency:610203', town: '城关街道', road: '印台路55号', lon: 109.112, lat: 35.128, industryCode: '8336', employees: 96, standardization: 'none',
  },
  {
    no: 15, name: '陕西长翔职业技能培训有限公司', district: 'agency:610202', town: '七一路街道', road: '七一路108号', lon: 109.078, lat: 35.072, industryCode: '8391', employees: 24, standardization: null,
    omit: ['standardizationLevel', 'safetyManagerName'],
  },
  {
    no: 16, name: '中国石油天然气股份有限公司陕西铜川销售分公司', district: 'agency:610202', town: '桃园街道', road: '朝阳路31号', lon: 109.069, lat: 35.081, industryCode: '5162', employees: 330, standardization: 'level2',
    flags: ['majorHazardSource'], majorHazardSources: [{ name: '铜川油库储罐区', level: 'level3' }],
    licences: [licence('hazchemOperation', '陕铜危化经字〔2024〕000012号', '2024-05-01', '2027-04-30')],
  },
  {
    no: 17, name: '国家粮食和物资储备局陕西局二五〇处', district: 'agency:610203', town: '广阳镇', road: '储备库1号', lon: 109.131, lat: 35.151, industryCode: '5941', employees: 120, standardization: 'level2',
    flags: ['majorHazardSource', 'confinedSpace'], majorHazardSources: [{ name: '成品油储罐区', level: 'level2' }], confinedSpaces: 14,
    licences: [licence('hazchemOperation', '陕铜危化经字〔2023〕000031号', '2023-09-01', '2026-08-31')],
    note: '行业按“危险化学品/商贸（储存）”读法取油气仓储，属演示假设。',
  },
  {
    no: 18, name: '中石化铜川油气开发有限公司', district: 'agency:610222', town: '彭镇', road: '油气作业区', lon: 109.152, lat: 35.378, industryCode: '0721', employees: 210, standardization: 'level3',
    flags: ['confinedSpace'], confinedSpaces: 12,
    licences: [licence('mineSafetyProduction', '（陕）FM安许证字〔2024〕0067号', '2024-02-01', '2027-01-31')],
  },
  {
    no: 19, name: '陕西铭山石油化工有限公司', district: 'agency:610204', town: '关庄镇', road: '化工园区5号', lon: 108.982, lat: 34.952, industryCode: '2511', employees: 290, standardization: 'level2',
    flags: ['majorHazardSource', 'hazardousProcess', 'confinedSpace'], majorHazardSources: [{ name: '原料油罐区', level: 'level2' }, { name: '液化气球罐区', level: 'level3' }],
    processes: ['加氢工艺'], confinedSpaces: 35,
    licences: [licence('hazchemProductionSafety', '（陕）WH安许证字〔2023〕0321号', '2023-06-01', '2026-05-31')],
  },
  {
    no: 20, name: '中国石化销售股份有限公司陕西铜川石油分公司', district: 'agency:610202', town: '青年路街道', road: '华原路12号', lon: 109.071, lat: 35.061, industryCode: '5265', employees: 260, standardization: 'level2',
    majorHazardSources: [], licences: [licence('hazchemOperation', '陕铜危化经字〔2024〕000008号', '2024-03-01', '2027-02-28')],
  },
  {
    no: 21, name: '铜川市同乐烟花爆竹配送有限公司', district: 'agency:610203', town: '红土镇', road: '专用仓库区', lon: 109.121, lat: 35.118, industryCode: '5149', employees: 18, standardization: 'level3',
    licences: [licence('fireworksWholesale', '（陕）YH经（批）字〔2024〕0009号', '2024-01-01', '2026-12-31')],
    note: '烟花爆竹批发无专门小类，行业代码取5149（其他文化用品批发），行业领域由许可证确定。',
  },
  {
    no: 22, name: '陕西铜川大兴制衣有限责任公司', district: 'agency:610202', town: '黄堡镇', road: '纺织服装产业园6号', lon: 109.052, lat: 35.012, industryCode: '1810', employees: 230, standardization: 'level3',
  },
];

function buildPilots(): EnterpriseSeed[] {
  const rng = createPrng(20200618);
  const used = new Set<string>();
  const codeByEntity = new Map<string, string>();
  return pilotInputs.map((p) => {
    const legal = p.legalEntityName ?? p.name;
    const district = demoDistricts.find((d) => d.agencyKey === p.district);
    if (!district) throw new Error(`pilot ${p.no}: unknown district ${p.district}`);
    let code = codeByEntity.get(legal);
    if (!code) {
      code = creditCodeBody(rng, district.creditDivision, used);
      codeByEntity.set(legal, code);
    }
    const licences = p.licences ?? [];
    const sector = p.sector ?? deriveSector(p.industryCode, { licenceTypes: licences.map((l) => l.type) });
    const omit = new Set(p.omit ?? []);
    const flags = p.flags ?? [];
    const needsAssessment = ['hazchem', 'nonCoalMine', 'fireworks', 'metallurgy', 'nonferrous'].includes(sector) || flags.includes('metalSmelting');
    return {
      key: `enterprise:pilot-${String(p.no).padStart(2, '0')}`,
      name: p.name,
      legalEntityName: legal,
      creditCode: code,
      address: `${district.addressPrefix}${p.town}${p.road}`,
      locatedAgencyKey: district.agencyKey,
      divisionCode: district.divisionCode,
      town: p.town,
      legalRepresentative: personName(rng),
      principalName: personName(rng),
      principalPhone: omit.has('principalPhone') ? null : demoPhone(rng),
      safetyManagerName: omit.has('safetyManagerName') ? null : personName(rng),
      safetyManagerPhone: omit.has('safetyManagerName') ? null : demoPhone(rng),
      industryCode: p.industryCode,
      sector,
      location: omit.has('location') ? null : { lon: p.lon, lat: p.lat },
      supervisingAgencyKey: CITY,
      employeeCount: p.employees,
      scale: scaleOf(p.employees),
      standardizationLevel: omit.has('standardizationLevel') ? null : p.standardization,
      status: 'operating',
      riskFlags: flags,
      licences,
      majorHazardSources: p.majorHazardSources ?? (sector === 'hazchem' ? [] : null),
      principalAssessed: needsAssessment ? true : null,
      combustibleDustTypes: p.dust ?? null,
      ammoniaInventoryKg: p.ammoniaKg ?? null,
      confinedSpaceCount: p.confinedSpaces ?? null,
      deepWellCastingLines: p.castingLines ?? null,
      hazardousProcesses: p.processes ?? null,
      isPilot: true,
      pilotNo: p.no,
      isDemo: true,
      ...(p.note ? { note: p.note } : {}),
    };
  });
}

export const pilotEnterprises: readonly EnterpriseSeed[] = buildPilots();

/** The 22 names exactly as listed in seed 000 (annex 市级试点企业名单). */
export const pilotEnterpriseNames: readonly string[] = pilotInputs.map((p) => p.name);

// ---------------------------------------------------------------------------------------------
// Synthetic enterprises
// ---------------------------------------------------------------------------------------------

interface Template {
  industryCode: string;
  /** Word before 有限公司 (e.g. 建材 → 恒达建材有限公司). */
  word: string;
  employees: readonly [number, number];
  flags?: readonly (readonly [RiskFlag, number])[];
  dust?: readonly string[];
  licence?: LicenceType;
  majorHazardChance?: number;
  processes?: readonly string[];
}

const templates: Readonly<Partial<Record<Sector, readonly Template[]>>> = {
  buildingMaterials: [
    { industryCode: '3011', word: '水泥', employees: [150, 600], flags: [['dustExplosion', 0.7], ['confinedSpace', 0.9]], dust: ['煤粉'] },
    { industryCode: '3021', word: '建材', employees: [15, 120], flags: [['confinedSpace', 0.3]] },
    { industryCode: '3031', word: '新型墙材', employees: [20, 150] },
    { industryCode: '3012', word: '石灰', employees: [10, 60], flags: [['confinedSpace', 0.3]] },
    { industryCode: '3022', word: '混凝土', employees: [20, 110], flags: [['confinedSpace', 0.5]] },
    { industryCode: '3032', word: '石材', employees: [8, 60] },
  ],
  machinery: [
    { industryCode: '3311', word: '钢结构', employees: [20, 200], flags: [['hotWork', 0.8]] },
    { industryCode: '3391', word: '铸造', employees: [30, 260], flags: [['liftingMoltenMetal', 0.8], ['dustExplosion', 0.2]], dust: ['煤粉'] },
    { industryCode: '3511', word: '矿山机械', employees: [40, 400], flags: [['hotWork', 0.6]] },
    { industryCode: '3670', word: '汽车配件', employees: [30, 300] },
    { industryCode: '3360', word: '表面处理', employees: [10, 80], flags: [['dustExplosion', 0.4], ['confinedSpace', 0.3]], dust: ['金属粉尘（铝镁）'] },
    { industryCode: '3443', word: '阀门', employees: [20, 150] },
  ],
  lightIndustry: [
    { industryCode: '1312', word: '面粉', employees: [15, 120], flags: [['dustExplosion', 0.9], ['confinedSpace', 0.5]], dust: ['小麦粉尘'] },
    { industryCode: '1373', word: '果业', employees: [10, 90], flags: [['ammoniaRefrigeration', 0.5], ['confinedSpace', 0.3]] },
    { industryCode: '1512', word: '酒业', employees: [20, 160], flags: [['confinedSpace', 0.6]] },
    { industryCode: '2110', word: '家具', employees: [10, 120], flags: [['dustExplosion', 0.7]], dust: ['木粉尘'] },
    { industryCode: '2231', word: '包装', employees: [15, 100], flags: [['dustExplosion', 0.2]], dust: ['纸粉尘'] },
    { industryCode: '2929', word: '塑业', employees: [15, 90] },
    { industryCode: '1353', word: '食品', employees: [20, 200], flags: [['ammoniaRefrigeration', 0.6], ['confinedSpace', 0.4]] },
    { industryCode: '1441', word: '乳业', employees: [40, 260], flags: [['ammoniaRefrigeration', 0.5], ['confinedSpace', 0.5]] },
  ],
  textile: [
    { industryCode: '1810', word: '服饰', employees: [20, 300] },
    { industryCode: '1711', word: '纺织', employees: [40, 400], flags: [['dustExplosion', 0.3]], dust: ['棉尘'] },
  ],
  commerce: [
    { industryCode: '5212', word: '商贸', employees: [10, 200], flags: [['gasUse', 0.3]] },
    { industryCode: '5920', word: '仓储物流', employees: [10, 120] },
    { industryCode: '5930', word: '冷链物流', employees: [10, 80], flags: [['ammoniaRefrigeration', 0.6], ['confinedSpace', 0.3]] },
    { industryCode: '5951', word: '粮油储备', employees: [10, 60], flags: [['dustExplosion', 0.8], ['confinedSpace', 0.9]], dust: ['粮食粉尘'] },
    { industryCode: '5123', word: '果蔬', employees: [5, 40] },
  ],
  hazchem: [
    { industryCode: '5265', word: '石油销售', employees: [6, 30], licence: 'hazchemOperation' },
    { industryCode: '5169', word: '化工', employees: [5, 30], licence: 'hazchemOperation' },
    { industryCode: '2619', word: '化工', employees: [40, 300], licence: 'hazchemProductionSafety', majorHazardChance: 0.4, processes: ['氧化工艺', '磺化工艺'], flags: [['confinedSpace', 0.8]] },
    { industryCode: '2641', word: '涂料', employees: [20, 120], licence: 'hazchemProductionSafety', majorHazardChance: 0.2, processes: ['聚合工艺'], flags: [['confinedSpace', 0.5]] },
  ],
  nonCoalMine: [
    { industryCode: '1011', word: '矿业', employees: [20, 120], licence: 'mineSafetyProduction' },
    { industryCode: '1019', word: '砂石', employees: [8, 50], licence: 'mineSafetyProduction' },
    { industryCode: '1012', word: '石料', employees: [8, 50], licence: 'mineSafetyProduction' },
  ],
  metallurgy: [
    { industryCode: '3130', word: '钢铁', employees: [80, 600], flags: [['gasUse', 0.8], ['confinedSpace', 0.7]] },
    { industryCode: '3140', word: '铁合金', employees: [60, 300], flags: [['metalSmelting', 1], ['liftingMoltenMetal', 0.9], ['gasUse', 0.6], ['confinedSpace', 0.6]] },
  ],
  nonferrous: [
    { industryCode: '3252', word: '铝业', employees: [40, 500], flags: [['aluminiumDeepWellCasting', 0.6], ['metalSmelting', 0.7], ['dustExplosion', 0.3], ['confinedSpace', 0.5]], dust: ['铝粉尘'] },
    { industryCode: '3240', word: '合金', employees: [30, 200], flags: [['metalSmelting', 1], ['liftingMoltenMetal', 0.6]] },
  ],
  fireworks: [{ industryCode: '5149', word: '烟花爆竹销售', employees: [2, 12], licence: 'fireworksRetail' }],
};

const sectorWeights: readonly (readonly [Sector, number])[] = [
  ['buildingMaterials', 18],
  ['machinery', 20],
  ['lightIndustry', 20],
  ['textile', 5],
  ['commerce', 15],
  ['hazchem', 12],
  ['nonCoalMine', 8],
  ['metallurgy', 3],
  ['nonferrous', 4],
  ['fireworks', 5],
];

const brands = [
  '恒达', '鑫源', '华泰', '宏图', '金鼎', '瑞丰', '永盛', '德润', '兴业', '荣昌', '汇通', '天成', '嘉禾', '博远', '聚力', '正和', '昌盛', '顺发',
  '泰和', '宏达', '润泽', '万通', '中联', '长安', '秦川', '玉华', '漆水', '锦阳', '耀华', '北塬', '金川', '福瑞', '鼎盛', '信达', '恒通', '三和',
  '同盛', '东方', '西岳', '华原', '宜通', '照金', '陈炉', '黄堡', '磊鑫', '宏远', '振华', '旭日', '春晖', '盛世', '新源', '明德', '安顺', '开元',
  '华美', '伟业', '诚信', '众鑫', '腾达', '凯盛', '隆昌', '康泰', '百川', '光华', '金盾', '亿丰', '祥和', '九鼎', '长青', '晨光',
];

const licencePrefix: Record<LicenceType, string> = {
  hazchemProductionSafety: '（陕）WH安许证字',
  hazchemOperation: '陕铜危化经字',
  hazchemUse: '（陕）WH使字',
  mineSafetyProduction: '（陕）FM安许证字',
  fireworksProductionSafety: '（陕）YH安许证字',
  fireworksWholesale: '（陕）YH经（批）字',
  fireworksRetail: '陕铜YH经（零）字',
  precursorChemicalFiling: '陕铜易制毒备字',
};

const droppable = ['location', 'principalPhone', 'standardizationLevel', 'safetyManagerName', 'employeeCount', 'legalRepresentative', 'supervisingAgencyKey', 'specific'] as const;
type Droppable = (typeof droppable)[number];

/**
 * Deterministic synthetic enterprises. Same arguments → same output, on every machine.
 * Per-district counts and incompleteness rates come from {@link demoDistricts}.
 */
export function generateEnterprises(seed = 20200801, usedCodes: ReadonlySet<string> = new Set()): EnterpriseSeed[] {
  const rng = createPrng(seed);
  const used = new Set(usedCodes);
  const names = new Set<string>();
  const out: EnterpriseSeed[] = [];
  let n = 0;
  for (const d of demoDistricts) {
    for (let i = 0; i < d.count; i++) {
      n++;
      const sector = rng.weighted(sectorWeights);
      const t = rng.pick(templates[sector]!);
      let name = '';
      for (let tries = 0; ; tries++) {
        const brand = rng.pick(brands);
        name = tries < 20 ? `${d.namePrefix}${brand}${t.word}有限公司` : `${d.namePrefix}${brand}${t.word}${tries}有限公司`;
        if (!names.has(name)) break;
      }
      names.add(name);
      const flags = (t.flags ?? []).filter(([, p]) => rng.chance(p)).map(([f]) => f);
      const majorHazard = t.majorHazardChance !== undefined && rng.chance(t.majorHazardChance);
      if (majorHazard) flags.push('majorHazardSource');
      if (t.processes && t.industryCode.startsWith('26')) flags.push('hazardousProcess');
      const employees = rng.int(t.employees[0], t.employees[1]);
      const scale = scaleOf(employees);
      const year = rng.int(2022, 2025);
      const licences = t.licence
        ? [licence(t.licence, `${licencePrefix[t.licence]}〔${year}〕${String(rng.int(1, 400)).padStart(4, '0')}号`, `${year}-0${rng.int(1, 9)}-01`, `${year + 3}-0${rng.int(1, 9)}-01`)]
        : [];
      const needsAssessment = ['hazchem', 'nonCoalMine', 'fireworks', 'metallurgy', 'nonferrous'].includes(sector) || flags.includes('metalSmelting');
      const town = rng.pick(d.towns);
      const drops = new Set<Droppable>();
      if (rng.chance(d.incompleteRate)) {
        const k = rng.int(1, 3);
        while (drops.size < k) drops.add(rng.pick(droppable));
      }
      const specificDropped = drops.has('specific');
      const e: EnterpriseSeed = {
        key: `enterprise:demo-${String(n).padStart(4, '0')}`,
        name,
        legalEntityName: name,
        creditCode: creditCodeBody(rng, d.creditDivision, used),
        address: `${d.addressPrefix}${town}${rng.pick(['工业园区', '创业路', '兴业路', '开发路', '产业园', '物流园'])}${rng.int(1, 200)}号`,
        locatedAgencyKey: d.agencyKey,
        divisionCode: d.divisionCode,
        town,
        legalRepresentative: drops.has('legalRepresentative') ? null : personName(rng),
        principalName: personName(rng),
        principalPhone: drops.has('principalPhone') ? null : demoPhone(rng),
        safetyManagerName: drops.has('safetyManagerName') ? null : personName(rng),
        safetyManagerPhone: drops.has('safetyManagerName') ? null : demoPhone(rng),
        industryCode: t.industryCode,
        sector,
        location: drops.has('location')
          ? null
          : { lon: round6(d.center[0] + (rng.next() * 2 - 1) * d.spread[0]), lat: round6(d.center[1] + (rng.next() * 2 - 1) * d.spread[1]) },
        supervisingAgencyKey: drops.has('supervisingAgencyKey') ? null : scale === 'large' ? CITY : d.agencyKey,
        employeeCount: drops.has('employeeCount') ? null : employees,
        scale,
        standardizationLevel: drops.has('standardizationLevel') ? null : rng.weighted<StandardizationLevel>([['level2', 10], ['level3', 45], ['none', 45]]),
        status: rng.weighted([['operating', 94], ['suspended', 5], ['closed', 1]] as const),
        riskFlags: flags,
        licences: specificDropped && licences.length > 0 ? [] : licences,
        majorHazardSources: majorHazard ? [{ name: rng.pick(['原料罐区', '成品罐区', '甲类仓库']), level: rng.pick(['level3', 'level4'] as const) }] : sector === 'hazchem' ? (specificDropped ? null : []) : null,
        principalAssessed: needsAssessment ? (specificDropped ? null : true) : null,
        combustibleDustTypes: flags.includes('dustExplosion') ? (specificDropped ? null : (t.dust ?? ['可燃性粉尘'])) : null,
        ammoniaInventoryKg: flags.includes('ammoniaRefrigeration') ? (specificDropped ? null : rng.int(5, 80) * 100) : null,
        confinedSpaceCount: flags.includes('confinedSpace') ? rng.int(1, 30) : null,
        deepWellCastingLines: flags.includes('aluminiumDeepWellCasting') ? rng.int(1, 3) : null,
        hazardousProcesses: flags.includes('hazardousProcess') ? [rng.pick(t.processes ?? ['氧化工艺'])] : null,
        isPilot: false,
        pilotNo: null,
        isDemo: true,
      };
      out.push(e);
    }
  }
  return out;
}

export const syntheticEnterprises: readonly EnterpriseSeed[] = generateEnterprises(20200801, new Set(pilotEnterprises.map((e) => e.creditCode)));

/** All demo enterprises: the 22 pilots first, then the synthetic ones. */
export const demoEnterprises: readonly EnterpriseSeed[] = [...pilotEnterprises, ...syntheticEnterprises];
