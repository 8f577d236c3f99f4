import { Button, List, NoticeBar } from 'antd-mobile';
import { appVersion } from '../../app-version';
import { useOnline } from '../../network/use-online';
import { useSession, useSignedIn } from '../../session/session-context';
import { confirmSignOut } from './confirm-sign-out';

/** 我的: who is logged in, the app version, and 退出登录. */
export function MinePage() {
  const { me, verified } = useSignedIn();
  const { signOut } = useSession();
  const online = useOnline();

  const onSignOut = async () => {
    if (await confirmSignOut(online)) await signOut();
  };

  return (
    <section className="page" aria-labelledby="mine-title">
      <h1 id="mine-title" className="page-title">我的</h1>
      {/* Offline, the strip under the top bar already says so; online, the server did not answer. */}
      {!verified && online && (
        <NoticeBar className="cache-notice" color="info" wrap content="以下信息来自本机保存的登录记录，联网后自动核验。" />
      )}
      <List className="mine-list" mode="card">
        <List.Item extra={me.displayName}>姓名</List.Item>
        <List.Item extra={me.username}>用户名</List.Item>
        <List.Item extra={me.agency.name}>所属机关</List.Item>
        <List.Item extra={me.unit?.name ?? '—'}>内设机构</List.Item>
        <List.Item extra={me.roles.map((r) => r.roleName).join('、') || '—'}>角色</List.Item>
        <List.Item extra={appVersion}>版本</List.Item>
      </List>
      <div className="page-actions">
        <Button block size="large" color="danger" fill="outline" onClick={() => void onSignOut()}>
          退出登录
        </Button>
      </div>
    </section>
  );
}
