import { NavLink } from 'react-router-dom';
import { TaskIcon } from '../icons/TaskIcon';
import { UserIcon } from '../icons/UserIcon';
import { paths } from '../paths';

const tabs = [
  { to: paths.tasks, title: '我的任务', icon: <TaskIcon /> },
  { to: paths.mine, title: '我的', icon: <UserIcon /> },
];

/**
 * 我的任务 / 我的 at the bottom, within thumb reach. Real links (not antd-mobile's TabBar, whose
 * items are bare divs) so screen readers and keyboards get them, with aria-current on the open one.
 */
export function BottomTabs() {
  return (
    <nav className="app-tabbar" aria-label="主导航">
      {tabs.map((t) => (
        <NavLink key={t.to} to={t.to} end className={({ isActive }) => `app-tab${isActive ? ' is-active' : ''}`}>
          <span className="app-tab-icon">{t.icon}</span>
          <span className="app-tab-title">{t.title}</span>
        </NavLink>
      ))}
    </nav>
  );
}
