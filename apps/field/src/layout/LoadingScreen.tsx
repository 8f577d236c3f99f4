import { SpinLoading } from 'antd-mobile';

/** Shown while the app asks the server who is logged in and nothing is cached yet. */
export function LoadingScreen() {
  return (
    <div className="boot-screen" role="status">
      <SpinLoading color="primary" style={{ '--size': '48px' }} />
      <p>正在加载…</p>
    </div>
  );
}
