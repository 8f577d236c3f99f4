import type { Role } from '@zhifa/shared';
import { Alert, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useUser } from '../../users/api';
import { AdminGrantCard } from './AdminGrantCard';
import { UserPicker } from './UserPicker';

/**
 * 三员授权: the 安全保密管理员 picks an account, grants or revokes one of the three administrator
 * roles, and can reset the account's 动态口令 when its phone is lost.
 */
export function AdminGrantsPanel({ roles }: { roles: Role[] }) {
  const [userId, setUserId] = useState<string | null>(null);
  const user = useUser(userId);
  const adminRoles = roles.filter((r) => r.adminKind);
  const adminRoleIds = new Set(adminRoles.map((r) => r.id));

  return (
    <Flex vertical gap={16}>
      <Alert
        type="info"
        showIcon
        title="三员分立"
        description="系统管理员、安全保密管理员、安全审计员须由不同账户担任；担任三员的账户不能同时持有执法业务角色。您不能为自己授权或撤销。"
      />
      <Flex gap={12} align="center" wrap>
        <Typography.Text strong>选择用户</Typography.Text>
        <UserPicker value={userId} onChange={setUserId} />
      </Flex>
      {!userId ? (
        <Card>
          <Empty description="请先查找并选择要授权的用户" />
        </Card>
      ) : user.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : user.isError ? (
        <QueryErrorAlert error={user.error} onRetry={() => void user.refetch()} />
      ) : (
        <AdminGrantCard user={user.data} adminRoles={adminRoles} adminRoleIds={adminRoleIds} />
      )}
    </Flex>
  );
}
