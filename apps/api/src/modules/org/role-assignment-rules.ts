import { adminKindLabel, type AdminKind, type DataScope } from '@zhifa/shared';

export interface AssignableRole {
  id: string;
  name: string;
  adminKind: AdminKind | null;
}

/**
 * 三员分立 on one account: at most one of the three administrator roles, and an administrator
 * holds no business role (so none of the three sees enforcement data). Returns the Chinese reason.
 */
export function assignmentProblem(roles: AssignableRole[]): string | null {
  const ids = roles.map((r) => r.id);
  if (new Set(ids).size !== ids.length) return '同一角色不能重复分配';
  const admin = roles.filter((r) => r.adminKind);
  if (admin.length > 1) {
    return `三员分立：${admin.map((r) => adminKindLabel[r.adminKind!]).join('、')}不能由同一账户担任`;
  }
  if (admin.length === 1 && roles.length > 1) {
    return `三员分立：${adminKindLabel[admin[0]!.adminKind!]}不能同时担任执法业务角色`;
  }
  return null;
}

/** Only a caller whose own scope is "all" may hand out "all". */
export const scopeGrantProblem = (granted: DataScope, callerHasAll: boolean): string | null =>
  granted === 'all' && !callerHasAll ? '数据范围“全部”只能由拥有全部数据范围的管理员授予' : null;
