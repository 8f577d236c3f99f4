/**
 * Demo 执法人员库: 32 officers over the city and the five districts, with invented names.
 * Officers with a username are the officer-role demo accounts of demo/users.ts (same display name,
 * agency and unit — integrity.test.ts checks that they agree).
 *
 * 执法证号: 11 digits = 6-digit division code of the issuing area + 2-digit year of issue + 3-digit
 * serial; 铜川新区 officers use 610200 with serials from 901. The format is our choice; Shaanxi's
 * real numbering scheme was not checked.
 * 发证机关: 陕西省人民政府 (Shaanxi issues one provincial 行政执法证 managed by the 司法厅); plausible,
 * not verified. One certificate is deliberately expired (valid to 2025-12-31) so that the rule
 * "an expired certificate may not sign field documents" can be demonstrated.
 */
import { demoEnterprises } from './enterprises';
import type { OfficerSeed, RecusalSeed } from './types';

const ISSUER = '陕西省人民政府';

interface OfficerInput {
  name: string;
  gender: 'male' | 'female';
  username?: string;
  agencyKey: string;
  unitKey: string;
  title: string;
  certNo: string;
  from?: string;
  to?: string;
  note?: string;
}

const C = 'agency:610200';
const TEAM1 = 'unit:610200:detachment:team1';
const DET = 'unit:610200:detachment';

const inputs: readonly OfficerInput[] = [
  // 市安监支队 / 监察一科 (demo accounts officer1, officer2, chief)
  { name: '王建国', gender: 'male', username: 'officer1', agencyKey: C, unitKey: TEAM1, title: '执法人员', certNo: '61020019001' },
  { name: '刘思远', gender: 'male', username: 'officer2', agencyKey: C, unitKey: TEAM1, title: '执法人员', certNo: '61020019002' },
  { name: '陈志强', gender: 'male', username: 'chief', agencyKey: C, unitKey: DET, title: '副支队长', certNo: '61020019003' },
  { name: '周建华', gender: 'male', agencyKey: C, unitKey: TEAM1, title: '科长', certNo: '61020019004' },
  { name: '吴晓峰', gender: 'male', agencyKey: C, unitKey: TEAM1, title: '执法人员', certNo: '61020021005' },
  { name: '孙丽娜', gender: 'female', agencyKey: C, unitKey: TEAM1, title: '执法人员', certNo: '61020021006' },
  { name: '马俊杰', gender: 'male', agencyKey: C, unitKey: DET, title: '执法人员', certNo: '61020023007' },
  {
    name: '贺文静', gender: 'female', agencyKey: C, unitKey: DET, title: '执法人员', certNo: '61020019008', from: '2020-01-01', to: '2025-12-31',
    note: '执法证已过期（演示：过期证件不得在现场文书上签名，须换证后方可执法）。',
  },
  // 执法和督察科、行业监管科
  { name: '韩立新', gender: 'male', agencyKey: C, unitKey: 'unit:610200:supervision', title: '科长', certNo: '61020019009' },
  { name: '曹慧琳', gender: 'female', agencyKey: C, unitKey: 'unit:610200:supervision', title: '执法人员', certNo: '61020023010' },
  { name: '许振东', gender: 'male', agencyKey: C, unitKey: 'unit:610200:industry', title: '副科长', certNo: '61020021011' },
  { name: '邓佳怡', gender: 'female', agencyKey: C, unitKey: 'unit:610200:industry', title: '执法人员', certNo: '61020023012' },
  // 王益区
  { name: '杨帆', gender: 'male', username: 'wy_officer1', agencyKey: 'agency:610202', unitKey: 'unit:610202:brigade', title: '执法人员', certNo: '61020219001' },
  { name: '何静', gender: 'female', username: 'wy_officer2', agencyKey: 'agency:610202', unitKey: 'unit:610202:brigade', title: '执法人员', certNo: '61020219002' },
  { name: '冯国梁', gender: 'male', agencyKey: 'agency:610202', unitKey: 'unit:610202:brigade', title: '大队长', certNo: '61020219003' },
  { name: '谢婉清', gender: 'female', agencyKey: 'agency:610202', unitKey: 'unit:610202:brigade', title: '执法人员', certNo: '61020221004' },
  { name: '董浩然', gender: 'male', agencyKey: 'agency:610202', unitKey: 'unit:610202:brigade', title: '执法人员', certNo: '61020223005' },
  // 印台区
  { name: '高磊', gender: 'male', username: 'yt_officer1', agencyKey: 'agency:610203', unitKey: 'unit:610203:brigade', title: '执法人员', certNo: '61020319001' },
  { name: '林雪', gender: 'female', username: 'yt_officer2', agencyKey: 'agency:610203', unitKey: 'unit:610203:brigade', title: '执法人员', certNo: '61020319002' },
  { name: '苏明辉', gender: 'male', agencyKey: 'agency:610203', unitKey: 'unit:610203:brigade', title: '大队长', certNo: '61020321003' },
  { name: '潘晓燕', gender: 'female', agencyKey: 'agency:610203', unitKey: 'unit:610203:brigade', title: '执法人员', certNo: '61020323004' },
  // 耀州区
  { name: '罗斌', gender: 'male', username: 'yz_officer1', agencyKey: 'agency:610204', unitKey: 'unit:610204:brigade', title: '执法人员', certNo: '61020419001' },
  { name: '梁洁', gender: 'female', username: 'yz_officer2', agencyKey: 'agency:610204', unitKey: 'unit:610204:brigade', title: '执法人员', certNo: '61020419002' },
  { name: '卢志刚', gender: 'male', agencyKey: 'agency:610204', unitKey: 'unit:610204:brigade', title: '大队长', certNo: '61020419003' },
  { name: '贾文博', gender: 'male', agencyKey: 'agency:610204', unitKey: 'unit:610204:brigade', title: '执法人员', certNo: '61020421004' },
  { name: '丁雪梅', gender: 'female', agencyKey: 'agency:610204', unitKey: 'unit:610204:brigade', title: '执法人员', certNo: '61020423005' },
  // 宜君县
  { name: '宋涛', gender: 'male', username: 'yj_officer1', agencyKey: 'agency:610222', unitKey: 'unit:610222:brigade', title: '执法人员', certNo: '61022219001' },
  { name: '唐敏', gender: 'female', username: 'yj_officer2', agencyKey: 'agency:610222', unitKey: 'unit:610222:brigade', title: '执法人员', certNo: '61022219002' },
  { name: '姜海涛', gender: 'male', agencyKey: 'agency:610222', unitKey: 'unit:610222:brigade', title: '大队长', certNo: '61022221003' },
  // 新区
  { name: '许亮', gender: 'male', username: 'xq_officer1', agencyKey: 'agency:tcxq', unitKey: 'unit:tcxq:brigade', title: '执法人员', certNo: '61020021901' },
  { name: '邓琳', gender: 'female', username: 'xq_officer2', agencyKey: 'agency:tcxq', unitKey: 'unit:tcxq:brigade', title: '执法人员', certNo: '61020021902' },
  { name: '钟永强', gender: 'male', agencyKey: 'agency:tcxq', unitKey: 'unit:tcxq:brigade', title: '大队长', certNo: '61020023903' },
];

/**
 * Validity by year of first issue (digits 7–8 of the number), assuming five-year certificates:
 * 2019 and 2021 certificates were renewed on 2024-07-01; 2023 certificates run from 2023-07-01.
 */
function validity(certNo: string): { from: string; to: string } {
  const yy = Number(certNo.slice(6, 8));
  if (yy <= 21) return { from: '2024-07-01', to: '2029-06-30' };
  return { from: `20${yy}-07-01`, to: `20${yy + 5}-06-30` };
}

export const officers: readonly OfficerSeed[] = inputs.map((o) => {
  const v = validity(o.certNo);
  return {
    key: `officer:${o.certNo}`,
    name: o.name,
    gender: o.gender,
    username: o.username ?? null,
    agencyKey: o.agencyKey,
    unitKey: o.unitKey,
    title: o.title,
    certNo: o.certNo,
    certIssuer: ISSUER,
    certValidFrom: o.from ?? v.from,
    certValidTo: o.to ?? v.to,
    isDemo: true,
    ...(o.note ? { note: o.note } : {}),
  };
});

function officerKeyOf(username: string): string {
  const o = officers.find((x) => x.username === username);
  if (!o) throw new Error(`officers: no officer for ${username}`);
  return o.key;
}

function enterpriseKeyOf(predicate: (name: string) => boolean, what: string): string {
  const e = demoEnterprises.find((x) => predicate(x.name));
  if (!e) throw new Error(`officers: no enterprise for ${what}`);
  return e.key;
}

/** 回避 records (demo). */
export const recusals: readonly RecusalSeed[] = [
  {
    key: 'recusal:wy_officer2:daxing',
    officerKey: officerKeyOf('wy_officer2'),
    enterpriseKey: enterpriseKeyOf((n) => n === '陕西铜川大兴制衣有限责任公司', '大兴制衣'),
    reason: '近亲属（配偶）在该企业任安全生产管理人员',
    declaredOn: '2025-03-10',
    isDemo: true,
  },
  {
    key: 'recusal:officer2:meixin',
    officerKey: officerKeyOf('officer2'),
    enterpriseKey: enterpriseKeyOf((n) => n === '陕西美鑫产业投资有限公司', '美鑫'),
    reason: '曾在该企业任职，离职未满两年',
    declaredOn: '2025-06-02',
    isDemo: true,
  },
];
