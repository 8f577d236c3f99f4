import { Alert, Button, Modal, Typography } from 'antd';

/** The token's secret, shown exactly once after creation. */
export function ApiTokenCreatedModal({ token, onClose }: { token: { name: string; token: string } | null; onClose: () => void }) {
  return (
    <Modal
      open={Boolean(token)}
      title={token ? `接口令牌“${token.name}”已创建` : ''}
      onCancel={onClose}
      mask={{ closable: false }}
      width={640}
      footer={
        <Button type="primary" onClick={onClose}>
          我已保存
        </Button>
      }
    >
      <Alert type="warning" showIcon title="令牌只显示这一次" description="请立即复制并交给对接系统的管理员保存。关闭后无法再次查看；如遗失，请吊销后重新创建。" />
      {token ? (
        <Typography.Paragraph className="mt-16 token-box" copyable={{ text: token.token, tooltips: ['复制令牌', '已复制'] }}>
          <code>{token.token}</code>
        </Typography.Paragraph>
      ) : null}
      <Typography.Paragraph type="secondary">调用接口时在请求头中携带：Authorization: Bearer &lt;令牌&gt;</Typography.Paragraph>
    </Modal>
  );
}
