import { Dialog } from 'antd-mobile';

/** Asks before 退出登录 (in red, side by side with 取消); resolves true when confirmed. */
export function confirmSignOut(online: boolean): Promise<boolean> {
  return new Promise((resolve) => {
    Dialog.show({
      title: '退出登录',
      content: online ? '退出后需要重新输入密码登录。' : '当前离线。退出后要等联网才能重新登录，确定退出吗？',
      closeOnAction: true,
      closeOnMaskClick: true,
      actions: [
        [
          { key: 'cancel', text: '取消' },
          { key: 'signOut', text: '退出登录', danger: true, bold: true },
        ],
      ],
      onAction: (action) => resolve(action.key === 'signOut'),
      onClose: () => resolve(false),
    });
  });
}
