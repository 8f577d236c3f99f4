import { dataScopeLabel, dataScopes, type DataScope, type Me } from '@zhifa/shared';

/**
 * The 数据范围 the signed-in administrator may hand out: "全部" only by someone who has it
 * (the server checks the same, this just avoids offering what it will refuse).
 */
export function grantableScopes(me: Me): DataScope[] {
  const hasAll = me.roles.some((r) => r.dataScope === 'all');
  return dataScopes.filter((s) => s !== 'all' || hasAll);
}

export const scopeOptions = (scopes: readonly DataScope[]) => scopes.map((s) => ({ value: s, label: dataScopeLabel[s] }));
