import { classifyPermissionSet, permissionCatalogue, type Permission, type PermissionInfo, type PermissionKind } from '@zhifa/shared';
import { Alert, Checkbox, Flex, Typography } from 'antd';
import { useMemo } from 'react';

export interface PermissionChecklistProps {
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Only these kinds are offered (an API token gets no 三员 permissions). */
  kinds?: readonly PermissionKind[];
  /** Only these permissions are offered (an API token: the account's own). */
  only?: ReadonlySet<string>;
  id?: string;
}

function groupsOf(kinds: readonly PermissionKind[] | undefined, only: ReadonlySet<string> | undefined): { group: string; items: PermissionInfo[] }[] {
  const groups: { group: string; items: PermissionInfo[] }[] = [];
  for (const p of permissionCatalogue) {
    if (kinds && !kinds.includes(p.kind)) continue;
    if (only && !only.has(p.permission)) continue;
    let g = groups.find((x) => x.group === p.group);
    if (!g) groups.push((g = { group: p.group, items: [] }));
    g.items.push(p);
  }
  return groups;
}

/**
 * Permissions grouped as in the catalogue, each group with a 全选 box. Warns at once when the
 * selection breaks 三员分立 (the server refuses it with the same words).
 */
export function PermissionChecklist({ value = [], onChange, kinds, only, id }: PermissionChecklistProps) {
  const groups = useMemo(() => groupsOf(kinds, only), [kinds, only]);
  const selected = new Set(value);
  const problem = value.length ? classifyPermissionSet(value as Permission[]) : null;

  const setGroup = (items: PermissionInfo[], on: boolean) => {
    const next = new Set(value);
    for (const i of items) {
      if (on) next.add(i.permission);
      else next.delete(i.permission);
    }
    onChange?.(permissionCatalogue.map((p) => p.permission).filter((p) => next.has(p)));
  };
  const toggle = (p: string, on: boolean) => {
    const next = new Set(value);
    if (on) next.add(p);
    else next.delete(p);
    onChange?.(permissionCatalogue.map((x) => x.permission).filter((x) => next.has(x)));
  };

  return (
    <Flex vertical gap={12} id={id}>
      {problem && 'error' in problem ? <Alert type="error" showIcon title={problem.error} className="sticky-alert" role="alert" /> : null}
      {groups.map(({ group, items }) => {
        const n = items.filter((i) => selected.has(i.permission)).length;
        return (
          <fieldset key={group} className="permission-group">
            <legend>
              <Checkbox checked={n === items.length} indeterminate={n > 0 && n < items.length} onChange={(e) => setGroup(items, e.target.checked)}>
                <strong>{group}</strong>
                <Typography.Text type="secondary" className="permission-count">
                  {n}/{items.length}
                </Typography.Text>
              </Checkbox>
            </legend>
            <div className="permission-items">
              {items.map((i) => (
                <Checkbox key={i.permission} checked={selected.has(i.permission)} onChange={(e) => toggle(i.permission, e.target.checked)}>
                  {i.label}
                  <span className="permission-code">{i.permission}</span>
                </Checkbox>
              ))}
            </div>
          </fieldset>
        );
      })}
    </Flex>
  );
}
