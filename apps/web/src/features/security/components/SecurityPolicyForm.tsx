import { totpPolicies, totpPolicyLabel, type SecurityPolicy } from '@zhifa/shared';
import { App, Button, Card, Col, Flex, Form, InputNumber, Radio, Row, Switch } from 'antd';
import { useEffect } from 'react';
import { applyFieldErrors } from '../../../lib/form-errors';
import { showError } from '../../../lib/show-error';
import { useUpdateSecurityPolicy } from '../api';

const num = (min: number, max: number, message: string) => [
  { required: true, message: '请填写' },
  { type: 'number' as const, min, max, message },
];

/**
 * The SecurityPolicy fields in Chinese, with the server's limits checked as the user types. The
 * number inputs deliberately have no min/max: antd would silently clamp 90 to 60 on blur, while a
 * rule tells the user the allowed range.
 */
export function SecurityPolicyForm({ policy }: { policy: SecurityPolicy }) {
  const [form] = Form.useForm<SecurityPolicy>();
  const save = useUpdateSecurityPolicy();
  const { message } = App.useApp();
  useEffect(() => form.setFieldsValue(policy), [policy, form]);

  const onFinish = (v: SecurityPolicy) =>
    save.mutate(v, {
      onSuccess: () => message.success('安全策略已保存并立即生效'),
      onError: (err) => {
        if (!applyFieldErrors(form, err)) showError(message, err);
      },
    });

  return (
    <Form name="securityPolicy" form={form} layout="vertical" onFinish={onFinish} initialValues={policy} disabled={save.isPending} className="policy-form">
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title="密码策略" className="full-height">
            <Form.Item label="密码最小长度（位）" name={['password', 'minLength']} rules={num(8, 64, '应在 8–64 位之间')}>
              <InputNumber precision={0} className="input-number" />
            </Form.Item>
            <Form.Item label="至少包含的字符类别数" name={['password', 'minClasses']} rules={num(2, 4, '应在 2–4 类之间')} extra="字符类别：大写字母、小写字母、数字、特殊字符">
              <InputNumber precision={0} className="input-number" />
            </Form.Item>
            <Form.Item label="禁止密码包含用户名" name={['password', 'forbidUsername']} valuePropName="checked">
              <Switch checkedChildren="禁止" unCheckedChildren="允许" />
            </Form.Item>
            <Form.Item label="密码有效期（天）" name={['password', 'maxAgeDays']} rules={num(0, 365, '应在 0–365 天之间')} extra="到期后登录时须修改密码；0 表示不强制定期修改">
              <InputNumber precision={0} className="input-number" />
            </Form.Item>
            <Form.Item label="禁止重复使用最近几次的密码" name={['password', 'historyCount']} rules={num(0, 24, '应在 0–24 之间')} extra="0 表示不检查历史密码">
              <InputNumber precision={0} className="input-number" />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Flex vertical gap={16}>
            <Card title="登录失败处理">
              <Row gutter={16}>
                <Col span={12}>
                  <Form.Item label="连续失败次数阈值" name={['lockout', 'maxFailures']} rules={num(3, 10, '失败次数阈值应在 3–10 之间')}>
                    <InputNumber precision={0} className="input-number" />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item label="锁定时长（分钟）" name={['lockout', 'lockMinutes']} rules={num(10, 1440, '锁定时长应在 10–1440 分钟之间')}>
                    <InputNumber precision={0} className="input-number" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <Card title="会话">
              <Row gutter={16}>
                <Col span={12}>
                  <Form.Item label="空闲超时（分钟）" name={['session', 'idleMinutes']} rules={num(5, 60, '空闲超时应在 5–60 分钟之间')}>
                    <InputNumber precision={0} className="input-number" />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item label="会话最长时长（小时）" name={['session', 'absoluteHours']} rules={num(1, 24, '会话最长时长应在 1–24 小时之间')}>
                    <InputNumber precision={0} className="input-number" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <Card title="第二重身份验证（动态口令）">
              <Form.Item label="第二重验证策略" name="totp" rules={[{ required: true, message: '请选择' }]} extra="要求启用时，尚未绑定动态口令的用户下次登录将被引导绑定">
                <Radio.Group options={totpPolicies.map((t) => ({ value: t, label: totpPolicyLabel[t] }))} />
              </Form.Item>
            </Card>
            <Card title="审计日志">
              <Form.Item label="审计日志保存期限（天）" name="auditRetentionDays" rules={num(180, 3650, '应在 180–3650 天之间（网络安全法要求不少于 180 天）')}>
                <InputNumber precision={0} className="input-number" />
              </Form.Item>
            </Card>
          </Flex>
        </Col>
      </Row>
      <Flex gap={8} className="form-actions">
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存安全策略
        </Button>
        <Button htmlType="button" onClick={() => form.setFieldsValue(policy)}>
          撤销修改
        </Button>
      </Flex>
    </Form>
  );
}
