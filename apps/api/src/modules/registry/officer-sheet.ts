/**
 * The officer spreadsheet (执法人员名录): columns shared by the template and the export, reading one
 * row into a validated patch, writing one officer as a row. Pure.
 *
 * Re-import rule: 执法证号 identifies the officer (it is unique); an empty cell leaves the stored
 * value unchanged. 所属科室 and 关联账号 are names resolved by the import service against the row's
 * agency, so they come back as text here.
 */
import { genderLabel, OfficerPatch, officerStatusLabel, certificateStateLabel, type Officer } from '@zhifa/shared/contract/registry';
import { sectorLabel } from '@zhifa/shared/rules/industry';
import type { RowError, SheetColumn } from './enterprise-sheet';
import { cellCode, cellCodes, cellDate, cellText, type Cell } from './sheet-cells';

export const officerColumns: readonly SheetColumn[] = [
  { key: 'name', header: '姓名', width: 10, required: true },
  { key: 'gender', header: '性别', width: 6, list: 'gender' },
  { key: 'certNo', header: '执法证号', width: 16, required: true, text: true, note: '执法证号唯一；再次导入时按执法证号更新。' },
  { key: 'certIssuer', header: '发证机关', width: 18, required: true },
  { key: 'certValidFrom', header: '执法证有效期起', width: 14, required: true, note: 'YYYY-MM-DD，如 2024-07-01。' },
  { key: 'certValidTo', header: '执法证有效期止', width: 14, required: true },
  { key: 'agency', header: '所属机关', width: 20, list: 'agency', note: '不填则为导入人所在机关。' },
  { key: 'unit', header: '所属科室', width: 16, note: '所属机关下的科室或执法队名称，如“执法大队”。' },
  { key: 'title', header: '职务', width: 10 },
  { key: 'phone', header: '联系电话', width: 14, text: true },
  { key: 'status', header: '状态', width: 10, list: 'officerStatus', note: '在岗、暂停执法或调离；新人员不填为在岗。' },
  { key: 'specialties', header: '执法领域', width: 24, note: '多项用“、”分隔，如：危险化学品、非煤矿山；填“无”表示不限。' },
  { key: 'username', header: '关联账号', width: 14, note: '本系统的用户名（须属于同一机关）；一个账号只能关联一名执法人员。' },
  { key: 'note', header: '备注', width: 24 },
  { key: 'certState', header: '证件状态', width: 10, exportOnly: true },
];

const headerOf = (key: string) => officerColumns.find((c) => c.key === key)!.header;
const withoutLabel = (header: string, message: string) => (message.startsWith(`${header}：`) ? message.slice(header.length + 1) : message);

export interface ParsedOfficerRow {
  patch: OfficerPatch;
  /** Resolved by the import service: the agency by name, the unit and account inside it. */
  agencyName: string | null;
  unitName: string | null;
  username: string | null;
  errors: RowError[];
}

export function parseOfficerRow(cells: Readonly<Record<string, Cell>>): ParsedOfficerRow {
  const errors: RowError[] = [];
  const raw: Record<string, unknown> = {};
  const get = (key: string): Cell => cells[key] ?? null;
  for (const key of ['name', 'certIssuer', 'title', 'phone', 'note']) {
    const t = cellText(get(key));
    if (t !== null) raw[key] = t;
  }
  const certNo = cellText(get('certNo'));
  if (certNo !== null) raw.certNo = certNo.toUpperCase();
  for (const key of ['certValidFrom', 'certValidTo']) {
    const d = cellDate(get(key));
    if (!d.ok) errors.push({ column: headerOf(key), message: d.error });
    else if (d.value !== null) raw[key] = d.value;
  }
  const gender = cellCode(get('gender'), genderLabel);
  if (!gender.ok) errors.push({ column: headerOf('gender'), message: gender.error });
  else if (gender.value) raw.gender = gender.value;
  const status = cellCode(get('status'), officerStatusLabel);
  if (!status.ok) errors.push({ column: headerOf('status'), message: status.error });
  else if (status.value) raw.status = status.value;
  const specialties = cellCodes(get('specialties'), sectorLabel);
  if (!specialties.ok) errors.push({ column: headerOf('specialties'), message: specialties.error });
  else if (specialties.value) raw.specialties = specialties.value;

  for (const key of ['name', 'certNo']) if (!(key in raw)) errors.push({ column: headerOf(key), message: '必填' });

  const parsed = OfficerPatch.safeParse(raw);
  let patch: OfficerPatch = {};
  if (parsed.success) patch = parsed.data;
  else {
    for (const issue of parsed.error.issues) {
      const header = officerColumns.find((c) => c.key === String(issue.path[0]))?.header ?? '整行';
      errors.push({ column: header, message: withoutLabel(header, issue.message) });
    }
  }
  return { patch, agencyName: cellText(get('agency')), unitName: cellText(get('unit')), username: cellText(get('username')), errors };
}

/** Fields a new officer must have (an existing one keeps its stored values). */
export const officerRequiredOnCreate = ['certIssuer', 'certValidFrom', 'certValidTo'] as const;
export const officerHeaderOf = headerOf;

export function officerRow(o: Officer): Cell[] {
  const values: Record<string, Cell> = {
    name: o.name,
    gender: o.gender ? genderLabel[o.gender] : null,
    certNo: o.certNo,
    certIssuer: o.certIssuer,
    certValidFrom: o.certValidFrom,
    certValidTo: o.certValidTo,
    agency: o.agencyName,
    unit: o.unitName,
    title: o.title,
    phone: o.phone,
    status: officerStatusLabel[o.status],
    specialties: o.specialties.length ? o.specialties.map((s) => sectorLabel[s]).join('、') : null,
    username: o.username,
    note: o.note,
    certState: certificateStateLabel[o.certState],
  };
  return officerColumns.map((c) => values[c.key] ?? null);
}
