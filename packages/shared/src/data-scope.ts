/** 数据范围 of one role assignment, from the narrowest to the widest. */
export const dataScopes = ['self', 'unit', 'unitAndBelow', 'agency', 'agencyAndBelow', 'all'] as const;
export type DataScope = (typeof dataScopes)[number];

export const dataScopeLabel: Record<DataScope, string> = {
  self: '本人',
  unit: '本科室',
  unitAndBelow: '本科室及下级',
  agency: '本机关',
  agencyAndBelow: '本机关及下级机关',
  all: '全部',
};
