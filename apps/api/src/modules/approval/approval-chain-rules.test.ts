import { describe, expect, it } from 'vitest';
import { checkChainSteps, type ChainStepInput, type StepLookups } from './approval-chain-rules';

const lk: StepLookups = {
  roles: new Map([
    ['unitChief', { name: '科室负责人', canApprove: true }],
    ['officer', { name: '执法人员', canApprove: false }],
  ]),
  units: new Map([
    ['u-city', { name: '市安监支队', agencyId: 'city', status: 'active' }],
    ['u-old', { name: '旧科室', agencyId: 'city', status: 'inactive' }],
    ['u-prov', { name: '执法局', agencyId: 'province', status: 'active' }],
  ]),
  agencyId: 'city',
  parentAgencyId: 'province',
};
const step = (over: Partial<ChainStepInput> = {}): ChainStepInput => ({ name: '科室负责人审核', roleCode: 'unitChief', agency: 'own', unitMode: 'any', unitId: null, mode: 'any', remindAfterHours: 24, ...over });

describe('approval chain steps', () => {
  it('resolves role and unit names', () => {
    const r = checkChainSteps([step({ unitMode: 'unit', unitId: 'u-city' }), step({ unitMode: 'submitterUnit', unitId: 'u-city' })], lk);
    expect(r).toEqual({
      steps: [
        { ...step({ unitMode: 'unit', unitId: 'u-city' }), roleName: '科室负责人', unitName: '市安监支队' },
        { ...step({ unitMode: 'submitterUnit' }), unitId: null, roleName: '科室负责人', unitName: null },
      ],
    });
  });

  it('refuses unknown roles and roles without the approval permission, naming the step', () => {
    const r = checkChainSteps([step({ roleCode: 'nobody' }), step({ roleCode: 'officer' })], lk);
    expect(r).toEqual({
      errors: [
        { path: 'body.steps.0.roleCode', message: '第 1 步：审批角色“nobody”不存在' },
        { path: 'body.steps.1.roleCode', message: '第 2 步：角色“执法人员”没有“审批”权限，不能担任审批人' },
      ],
    });
  });

  it('checks the fixed unit belongs to the step agency and is active', () => {
    const errs = (s: ChainStepInput) => ('errors' in checkChainSteps([s], lk) ? (checkChainSteps([s], lk) as { errors: { message: string }[] }).errors.map((e) => e.message) : []);
    expect(errs(step({ unitMode: 'unit' }))).toEqual(['第 1 步：科室范围为“指定科室”时请选择科室']);
    expect(errs(step({ unitMode: 'unit', unitId: 'u-prov' }))).toEqual(['第 1 步：指定科室应属于本机关']);
    expect(errs(step({ unitMode: 'unit', unitId: 'u-old' }))).toEqual(['第 1 步：科室“旧科室”已停用']);
    expect(errs(step({ agency: 'parent', unitMode: 'unit', unitId: 'u-prov' }))).toEqual([]);
    expect(errs(step({ agency: 'parent', unitMode: 'submitterUnit' }))).toEqual(['第 1 步：“提交人所在科室”只能用于提交人所在机关的步骤']);
  });

  it('refuses an upward step where there is no agency above', () => {
    const r = checkChainSteps([step({ agency: 'parent' })], { ...lk, parentAgencyId: null });
    expect(r).toEqual({ errors: [{ path: 'body.steps.0.agency', message: '第 1 步：本机关没有上一级机关' }] });
  });
});
