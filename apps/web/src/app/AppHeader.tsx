import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Tag, Tooltip } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { NotificationBell } from '../features/approval/components/NotificationBell';
import { useLogout } from '../features/auth/api';
import { useSession } from '../features/auth/session';
import { GlobalSearchBox } from '../features/checklist/components/GlobalSearchBox';
import { SYSTEM_NAME } from '../lib/brand';

/** Top bar: the system name, who is signed in (name, agency, roles) and the logout button. */
export function AppHeader() {
  const me = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const qc = useQueryClient();

  const onLogout = () => {
    logout.mutate(undefined, {
      onSettled: () => {
        void navigate('/login', { replace: true, state: { notice: '您已安全退出。', noticeType: 'success' } });
        qc.clear();
      },
    });
  };

  const roleNames = me.roles.map((r) => r.roleName);
  return (
    <Flex className="app-header" align="center" justify="space-between" gap={16}>
      <Link to="/" className="app-brand">
        <img src="/favicon.svg" alt="" width={30} height={30} />
        <span className="app-brand-name">{SYSTEM_NAME}</span>
      </Link>
      <Flex align="center" gap={12} className="app-user">
        <GlobalSearchBox />
        <Tooltip title={me.unit ? `${me.agency.name} · ${me.unit.name}` : me.agency.name}>
          <span className="app-user-agency">{me.agency.name}</span>
        </Tooltip>
        <NotificationBell />
        <Link to="/profile" className="app-user-name" aria-label="个人设置">
          <UserOutlined /> {me.displayName}
        </Link>
        <span className="app-user-roles" aria-label="角色">
          {roleNames.length ? roleNames.map((n) => <Tag key={n} className="app-role-tag">{n}</Tag>) : <Tag className="app-role-tag">无角色</Tag>}
        </span>
        <Button ghost icon={<LogoutOutlined />} loading={logout.isPending} onClick={onLogout}>
          退出登录
        </Button>
      </Flex>
    </Flex>
  );
}
