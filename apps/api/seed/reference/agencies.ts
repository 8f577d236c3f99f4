/**
 * Organisation tree of the Tongchuan pilot (seed 000, 铜应急发〔2020〕87号).
 *
 * - 文书编号简称 (shortName) are our choice and are configurable per agency: province 陕, city 铜,
 *   districts by their first character (王 / 印 / 耀 / 宜). 铜川新区 uses 铜新 to avoid confusion
 *   with other "新区" and to show that it belongs to the city.
 * - 铜川新区 is a functional zone without its own GB/T 2260 code: divisionCode is null. Statistics
 *   that need a division should roll it up to 610200 (铜川市); credit codes of its enterprises are
 *   issued with 610200 in positions 3–8 in the demo data.
 * - Unit names follow the seed; 市安监支队 is 铜川市安全生产监察支队 (fullName). District 执法大队 and
 *   综合股 are the usual structure of a county-level 应急管理局; the exact names vary by district.
 */
import type { AgencySeed, UnitSeed } from './types';

function unit(agencyKey: string, key: string, name: string, sortOrder: number, opts: { parent?: string; fullName?: string; enforcement?: boolean } = {}): UnitSeed {
  return {
    key,
    agencyKey,
    parentKey: opts.parent ?? null,
    name,
    fullName: opts.fullName ?? null,
    enforcement: opts.enforcement ?? false,
    sortOrder,
  };
}

/** District units: unit:<code>:brigade (执法大队) and unit:<code>:general (综合股). */
function districtUnits(agencyKey: string, code: string, prefix: string): UnitSeed[] {
  return [
    unit(agencyKey, `unit:${code}:brigade`, '执法大队', 1, { fullName: `${prefix}应急管理综合执法大队`, enforcement: true }),
    unit(agencyKey, `unit:${code}:general`, '综合股', 2),
  ];
}

const CITY = 'agency:610200';

export const agencies: readonly AgencySeed[] = [
  {
    key: 'agency:610000',
    parentKey: null,
    name: '陕西省应急管理厅',
    shortName: '陕',
    divisionCode: '610000',
    level: 'province',
    sortOrder: 1,
    units: [
      unit('agency:610000', 'unit:610000:enforcement', '执法局', 1, { enforcement: true }),
      unit('agency:610000', 'unit:610000:legal', '政策法规处', 2),
    ],
  },
  {
    key: CITY,
    parentKey: 'agency:610000',
    name: '铜川市应急管理局',
    shortName: '铜',
    divisionCode: '610200',
    level: 'city',
    sortOrder: 1,
    units: [
      unit(CITY, 'unit:610200:detachment', '市安监支队', 1, { fullName: '铜川市安全生产监察支队', enforcement: true }),
      unit(CITY, 'unit:610200:detachment:team1', '监察一科', 1, { parent: 'unit:610200:detachment', enforcement: true }),
      unit(CITY, 'unit:610200:supervision', '执法和督察科', 2, { enforcement: true }),
      unit(CITY, 'unit:610200:industry', '行业监管科', 3, { enforcement: true }),
      unit(CITY, 'unit:610200:publicity', '宣教法规科', 4),
      unit(CITY, 'unit:610200:infocenter', '应急管理信息中心', 5, { fullName: '铜川市应急管理信息中心' }),
    ],
  },
  {
    key: 'agency:610202',
    parentKey: CITY,
    name: '王益区应急管理局',
    shortName: '王',
    divisionCode: '610202',
    level: 'county',
    sortOrder: 1,
    units: districtUnits('agency:610202', '610202', '王益区'),
  },
  {
    key: 'agency:610203',
    parentKey: CITY,
    name: '印台区应急管理局',
    shortName: '印',
    divisionCode: '610203',
    level: 'county',
    sortOrder: 2,
    units: districtUnits('agency:610203', '610203', '印台区'),
  },
  {
    key: 'agency:610204',
    parentKey: CITY,
    name: '耀州区应急管理局',
    shortName: '耀',
    divisionCode: '610204',
    level: 'county',
    sortOrder: 3,
    units: districtUnits('agency:610204', '610204', '耀州区'),
  },
  {
    key: 'agency:610222',
    parentKey: CITY,
    name: '宜君县应急管理局',
    shortName: '宜',
    divisionCode: '610222',
    level: 'county',
    sortOrder: 4,
    units: districtUnits('agency:610222', '610222', '宜君县'),
  },
  {
    key: 'agency:tcxq',
    parentKey: CITY,
    name: '新区应急管理局',
    shortName: '铜新',
    divisionCode: null,
    level: 'county',
    sortOrder: 5,
    note: '铜川新区为功能区，无独立的GB/T 2260行政区划代码；统计时归入610200铜川市。全称可按当地机构设置调整（如“铜川新区应急管理局”）。',
    units: districtUnits('agency:tcxq', 'tcxq', '铜川新区'),
  },
];

/** All units of all agencies, flattened. */
export const units: readonly UnitSeed[] = agencies.flatMap((a) => a.units);

/** The five district-level agencies of the pilot, in the seed's order of 区县. */
export const districtAgencyKeys = ['agency:610202', 'agency:610203', 'agency:610204', 'agency:610222', 'agency:tcxq'] as const;
export type DistrictAgencyKey = (typeof districtAgencyKeys)[number];
