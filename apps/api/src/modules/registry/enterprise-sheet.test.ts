import { makeCreditCode } from '@zhifa/shared/rules/credit-code';
import { describe, expect, it } from 'vitest';
import { mergeLicence, parseEnterpriseRow } from './enterprise-sheet';
import { buildReport, shouldWrite } from './import-report';

const ctx = { agencyIdByName: new Map([['王益区应急管理局', '11111111-1111-7111-8111-111111111111']]) };
const code = makeCreditCode('91610202MA6TEXT01');

describe('one enterprise row', () => {
  it('becomes a patch with codes, lists, location and the row licence', () => {
    const r = parseEnterpriseRow(
      { name: ' 甲公司 ', creditCode: code, locatedAgency: '王益区应急管理局', lon: 109.07, lat: '35.06', scale: '小型', riskFlags: '粉尘涉爆、有限空间作业', industryCode: 'C3011', licenceType: '危险化学品经营许可证', licenceNumber: 'A-1', licenceValidFrom: '2026/1/1', majorHazardSources: '罐区（三级）；库房', principalAssessed: '是' },
      ctx,
    );
    expect(r.errors).toEqual([]);
    expect(r.patch).toMatchObject({ name: '甲公司', creditCode: code, locatedAgencyId: '11111111-1111-7111-8111-111111111111', location: { lon: 109.07, lat: 35.06 }, scale: 'small', riskFlags: ['dustExplosion', 'confinedSpace'], industryCode: '3011', principalAssessed: true, majorHazardSources: [{ name: '罐区', level: 'level3' }, { name: '库房', level: null }] });
    expect(r.patch.status).toBeUndefined(); // empty cell: unchanged on re-import
    expect(r.licence).toEqual({ type: 'hazchemOperation', number: 'A-1', validFrom: '2026-01-01', validTo: null });
  });

  it('names the column and the reason for each problem', () => {
    const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    const r = parseEnterpriseRow({ name: null, creditCode: wrong, principalPhone: '123', licenceNumber: 'X' }, ctx);
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { column: '单位名称', message: '必填' },
        { column: '统一社会信用代码', message: `校验码错误，应为${code[17]}` },
        { column: '主要负责人联系电话', message: expect.stringMatching(/^应为 11 位手机号/) },
        { column: '许可证类型', message: '填写了许可证编号或有效期时须选择许可证类型' },
      ]),
    );
    expect(parseEnterpriseRow({ name: '甲', creditCode: 9.1610202123456e17 }, ctx).errors[0]!.message).toMatch(/^应以文本格式填写/);
  });

  it('replaces a licence of the same type and keeps the others', () => {
    const a = { type: 'hazchemUse', number: '1' };
    const b = { type: 'hazchemOperation', number: '2' };
    expect(mergeLicence([a, b], { type: 'hazchemUse', number: '3' })).toEqual([{ type: 'hazchemUse', number: '3' }, b]);
    expect(mergeLicence([a], b)).toEqual([a, b]);
    expect(mergeLicence([a], null)).toEqual([a]);
  });
});

describe('import modes', () => {
  it('writes with validRowsOnly, or with allOrNothing only when clean, never on a dry run', () => {
    expect(shouldWrite('allOrNothing', false, 1)).toBe(false);
    expect(shouldWrite('allOrNothing', false, 0)).toBe(true);
    expect(shouldWrite('validRowsOnly', false, 5)).toBe(true);
    expect(shouldWrite('validRowsOnly', true, 0)).toBe(false);
  });

  it('counts rows with errors once and sorts the errors by row', () => {
    const r = buildReport('validRowsOnly', false, true, { totalRows: 5, created: 3, updated: 0, unchanged: 0, errors: [{ row: 6, column: 'b', message: 'x' }, { row: 3, column: 'a', message: 'x' }, { row: 3, column: 'c', message: 'y' }] });
    expect(r).toMatchObject({ validRows: 3, errorRows: 2, errorCount: 3 });
    expect(r.errors.map((e) => e.row)).toEqual([3, 3, 6]);
    const ordered = buildReport('validRowsOnly', true, false, { totalRows: 1, created: 0, updated: 0, unchanged: 0, errors: [{ row: 2, column: '风险特征', message: 'x' }, { row: 2, column: '单位名称', message: 'y' }] }, ['单位名称', '风险特征']);
    expect(ordered.errors.map((e) => e.column)).toEqual(['单位名称', '风险特征']);
  });
});
