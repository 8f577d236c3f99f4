import type { Agency } from '@zhifa/shared';
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { buildTree, bySortOrder, mapTree } from '../../../lib/tree';
import { useAgencies } from '../api';

export interface AgencyTreeSelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Stopped agencies are shown but cannot be picked (placing users, issuing tokens). */
  disableInactive?: boolean;
  id?: string;
  className?: string;
}

interface AgencyOption {
  value: string;
  title: string;
  disabled: boolean;
  children?: AgencyOption[] | undefined;
}

/** Picks one agency from the tree of agencies in the user's data scope. */
export function AgencyTreeSelect({ value, onChange, placeholder = '请选择机关', allowClear, disableInactive = true, id, className }: AgencyTreeSelectProps) {
  const agencies = useAgencies();
  const treeData = useMemo(
    () =>
      mapTree<Agency, AgencyOption>(buildTree(agencies.data ?? [], bySortOrder), (a, children) => ({
        value: a.id,
        title: a.status === 'inactive' ? `${a.name}（已停用）` : a.name,
        disabled: disableInactive && a.status === 'inactive',
        children,
      })),
    [agencies.data, disableInactive],
  );
  return (
    <TreeSelect
      id={id}
      className={className}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      treeData={treeData}
      placeholder={placeholder}
      allowClear={allowClear}
      loading={agencies.isPending}
      notFoundContent={agencies.isError ? '机关列表加载失败' : '无可选机关'}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
    />
  );
}
