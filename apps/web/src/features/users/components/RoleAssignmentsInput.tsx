import type { DataScope, Role } from '@zhifa/shared';
import { Checkbox, Empty, Select, Skeleton, Typography } from 'antd';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useSession } from '../../auth/session';
import { useRoles } from '../../roles/api';
import { grantableScopes, scopeOptions } from '../../roles/scopes';
import type { RoleAssignmentInput } from '../api';

const DEFAULT_SCOPE: DataScope = 'agency';

export interface RoleAssignmentsInputProps {
  value?: RoleAssignmentInput[];
  onChange?: (value: RoleAssignmentInput[]) => void;
  id?: string;
}

/**
 * The business roles of one user: tick a role, then pick its 数据范围. 三员 roles are not offered,
 * they are granted by the 安全保密管理员 under 角色与权限.
 */
export function RoleAssignmentsInput({ value = [], onChange, id }: RoleAssignmentsInputProps) {
  const me = useSession();
  const roles = useRoles();
  const scopes = scopeOptions(grantableScopes(me));

  if (roles.isPending) return <Skeleton active paragraph={{ rows: 3 }} title={false} />;
  if (roles.isError) return <QueryErrorAlert error={roles.error} onRetry={() => void roles.refetch()} title="角色列表加载失败" />;
  // The most used roles first (执法人员 before 局领导), then by name.
  const business = roles.data.filter((r) => !r.adminKind).sort((a, b) => b.userCount - a.userCount || a.name.localeCompare(b.name, 'zh-CN'));
  if (!business.length) return <Empty description="没有可分配的业务角色" />;

  const find = (r: Role) => value.find((a) => a.roleId === r.id);
  const toggle = (r: Role, on: boolean) => onChange?.(on ? [...value, { roleId: r.id, dataScope: DEFAULT_SCOPE }] : value.filter((a) => a.roleId !== r.id));
  const setScope = (r: Role, dataScope: DataScope) => onChange?.(value.map((a) => (a.roleId === r.id ? { ...a, dataScope } : a)));

  return (
    <div className="role-assignments" id={id} role="group" aria-label="角色">
      {business.map((r) => {
        const a = find(r);
        return (
          <div key={r.id} className={`role-assignment-row${a ? ' is-checked' : ''}`}>
            <Checkbox checked={Boolean(a)} onChange={(e) => toggle(r, e.target.checked)} className="role-assignment-check">
              <span className="role-assignment-name">{r.name}</span>
              {r.description ? (
                <Typography.Text type="secondary" className="role-assignment-desc">
                  {r.description}
                </Typography.Text>
              ) : null}
            </Checkbox>
            <Select<DataScope>
              aria-label={`${r.name}的数据范围`}
              className="role-assignment-scope"
              style={{ width: 180, flex: 'none' }}
              value={a?.dataScope}
              placeholder="数据范围"
              disabled={!a}
              options={scopes}
              onChange={(s) => setScope(r, s)}
            />
          </div>
        );
      })}
    </div>
  );
}
