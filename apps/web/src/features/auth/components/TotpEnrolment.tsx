import { App, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import type { SessionStage } from '@zhifa/shared';
import { errorMessage } from '../../../lib/api-client';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useEnableTotp, useTotpSetup } from '../api';
import { RecoveryCodesView } from './RecoveryCodesView';

const groupSecret = (s: string) => s.replace(/(.{4})/g, '$1 ').trim();

/**
 * Binding an authenticator app: get a secret (QR code + text), confirm with one code, then show the
 * recovery codes once. `onDone` gets the session stage the server reported after enabling.
 */
export interface TotpEnrolmentProps {
  username: string;
  onDone: (stage: SessionStage) => void;
  onCancel?: () => void;
  /** Runs once the server enabled TOTP, while the recovery codes are still on screen. */
  onEnabled?: () => void;
}

export function TotpEnrolment({ username, onDone, onCancel, onEnabled }: TotpEnrolmentProps) {
  const setup = useTotpSetup();
  const enable = useEnableTotp();
  const [form] = Form.useForm<{ code: string }>();
  const [result, setResult] = useState<{ codes: string[]; stage: SessionStage } | null>(null);
  const { message } = App.useApp();

  if (result) return <RecoveryCodesView codes={result.codes} username={username} onDone={() => onDone(result.stage)} />;

  if (!setup.data) {
    return (
      <Flex vertical gap={16}>
        <Typography.Paragraph>
          请先在手机上安装身份验证器应用（如 Microsoft Authenticator、Google Authenticator、FreeOTP 或微信小程序“腾讯身份验证器”），然后点击“获取二维码”，用应用扫描二维码完成绑定。
        </Typography.Paragraph>
        {setup.isError ? <Typography.Text type="danger">{errorMessage(setup.error)}</Typography.Text> : null}
        <Flex gap={8}>
          <Button type="primary" size="large" loading={setup.isPending} onClick={() => setup.mutate()}>
            获取二维码
          </Button>
          {onCancel ? (
            <Button size="large" onClick={onCancel}>
              取消
            </Button>
          ) : null}
        </Flex>
      </Flex>
    );
  }

  const onFinish = ({ code }: { code: string }) => {
    enable.mutate(code.trim(), {
      onSuccess: (r) => {
        message.success('动态口令已启用');
        setResult({ codes: r.recoveryCodes, stage: r.stage });
        onEnabled?.();
      },
      onError: (err) => {
        form.setFieldValue('code', '');
        if (!applyFieldErrors(form, err)) showError(message, err);
      },
    });
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Text>1. 用身份验证器应用扫描二维码：</Typography.Text>
      <img className="totp-qr" src={setup.data.qrDataUrl} alt="动态口令绑定二维码" width={200} height={200} />
      <Typography.Text>无法扫码时，可在应用中选择“手动输入密钥”：</Typography.Text>
      <Typography.Paragraph copyable={{ text: setup.data.secret, tooltips: ['复制密钥', '已复制'] }} className="totp-secret">
        <code>{groupSecret(setup.data.secret)}</code>
      </Typography.Paragraph>
      <Form name="totpEnrol" form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item
          label="2. 输入应用显示的 6 位动态码"
          name="code"
          rules={[
            { required: true, message: '请输入动态码' },
            { pattern: /^\d{6}$/, message: '动态码为 6 位数字' },
          ]}
        >
          <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} placeholder="6 位数字" className="code-input" aria-label="动态码" />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" size="large" loading={enable.isPending}>
            确认启用
          </Button>
          {onCancel ? (
            <Button size="large" onClick={onCancel}>
              取消
            </Button>
          ) : null}
        </Flex>
      </Form>
    </Flex>
  );
}
