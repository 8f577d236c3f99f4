import { dataScopeLabel, type User } from '@zhifa/shared';
import { Tag, Tooltip } from 'antd';

/** A user's roles as tags, each with its 数据范围; 三员 roles in red. */
export function RoleTags({ roles, adminRoleIds }: { roles: User['roles']; adminRoleIds?: ReadonlySet<string> }) {
  if (!roles.length) return <span className="muted">未分配角色</span>;
  return (
    <span className="tag-list">
      {roles.map((r) => (
        <Tooltip key={r.roleId} title={`数据范围：${dataScopeLabel[r.dataScope]}`}>
          <Tag color={adminRoleIds?.has(r.roleId) ? 'red' : 'blue'}>
            {r.roleName}
            <span className="tag-scope">·{dataScopeLabel[r.dataScope]}</span>
          </Tag>
        </Tooltip>
      ))}
    </span>
  );
}
