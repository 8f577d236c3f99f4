import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { useState } from 'react';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useRoles } from '../api';
import { AdminGrantsPanel } from '../components/AdminGrantsPanel';
import { RoleFormDrawer, type RoleFormTarget } from '../components/RoleFormDrawer';
import { RolesTable } from '../components/RolesTable';

/** 角色与权限 (安全保密管理员): roles and their permissions, and the 三员 grants. */
export function RolesPage() {
  const roles = useRoles();
  const [target, setTarget] = useState<RoleFormTarget | null>(null);
  const [tab, setTab] = useState('roles');

  return (
    <PageContainer
      title="角色与权限"
      description="维护角色及其权限；授予或撤销三员（系统管理员、安全保密管理员、安全审计员）角色。"
      extra={
        tab === 'roles' ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create' })}>
            新建角色
          </Button>
        ) : null
      }
    >
      {roles.isError ? <QueryErrorAlert error={roles.error} onRetry={() => void roles.refetch()} /> : null}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'roles', label: '角色', children: <RolesTable roles={roles.data ?? []} loading={roles.isPending} onEdit={(role) => setTarget({ mode: 'edit', role })} /> },
            { key: 'grants', label: '三员授权', children: <AdminGrantsPanel roles={roles.data ?? []} /> },
          ]}
        />
      </Card>
      <RoleFormDrawer target={target} onClose={() => setTarget(null)} />
    </PageContainer>
  );
}
