/**
 * The organisations of the Tongchuan pilot (shared/domain/tongchuan-pilot.md) and the province
 * above it. Short names feed document numbers (铜应急立〔2020〕1号) and are configurable later.
 * 新区应急管理局 (铜川新区) is a functional zone without a county code of its own: divisionCode null.
 */
export interface UnitSeed {
  key: string;
  name: string;
  children?: UnitSeed[];
}

export interface AgencySeed {
  key: string;
  name: string;
  shortName: string;
  divisionCode: string | null;
  level: 'province' | 'city' | 'county';
  parentKey: string | null;
  units: UnitSeed[];
}

const districtUnits = (code: string): UnitSeed[] => [
  { key: `unit:${code}:brigade`, name: '执法大队' },
  { key: `unit:${code}:general`, name: '综合股' },
];

export const orgTree: AgencySeed[] = [
  { key: 'agency:610000', name: '陕西省应急管理厅', shortName: '陕', divisionCode: '610000', level: 'province', parentKey: null, units: [{ key: 'unit:610000:enforcement', name: '执法局' }, { key: 'unit:610000:legal', name: '政策法规处' }] },
  {
    key: 'agency:610200',
    name: '铜川市应急管理局',
    shortName: '铜',
    divisionCode: '610200',
    level: 'city',
    parentKey: 'agency:610000',
    units: [
      { key: 'unit:610200:detachment', name: '市安监支队', children: [{ key: 'unit:610200:detachment:team1', name: '监察一科' }] },
      { key: 'unit:610200:supervision', name: '执法和督察科' },
      { key: 'unit:610200:industry', name: '行业监管科' },
      { key: 'unit:610200:publicity', name: '宣教法规科' },
      { key: 'unit:610200:infocenter', name: '应急管理信息中心' },
    ],
  },
  { key: 'agency:610202', name: '王益区应急管理局', shortName: '王', divisionCode: '610202', level: 'county', parentKey: 'agency:610200', units: districtUnits('610202') },
  { key: 'agency:610203', name: '印台区应急管理局', shortName: '印', divisionCode: '610203', level: 'county', parentKey: 'agency:610200', units: districtUnits('610203') },
  { key: 'agency:610204', name: '耀州区应急管理局', shortName: '耀', divisionCode: '610204', level: 'county', parentKey: 'agency:610200', units: districtUnits('610204') },
  { key: 'agency:610222', name: '宜君县应急管理局', shortName: '宜', divisionCode: '610222', level: 'county', parentKey: 'agency:610200', units: districtUnits('610222') },
  { key: 'agency:tcxq', name: '新区应急管理局', shortName: '铜新', divisionCode: null, level: 'county', parentKey: 'agency:610200', units: districtUnits('tcxq') },
];
