import type { FieldError } from '@zhifa/shared';

/** One step as stored on a chain and frozen onto each instance (names resolved when saved). */
export interface ChainStep {
  name: string;
  roleCode: string;
  roleName: string;
  agency: 'own' | 'parent';
  unitMode: 'any' | 'submitterUnit' | 'unit';
  unitId: string | null;
  unitName: string | null;
  mode: 'any' | 'all';
  remindAfterHours: number;
}

export type ChainStepInput = Omit<ChainStep, 'roleName' | 'unitName'>;

export interface StepLookups {
  roles: ReadonlyMap<string, { name: string; canApprove: boolean }>;
  units: ReadonlyMap<string, { name: string; agencyId: string; status: string }>;
  /** The agency the chain belongs to, and the one above it (null at the top). */
  agencyId: string;
  parentAgencyId: string | null;
}

/**
 * Checks a chain's steps against the roles and units that exist, and resolves their names.
 * Returns field errors (path `body.steps.<i>.<field>`, Chinese) or the steps ready to store.
 */
export function checkChainSteps(steps: ChainStepInput[], lk: StepLookups): { errors: FieldError[] } | { steps: ChainStep[] } {
  const errors: FieldError[] = [];
  const out: ChainStep[] = [];
  steps.forEach((s, i) => {
    const at = (field: string, message: string) => errors.push({ path: `body.steps.${i}.${field}`, message: `第 ${i + 1} 步：${message}` });
    const role = lk.roles.get(s.roleCode);
    if (!role) at('roleCode', `审批角色“${s.roleCode}”不存在`);
    else if (!role.canApprove) at('roleCode', `角色“${role.name}”没有“审批”权限，不能担任审批人`);
    if (s.agency === 'parent' && !lk.parentAgencyId) at('agency', '本机关没有上一级机关');
    if (s.unitMode === 'submitterUnit' && s.agency === 'parent') at('unitMode', '“提交人所在科室”只能用于提交人所在机关的步骤');
    let unitName: string | null = null;
    if (s.unitMode === 'unit') {
      const unit = s.unitId ? lk.units.get(s.unitId) : undefined;
      const expected = s.agency === 'parent' ? lk.parentAgencyId : lk.agencyId;
      if (!s.unitId) at('unitId', '科室范围为“指定科室”时请选择科室');
      else if (!unit || unit.agencyId !== expected) at('unitId', s.agency === 'parent' ? '指定科室应属于上一级机关' : '指定科室应属于本机关');
      else if (unit.status !== 'active') at('unitId', `科室“${unit.name}”已停用`);
      else unitName = unit.name;
    }
    out.push({ ...s, unitId: s.unitMode === 'unit' ? s.unitId : null, roleName: role?.name ?? s.roleCode, unitName });
  });
  return errors.length ? { errors } : { steps: out };
}
