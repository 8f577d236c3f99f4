import { userStatusLabel, type User } from '@zhifa/shared';
import { Tag, Tooltip } from 'antd';
import { formatDateTime } from '../../../lib/format';

const color: Record<User['status'], string> = { active: 'success', locked: 'warning', disabled: 'default' };

/** 正常 / 已锁定 / 已停用; a lock after failed logins shows until when. */
export function UserStatusTag({ user }: { user: Pick<User, 'status' | 'lockedUntil'> }) {
  const tag = <Tag color={color[user.status]}>{userStatusLabel[user.status]}</Tag>;
  return user.status === 'locked' && user.lockedUntil ? <Tooltip title={`登录失败过多，锁定至 ${formatDateTime(user.lockedUntil)}`}>{tag}</Tooltip> : tag;
}
