export interface TreeNode<T> {
  item: T;
  children: TreeNode<T>[];
}

/**
 * Builds a forest from a flat list by `parentId`; an item whose parent is not in the list (outside
 * the user's data scope) becomes a root. Siblings keep the input order unless `compare` is given.
 */
export function buildTree<T extends { id: string; parentId: string | null }>(items: readonly T[], compare?: (a: T, b: T) => number): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>(items.map((i) => [i.id, { item: i, children: [] }]));
  const roots: TreeNode<T>[] = [];
  for (const i of items) {
    const node = nodes.get(i.id)!;
    const parent = i.parentId ? nodes.get(i.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  if (compare) {
    const sortLevel = (level: TreeNode<T>[]) => {
      level.sort((a, b) => compare(a.item, b.item));
      for (const n of level) sortLevel(n.children);
    };
    sortLevel(roots);
  }
  return roots;
}

/** Siblings by `sortOrder`, then by code or name (Chinese collation). */
export function bySortOrder<T extends { sortOrder: number; name: string; divisionCode?: string | null }>(a: T, b: T): number {
  return a.sortOrder - b.sortOrder || (a.divisionCode ?? '\uffff').localeCompare(b.divisionCode ?? '\uffff') || a.name.localeCompare(b.name, 'zh-CN');
}

/** Maps a forest to another tree shape (antd `treeData`), children last. */
export function mapTree<T, R>(nodes: TreeNode<T>[], fn: (item: T, children: R[] | undefined) => R): R[] {
  return nodes.map((n) => fn(n.item, n.children.length ? mapTree(n.children, fn) : undefined));
}
