import type { User } from '@zhifa/shared';
import { Button, Card } from 'antd';
import { useMemo, useState } from 'react';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useRoles } from '../../roles/api';
import { useUsers } from '../api';
import { SetRolesModal } from '../components/SetRolesModal';
import { UserFilters, type UserFilterValues } from '../components/UserFilters';
import { UsersTable } from '../components/UsersTable';
import { useUserFilter } from '../use-user-filter';

/**
 * 用户授权 (安全保密管理员): grants business roles and data scopes to accounts the system
 * administrator created. 三员 roles are granted on 角色与权限.
 */
export function UserGrantsPage() {
  const [filter, setFilter] = useUserFilter();
  const users = useUsers(filter);
  const roles = useRoles();
  const adminRoleIds = useMemo(() => new Set((roles.data ?? []).filter((r) => r.adminKind).map((r) => r.id)), [roles.data]);
  const [rolesUser, setRolesUser] = useState<User | null>(null);

  const onFilter = (v: UserFilterValues) => setFilter({ q: v.q, agencyId: v.agencyId, status: v.status, page: 1 });

  return (
    <PageContainer title="用户授权" description="为系统管理员新建的账户授予业务角色与数据范围。建议在账户本人首次登录并修改初始密码后（列表不再显示“待改密码”）再授权。三员角色在“角色与权限”中授予。">
      <Card>
        <UserFilters value={{ q: filter.q, agencyId: filter.agencyId, status: filter.status }} onChange={onFilter} />
        {users.isError ? <QueryErrorAlert error={users.error} onRetry={() => void users.refetch()} /> : null}
        <UsersTable
          data={users.data}
          loading={users.isFetching}
          adminRoleIds={adminRoleIds}
          onPageChange={(page, pageSize) => setFilter({ page: pageSize === filter.pageSize ? page : 1, pageSize })}
          renderActions={(u) => {
            const isAdmin = u.roles.some((r) => adminRoleIds.has(r.roleId));
            return (
              <Button type="link" size="small" onClick={() => setRolesUser(u)} disabled={isAdmin} title={isAdmin ? '三员账户不能担任业务角色' : undefined} aria-label={`设置角色：${u.username}`}>
                设置角色
              </Button>
            );
          }}
        />
      </Card>
      <SetRolesModal user={rolesUser} adminRoleIds={adminRoleIds} onClose={() => setRolesUser(null)} />
    </PageContainer>
  );
}
