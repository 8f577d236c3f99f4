import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { Unit } from '@zhifa/shared';
import { buildTree, bySortOrder, mapTree } from '../../../lib/tree';
import { useUnits } from '../api';

export interface UnitTreeSelectProps {
  agencyId: string | null | undefined;
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
}

interface UnitOption {
  value: string;
  title: string;
  disabled: boolean;
  children?: UnitOption[] | undefined;
}

/** Picks a 科室 of one agency; empty until an agency is chosen. */
export function UnitTreeSelect({ agencyId, value, onChange, id }: UnitTreeSelectProps) {
  const units = useUnits(agencyId);
  const treeData = useMemo(
    () =>
      mapTree<Unit, UnitOption>(buildTree(units.data ?? [], bySortOrder), (u, children) => ({
        value: u.id,
        title: u.status === 'inactive' ? `${u.name}（已停用）` : u.name,
        disabled: u.status === 'inactive',
        children,
      })),
    [units.data],
  );
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      treeData={treeData}
      disabled={!agencyId}
      placeholder={agencyId ? '请选择科室（可不选）' : '请先选择所属机关'}
      allowClear
      loading={Boolean(agencyId) && units.isPending}
      notFoundContent={units.isError ? '科室列表加载失败' : '该机关暂无科室'}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
    />
  );
}
