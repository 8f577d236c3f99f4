import { Alert, Button, Descriptions, Modal, Typography } from 'antd';

/** Shows a reset password exactly once, with a copy button. */
export function TemporaryPasswordModal({ result, onClose }: { result: { username: string; displayName: string; password: string } | null; onClose: () => void }) {
  return (
    <Modal
      open={Boolean(result)}
      title="密码已重置"
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          我已告知用户
        </Button>
      }
    >
      {result ? (
        <>
          <Alert type="warning" showIcon title="临时密码只显示这一次" description="请当面或通过安全渠道告知用户。用户用临时密码登录后须立即修改密码；该用户原有的登录会话已全部失效。" />
          <Descriptions
            className="mt-16"
            column={1}
            bordered
            items={[
              { key: 'user', label: '用户', children: `${result.displayName}（${result.username}）` },
              {
                key: 'pwd',
                label: '临时密码',
                children: (
                  <Typography.Text code copyable={{ text: result.password, tooltips: ['复制', '已复制'] }} className="secret-text">
                    {result.password}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </>
      ) : null}
    </Modal>
  );
}
