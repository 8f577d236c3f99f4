import { SafetyOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { showError } from '../../../lib/show-error';
import { meKey, useRegenerateRecoveryCodes } from '../../auth/api';
import { RecoveryCodesView } from '../../auth/components/RecoveryCodesView';
import { TotpEnrolment } from '../../auth/components/TotpEnrolment';
import { useSession } from '../../auth/session';
import { DisableTotpModal } from './DisableTotpModal';

/** 动态口令 (TOTP) of the signed-in user: enable, disable with a code, regenerate recovery codes. */
export function TotpCard() {
  const me = useSession();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const [enrolling, setEnrolling] = useState(false);
  const [disabling, setDisabling] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  const regenerate = useRegenerateRecoveryCodes();

  const onRegenerate = () =>
    modal.confirm({
      title: '重新生成恢复码？',
      content: '原有的恢复码将全部作废。',
      okText: '重新生成',
      cancelText: '取消',
      onOk: () =>
        regenerate.mutateAsync().then(
          (r) => setCodes(r.recoveryCodes),
          (err: unknown) => showError(message, err),
        ),
    });

  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <SafetyOutlined /> 动态口令（第二重身份验证）
        </Flex>
      }
      extra={me.totpEnabled ? <Tag color="success">已启用</Tag> : <Tag>未启用</Tag>}
    >
      {enrolling ? (
        <TotpEnrolment
          username={me.username}
          onCancel={() => setEnrolling(false)}
          onEnabled={() => void qc.invalidateQueries({ queryKey: meKey })}
          onDone={() => setEnrolling(false)}
        />
      ) : me.totpEnabled ? (
        <Flex vertical gap={16}>
          <Typography.Paragraph className="mb-0">登录时除密码外还须输入手机身份验证器应用上的 6 位动态码。手机丢失时可用恢复码登录，或请安全保密管理员重置。</Typography.Paragraph>
          <Flex gap={8} wrap>
            <Button onClick={onRegenerate} loading={regenerate.isPending}>
              重新生成恢复码
            </Button>
            <Button danger onClick={() => setDisabling(true)}>
              停用动态口令
            </Button>
          </Flex>
        </Flex>
      ) : (
        <Flex vertical gap={16}>
          <Typography.Paragraph className="mb-0">启用后，登录时除密码外还须输入手机身份验证器应用上的 6 位动态码，可防止密码泄露后账户被他人使用。</Typography.Paragraph>
          <div>
            <Button type="primary" onClick={() => setEnrolling(true)}>
              启用动态口令
            </Button>
          </div>
        </Flex>
      )}
      <DisableTotpModal open={disabling} onClose={() => setDisabling(false)} />
      <Modal open={Boolean(codes)} title="新的恢复码" footer={null} closable={false} mask={{ closable: false }}>
        {codes ? <RecoveryCodesView codes={codes} username={me.username} onDone={() => setCodes(null)} /> : null}
      </Modal>
    </Card>
  );
}
