/**
 * The enterprise spreadsheet: its columns (the import template and the export use the same ones, so
 * an export can be edited and imported again), reading one row into a validated patch, and writing
 * one enterprise as a row. Pure: no workbook, no database.
 *
 * Re-import rule: a row is the same enterprise as a stored one when both 统一社会信用代码 and 单位名称
 * match (two sites of one legal entity share a code, so the code alone is not enough). For an
 * existing enterprise an empty cell leaves the stored value unchanged; 无 clears a list.
 */
import { EnterprisePatch, LicenceInput, type Enterprise } from '@zhifa/shared/contract/registry';
import {
  enterpriseScaleLabel,
  enterpriseStatusLabel,
  licenceTypeLabel,
  majorHazardSourceLevelLabel,
  riskFlagLabel,
  standardizationLevelLabel,
  type MajorHazardSourceLevel,
} from '@zhifa/shared/rules/enterprise-codes';
import { sectorLabel } from '@zhifa/shared/rules/industry';
import type { z } from 'zod';
import { cellCode, cellCodes, cellDate, cellNumber, cellText, cellYesNo, isBlank, splitList, type Cell, type Parsed } from './sheet-cells';

export interface SheetColumn {
  key: string;
  header: string;
  width: number;
  required?: boolean;
  /** Shown as a note on the header cell of the template. */
  note?: string;
  /** Keep as text in Excel (codes, phone numbers), so leading zeros and long digits survive. */
  text?: boolean;
  /** Name of a code list (sheet 代码表) offered as a drop-down. */
  list?: string;
  /** Written by the export only; ignored on import. */
  exportOnly?: boolean;
}

export const enterpriseColumns: readonly SheetColumn[] = [
  { key: 'name', header: '单位名称', width: 36, required: true, note: '检查对象名称；同一法人的不同厂区写明厂区，如“某公司（水泥生产线）”。' },
  { key: 'creditCode', header: '统一社会信用代码', width: 22, required: true, text: true, note: '18 位，按 GB 32100 校验第 18 位校验码。与单位名称一起识别同一企业：再次导入时更新而不重复新建。' },
  { key: 'legalEntityName', header: '营业执照名称', width: 28 },
  { key: 'registeredAddress', header: '注册地址', width: 36 },
  { key: 'address', header: '生产经营地址', width: 36 },
  { key: 'divisionCode', header: '行政区划代码', width: 12, text: true, note: '6 位 GB/T 2260 代码，如 610202。' },
  { key: 'town', header: '乡镇（街道）', width: 14 },
  { key: 'locatedAgency', header: '属地机关', width: 20, list: 'agency', note: '企业所在地的县（区）应急管理局；不填则为导入人所在机关。' },
  { key: 'supervisingAgency', header: '监管机关', width: 20, list: 'agency', note: '分级监管：负责执法的一个机关（一家企业对应一个层级）。新企业不填则为导入人所在机关。' },
  { key: 'lon', header: '经度', width: 12, note: '十进制度，如 109.0751；经度与纬度须同时填写。' },
  { key: 'lat', header: '纬度', width: 12, note: '十进制度，如 35.0692。' },
  { key: 'legalRepresentative', header: '法定代表人', width: 12 },
  { key: 'principalName', header: '主要负责人', width: 12 },
  { key: 'principalPhone', header: '主要负责人联系电话', width: 16, text: true, note: '11 位手机号或带区号的固定电话。' },
  { key: 'safetyManagerName', header: '安全生产管理人员', width: 14 },
  { key: 'safetyManagerPhone', header: '安全生产管理人员联系电话', width: 16, text: true },
  { key: 'industryCode', header: '国民经济行业分类代码', width: 14, text: true, note: 'GB/T 4754-2017 小类代码，如 3011（水泥制造）；见“行业代码”表。行业领域由此自动确定。' },
  { key: 'sectorConfirmed', header: '行业领域（人工确认）', width: 14, list: 'sector', note: '一般不填：按行业代码和许可证自动确定。确需不同时在此选择。' },
  { key: 'scale', header: '企业规模', width: 10, list: 'scale' },
  { key: 'employeeCount', header: '从业人员数', width: 10 },
  { key: 'standardizationLevel', header: '安全生产标准化等级', width: 14, list: 'standardization' },
  { key: 'status', header: '经营状态', width: 10, list: 'status', note: '在营、停产或关闭；新企业不填为在营。' },
  { key: 'riskFlags', header: '风险特征', width: 28, note: '可填多项，用“、”分隔，如：粉尘涉爆、有限空间作业；填“无”表示没有。可选项见“代码表”。' },
  { key: 'licenceType', header: '许可证类型', width: 26, list: 'licence', note: '一行填写一个许可证；再次导入时同类型的许可证被替换，其他许可证保留。' },
  { key: 'licenceNumber', header: '许可证编号', width: 26, text: true },
  { key: 'licenceValidFrom', header: '许可证有效期起', width: 14, note: 'YYYY-MM-DD，如 2024-01-01。' },
  { key: 'licenceValidTo', header: '许可证有效期止', width: 14 },
  { key: 'majorHazardSources', header: '重大危险源', width: 28, note: '“名称（等级）”，多个用“；”分隔，如：原料罐区（三级）；已辨识没有的填“无”。' },
  { key: 'principalAssessed', header: '主要负责人和安全生产管理人员考核合格', width: 14, list: 'yesNo' },
  { key: 'combustibleDustTypes', header: '可燃性粉尘种类', width: 16, note: '多项用“、”分隔，如：铝粉、木粉。' },
  { key: 'ammoniaInventoryKg', header: '液氨储存量（千克）', width: 12 },
  { key: 'confinedSpaceCount', header: '有限空间数量', width: 10 },
  { key: 'deepWellCastingLines', header: '深井铸造生产线数量', width: 12 },
  { key: 'hazardousProcesses', header: '重点监管危险化工工艺', width: 18, note: '多项用“、”分隔，如：氧化工艺、加氢工艺。' },
  { key: 'note', header: '备注', width: 24 },
  { key: 'sector', header: '行业领域', width: 12, exportOnly: true },
  { key: 'completeness', header: '基础数据完整度', width: 10, exportOnly: true },
  { key: 'missing', header: '缺项', width: 40, exportOnly: true },
];

const headerOf = (key: string) => enterpriseColumns.find((c) => c.key === key)!.header;

/** Where a validation issue of the patch lands in the sheet. */
const columnOfField: Record<string, string> = {
  locatedAgencyId: 'locatedAgency',
  supervisingAgencyId: 'supervisingAgency',
  location: 'lon',
};

export interface RowError {
  column: string;
  message: string;
}

export interface ParsedEnterpriseRow {
  /** The fields written in the row (absent = empty cell), validated like the API's PATCH body. */
  patch: EnterprisePatch;
  /** The licence written in the row, if any; it replaces the stored licence of the same type. */
  licence: z.output<typeof LicenceInput> | null;
  errors: RowError[];
}

export interface RowContext {
  /** Agency id by full name, every active agency (whether the caller may use it is checked afterwards). */
  agencyIdByName: ReadonlyMap<string, string>;
}

const withoutLabel = (header: string, message: string) => (message.startsWith(`${header}：`) ? message.slice(header.length + 1) : message);

function parseMajorHazardSources(v: Cell): Parsed<{ name: string; level: MajorHazardSourceLevel | null }[] | null> {
  if (isBlank(v)) return { ok: true, value: null };
  if (cellText(v) === '无') return { ok: true, value: [] };
  const out: { name: string; level: MajorHazardSourceLevel | null }[] = [];
  for (const item of cellText(v)!.split(/[;；\n]+/).map((s) => s.trim()).filter(Boolean)) {
    const m = /^(.+?)\s*[（(]\s*([^）)]*)\s*[）)]$/.exec(item);
    if (!m) {
      out.push({ name: item, level: null });
      continue;
    }
    const level = cellCode(m[2]!, majorHazardSourceLevelLabel);
    if (!level.ok) return { ok: false, error: `“${item}”的等级${level.error}` };
    out.push({ name: m[1]!.trim(), level: level.value });
  }
  return { ok: true, value: out };
}

/**
 * One row → a patch validated with the same schema as the API, plus the row's licence. Cells that
 * cannot be read and values the schema refuses come back as errors naming the column.
 */
export function parseEnterpriseRow(cells: Readonly<Record<string, Cell>>, ctx: RowContext): ParsedEnterpriseRow {
  const errors: RowError[] = [];
  const raw: Record<string, unknown> = {};
  const get = (key: string): Cell => cells[key] ?? null;
  const take = <T>(key: string, field: string, r: Parsed<T | null>) => {
    if (!r.ok) errors.push({ column: headerOf(key), message: r.error });
    else if (r.value !== null) raw[field] = r.value;
  };

  for (const key of ['name', 'legalEntityName', 'registeredAddress', 'address', 'divisionCode', 'town', 'legalRepresentative', 'principalName', 'principalPhone', 'safetyManagerName', 'safetyManagerPhone', 'industryCode', 'note']) {
    const t = cellText(get(key));
    if (t !== null) raw[key] = t;
  }
  const code = get('creditCode');
  if (typeof code === 'number') errors.push({ column: headerOf('creditCode'), message: '应以文本格式填写：Excel 把它当成了数字，末几位已丢失，请把该列设为“文本”后重新录入' });
  else if (!isBlank(code)) raw.creditCode = cellText(code);
  for (const [key, field] of [['locatedAgency', 'locatedAgencyId'], ['supervisingAgency', 'supervisingAgencyId']] as const) {
    const name = cellText(get(key));
    if (name === null) continue;
    const id = ctx.agencyIdByName.get(name);
    if (id) raw[field] = id;
    else errors.push({ column: headerOf(key), message: `“${name}”不是在用的机关名称（请从下拉列表中选择）` });
  }
  const lon = cellNumber(get('lon'));
  const lat = cellNumber(get('lat'));
  if (!lon.ok) errors.push({ column: headerOf('lon'), message: lon.error });
  if (!lat.ok) errors.push({ column: headerOf('lat'), message: lat.error });
  if (lon.ok && lat.ok) {
    if ((lon.value === null) !== (lat.value === null)) errors.push({ column: headerOf(lon.value === null ? 'lon' : 'lat'), message: '经度和纬度须同时填写' });
    else if (lon.value !== null) raw.location = { lon: lon.value, lat: lat.value };
  }
  take('sectorConfirmed', 'sectorConfirmed', cellCode(get('sectorConfirmed'), sectorLabel));
  take('scale', 'scale', cellCode(get('scale'), enterpriseScaleLabel));
  take('employeeCount', 'employeeCount', cellNumber(get('employeeCount'), { integer: true }));
  take('standardizationLevel', 'standardizationLevel', cellCode(get('standardizationLevel'), standardizationLevelLabel));
  take('status', 'status', cellCode(get('status'), enterpriseStatusLabel));
  take('riskFlags', 'riskFlags', cellCodes(get('riskFlags'), riskFlagLabel));
  take('majorHazardSources', 'majorHazardSources', parseMajorHazardSources(get('majorHazardSources')));
  take('principalAssessed', 'principalAssessed', cellYesNo(get('principalAssessed')));
  for (const key of ['combustibleDustTypes', 'hazardousProcesses']) {
    const v = get(key);
    if (!isBlank(v)) raw[key] = cellText(v) === '无' ? [] : splitList(v);
  }
  take('ammoniaInventoryKg', 'ammoniaInventoryKg', cellNumber(get('ammoniaInventoryKg')));
  take('confinedSpaceCount', 'confinedSpaceCount', cellNumber(get('confinedSpaceCount'), { integer: true }));
  take('deepWellCastingLines', 'deepWellCastingLines', cellNumber(get('deepWellCastingLines'), { integer: true }));

  if (!('name' in raw)) errors.push({ column: headerOf('name'), message: '必填' });
  if (!('creditCode' in raw) && typeof code !== 'number') errors.push({ column: headerOf('creditCode'), message: '必填' });

  const parsed = EnterprisePatch.safeParse(raw);
  let patch: EnterprisePatch = {};
  if (parsed.success) patch = parsed.data;
  else {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const key = field === 'location' && issue.path[1] === 'lat' ? 'lat' : (columnOfField[field] ?? field);
      const header = enterpriseColumns.find((c) => c.key === key)?.header ?? (field || '整行');
      errors.push({ column: header, message: withoutLabel(header, issue.message) });
    }
  }

  let licence: ParsedEnterpriseRow['licence'] = null;
  const type = cellCode(get('licenceType'), licenceTypeLabel);
  const from = cellDate(get('licenceValidFrom'));
  const to = cellDate(get('licenceValidTo'));
  const number = cellText(get('licenceNumber'));
  if (!type.ok) errors.push({ column: headerOf('licenceType'), message: type.error });
  if (!from.ok) errors.push({ column: headerOf('licenceValidFrom'), message: from.error });
  if (!to.ok) errors.push({ column: headerOf('licenceValidTo'), message: to.error });
  if (type.ok && from.ok && to.ok) {
    if (type.value === null && (number !== null || from.value !== null || to.value !== null)) {
      errors.push({ column: headerOf('licenceType'), message: '填写了许可证编号或有效期时须选择许可证类型' });
    } else if (type.value !== null) {
      const l = LicenceInput.safeParse({ type: type.value, number, validFrom: from.value, validTo: to.value });
      if (l.success) licence = l.data;
      else for (const issue of l.error.issues) errors.push({ column: headerOf(issue.path[0] === 'validTo' ? 'licenceValidTo' : 'licenceNumber'), message: issue.message });
    }
  }
  return { patch, licence, errors };
}

/** Replaces the licence of the same type, or adds it. */
export function mergeLicence<L extends { type: string }>(licences: readonly L[], licence: L | null): L[] {
  if (!licence) return [...licences];
  const i = licences.findIndex((l) => l.type === licence.type);
  if (i < 0) return [...licences, licence];
  return licences.map((l, j) => (j === i ? licence : l));
}

/** One enterprise as a row of the export (same columns as the template, then the read-only ones). */
export function enterpriseRow(e: Enterprise): Cell[] {
  const first = e.licences[0] ?? null;
  const values: Record<string, Cell> = {
    name: e.name,
    creditCode: e.creditCode,
    legalEntityName: e.legalEntityName,
    registeredAddress: e.registeredAddress,
    address: e.address,
    divisionCode: e.divisionCode,
    town: e.town,
    locatedAgency: e.locatedAgencyName,
    supervisingAgency: e.supervisingAgencyName,
    lon: e.location?.lon ?? null,
    lat: e.location?.lat ?? null,
    legalRepresentative: e.legalRepresentative,
    principalName: e.principalName,
    principalPhone: e.principalPhone,
    safetyManagerName: e.safetyManagerName,
    safetyManagerPhone: e.safetyManagerPhone,
    industryCode: e.industryCode,
    sectorConfirmed: e.sectorConfirmed ? sectorLabel[e.sectorConfirmed] : null,
    scale: e.scale ? enterpriseScaleLabel[e.scale] : null,
    employeeCount: e.employeeCount,
    standardizationLevel: e.standardizationLevel ? standardizationLevelLabel[e.standardizationLevel] : null,
    status: enterpriseStatusLabel[e.status],
    riskFlags: e.riskFlags.length ? e.riskFlags.map((f) => riskFlagLabel[f]).join('、') : null,
    licenceType: first ? licenceTypeLabel[first.type] : null,
    licenceNumber: first?.number ?? null,
    licenceValidFrom: first?.validFrom ?? null,
    licenceValidTo: first?.validTo ?? null,
    majorHazardSources: e.majorHazardSources === null ? null : e.majorHazardSources.length ? e.majorHazardSources.map((m) => `${m.name}（${m.level ? majorHazardSourceLevelLabel[m.level] : '未定级'}）`).join('；') : '无',
    principalAssessed: e.principalAssessed === null ? null : e.principalAssessed ? '是' : '否',
    combustibleDustTypes: e.combustibleDustTypes === null ? null : e.combustibleDustTypes.join('、') || '无',
    ammoniaInventoryKg: e.ammoniaInventoryKg,
    confinedSpaceCount: e.confinedSpaceCount,
    deepWellCastingLines: e.deepWellCastingLines,
    hazardousProcesses: e.hazardousProcesses === null ? null : e.hazardousProcesses.join('、') || '无',
    note: e.note,
    sector: sectorLabel[e.sector],
    completeness: e.completeness.score,
    missing: e.completeness.missing.map((m) => m.label).join('、') || null,
  };
  return enterpriseColumns.map((c) => values[c.key] ?? null);
}
