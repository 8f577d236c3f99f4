import type { Agency } from '@zhifa/shared';
import { Empty, Tag, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo } from 'react';
import { buildTree, bySortOrder, mapTree } from '../../../lib/tree';

/** The agencies as a navigable tree; selecting one shows its details and 科室. */
export function AgencyTree({ agencies, selectedId, onSelect }: { agencies: Agency[]; selectedId: string | null; onSelect: (id: string) => void }) {
  const treeData = useMemo(
    () =>
      mapTree<Agency, DataNode>(buildTree(agencies, bySortOrder), (a, children) => ({
        key: a.id,
        title: (
          <span className="agency-node">
            {a.name}
            {a.status === 'inactive' ? (
              <Tag className="inline-tag" color="default">
                已停用
              </Tag>
            ) : null}
          </span>
        ),
        children,
      })),
    [agencies],
  );
  if (!agencies.length) return <Empty description="没有可管理的机关" />;
  return (
    <Tree
      className="agency-tree"
      treeData={treeData}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => {
        const k = keys[0];
        if (typeof k === 'string') onSelect(k);
      }}
      defaultExpandAll
      blockNode
    />
  );
}
