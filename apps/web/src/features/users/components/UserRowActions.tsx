import { DownOutlined } from '@ant-design/icons';
import type { User } from '@zhifa/shared';
import { App, Button, Dropdown, Space } from 'antd';
import type { MenuProps } from 'antd';
import { showError } from '../../../lib/show-error';
import { useResetPassword, useSetUserLocked, useUpdateUser } from '../api';

export interface UserRowActionsProps {
  user: User;
  isSelf: boolean;
  /** A 三员 account: its roles are managed by the 安全保密管理员. */
  isAdmin: boolean;
  canAssignRoles: boolean;
  onEdit: () => void;
  onSetRoles: () => void;
  onPasswordReset: (password: string) => void;
}

/** 编辑 · 角色 · 更多 (重置密码, 锁定/解锁, 停用/启用), each confirmed and reported. */
export function UserRowActions({ user, isSelf, isAdmin, canAssignRoles, onEdit, onSetRoles, onPasswordReset }: UserRowActionsProps) {
  const { modal, message } = App.useApp();
  const reset = useResetPassword();
  const lock = useSetUserLocked();
  const update = useUpdateUser();
  const who = `${user.displayName}（${user.username}）`;

  const confirm = (title: string, content: string, okText: string, danger: boolean, run: () => Promise<unknown>) =>
    modal.confirm({ title, content, okText, cancelText: '取消', okButtonProps: { danger }, onOk: () => run().catch((err: unknown) => showError(message, err)) });

  const items: MenuProps['items'] = [
    {
      key: 'reset',
      label: '重置密码',
      disabled: isSelf,
      onClick: () =>
        confirm(`重置 ${who} 的密码？`, '将生成一次性临时密码，该用户现有的登录全部失效，下次登录须修改密码。', '重置密码', true, () =>
          reset.mutateAsync(user.id).then((r) => onPasswordReset(r.temporaryPassword)),
        ),
    },
    user.status === 'locked'
      ? {
          key: 'unlock',
          label: '解锁',
          disabled: isSelf,
          onClick: () => confirm(`解锁 ${who}？`, '解锁后该用户可以重新登录（含因登录失败过多而被锁定的情况）。', '解锁', false, () => lock.mutateAsync({ id: user.id, locked: false }).then(() => message.success(`已解锁 ${who}`))),
        }
      : {
          key: 'lock',
          label: '锁定',
          disabled: isSelf || user.status === 'disabled',
          onClick: () => confirm(`锁定 ${who}？`, '锁定后该用户立即退出且不能登录，直到管理员解锁。', '锁定', true, () => lock.mutateAsync({ id: user.id, locked: true }).then(() => message.success(`已锁定 ${who}`))),
        },
    user.status === 'disabled'
      ? {
          key: 'enable',
          label: '启用',
          onClick: () => confirm(`启用 ${who}？`, '启用后该用户可以登录。', '启用', false, () => update.mutateAsync({ id: user.id, status: 'active' }).then(() => message.success(`已启用 ${who}`))),
        }
      : {
          key: 'disable',
          label: '停用',
          danger: true,
          disabled: isSelf,
          onClick: () =>
            confirm(`停用 ${who}？`, '停用后该用户立即退出且不能登录；账户和历史记录保留，可随时重新启用。', '停用', true, () =>
              update.mutateAsync({ id: user.id, status: 'disabled' }).then(() => message.success(`已停用 ${who}`)),
            ),
        },
  ];

  return (
    <Space size={0} wrap={false}>
      <Button type="link" size="small" onClick={onEdit}>
        编辑
      </Button>
      {canAssignRoles ? (
        <Button type="link" size="small" onClick={onSetRoles} disabled={isAdmin} title={isAdmin ? '三员账户的角色由安全保密管理员管理' : undefined}>
          角色
        </Button>
      ) : null}
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button type="link" size="small" aria-label={`更多操作：${user.username}`}>
          更多 <DownOutlined />
        </Button>
      </Dropdown>
    </Space>
  );
}
