import { adminKindLabel, type Role } from '@zhifa/shared';
import { Tag } from 'antd';

/** 业务角色, or which of the 三员 the role belongs to. */
export function RoleKindTag({ role }: { role: Pick<Role, 'adminKind'> }) {
  return role.adminKind ? <Tag color="red">三员·{adminKindLabel[role.adminKind]}</Tag> : <Tag color="blue">业务角色</Tag>;
}
