import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { buildTree, mapTree } from '../../../lib/tree';
import { useEnterpriseAgencyChoices } from '../api';

interface Option {
  value: string;
  title: string;
  children?: Option[] | undefined;
}

export interface PlacementAgencySelectProps {
  /** 属地机关 (own agency, those below it, the scope) or 监管机关 (the scope). */
  which: 'located' | 'supervising';
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Shown when the stored value is not among the choices (an unchanged 属地 outside them stays valid). */
  currentName?: string | null;
  allowClear?: boolean;
  placeholder?: string;
  id?: string;
}

/** Picks an enterprise's 属地 or 监管机关 from the agencies the server accepts for this user. */
export function PlacementAgencySelect({ which, value, onChange, currentName, allowClear, placeholder = '请选择机关', id }: PlacementAgencySelectProps) {
  const choices = useEnterpriseAgencyChoices();
  const treeData = useMemo(() => {
    const list = [...(choices.data?.[which] ?? [])];
    if (value && currentName && !list.some((a) => a.id === value)) list.push({ id: value, parentId: null, name: currentName });
    return mapTree<(typeof list)[number], Option>(buildTree(list), (a, children) => ({ value: a.id, title: a.name, children }));
  }, [choices.data, which, value, currentName]);
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      treeData={treeData}
      placeholder={placeholder}
      allowClear={allowClear}
      loading={choices.isPending}
      notFoundContent={choices.isError ? '机关列表加载失败' : '无可选机关'}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
    />
  );
}
