import { PlusOutlined } from '@ant-design/icons';
import type { User } from '@zhifa/shared';
import { Permission } from '@zhifa/shared';
import { Button, Card } from 'antd';
import { useMemo, useState } from 'react';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { hasPermission, useSession } from '../../auth/session';
import { useRoles } from '../../roles/api';
import { useUsers } from '../api';
import { useUserFilter } from '../use-user-filter';
import { SetRolesModal } from '../components/SetRolesModal';
import { TemporaryPasswordModal } from '../components/TemporaryPasswordModal';
import { UserFilters, type UserFilterValues } from '../components/UserFilters';
import { UserFormDrawer, type UserFormTarget } from '../components/UserFormDrawer';
import { UserRowActions } from '../components/UserRowActions';
import { UsersTable } from '../components/UsersTable';

/**
 * 用户管理 (系统管理员): list with filters; create, edit, password reset, lock and disable.
 * Roles and data scopes are granted by the 安全保密管理员 on 用户授权 (UserGrantsPage).
 */
export function UsersPage() {
  const me = useSession();
  const [filter, setFilter] = useUserFilter();
  const users = useUsers(filter);
  const roles = useRoles();
  const adminRoleIds = useMemo(() => new Set((roles.data ?? []).filter((r) => r.adminKind).map((r) => r.id)), [roles.data]);
  const canAssignRoles = hasPermission(me, Permission.UserAssignRole);

  const [formTarget, setFormTarget] = useState<UserFormTarget | null>(null);
  const [rolesUser, setRolesUser] = useState<User | null>(null);
  const [tempPassword, setTempPassword] = useState<{ username: string; displayName: string; password: string } | null>(null);

  const onFilter = (v: UserFilterValues) => setFilter({ q: v.q, agencyId: v.agencyId, status: v.status, page: 1 });

  return (
    <PageContainer
      title="用户管理"
      description="管理本机关及下级机关的账户。新建的账户首次登录须修改初始密码；角色与数据范围由安全保密管理员在“用户授权”中授予。"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormTarget({ mode: 'create' })}>
          新建用户
        </Button>
      }
    >
      <Card>
        <UserFilters value={{ q: filter.q, agencyId: filter.agencyId, status: filter.status }} onChange={onFilter} />
        {users.isError ? <QueryErrorAlert error={users.error} onRetry={() => void users.refetch()} /> : null}
        <UsersTable
          data={users.data}
          loading={users.isFetching}
          adminRoleIds={adminRoleIds}
          onPageChange={(page, pageSize) => setFilter({ page: pageSize === filter.pageSize ? page : 1, pageSize })}
          renderActions={(u) => (
            <UserRowActions
              user={u}
              isSelf={u.id === me.id}
              isAdmin={u.roles.some((r) => adminRoleIds.has(r.roleId))}
              canAssignRoles={canAssignRoles}
              onEdit={() => setFormTarget({ mode: 'edit', user: u })}
              onSetRoles={() => setRolesUser(u)}
              onPasswordReset={(password) => setTempPassword({ username: u.username, displayName: u.displayName, password })}
            />
          )}
        />
      </Card>
      <UserFormDrawer
        target={formTarget}
        onClose={(created) => {
          setFormTarget(null);
          // Show the new account wherever it sorts: search for it.
          if (created) setFilter({ q: created.username, agencyId: undefined, status: undefined, page: 1 });
        }}
      />
      <SetRolesModal user={rolesUser} adminRoleIds={adminRoleIds} onClose={() => setRolesUser(null)} />
      <TemporaryPasswordModal result={tempPassword} onClose={() => setTempPassword(null)} />
    </PageContainer>
  );
}
