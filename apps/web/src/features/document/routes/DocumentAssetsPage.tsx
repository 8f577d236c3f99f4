import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Flex, Form, Input, Row, Switch, Table, Upload } from 'antd';
import { useState } from 'react';
import { PageContainer } from '../../../components/PageContainer';
import { applyFieldErrors } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { showError } from '../../../lib/show-error';
import { useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../auth/session';
import { fileUrl, uploadFile, useCreateAccount, usePaymentAccounts, useSeals, useUpdateAccount } from '../api';
import '../document.css';

const sealKinds = [
  { kind: 'agencySeal', label: '机关公章', hint: '用于行政处罚告知书、决定书等' },
  { kind: 'enforcementSeal', label: '行政执法专用章', hint: '用于现场处理、责令整改等执法文书' },
] as const;

/** 印章与缴款账户: seal images (PNG, uploaded by the document administrator) and the agency's payment accounts (Q4). */
export function DocumentAssetsPage() {
  const me = useSession();
  const seals = useSeals();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const accounts = usePaymentAccounts();
  const createAccount = useCreateAccount();
  const updateAccount = useUpdateAccount();
  const [form] = Form.useForm<{ bank: string; accountName: string; accountNumber: string }>();

  const uploadSeal = (kind: string, file: File) => {
    setBusy(kind);
    uploadFile(`/api/document-seals?agencyId=${me.agency.id}&kind=${kind}`, file, me.csrfToken)
      .then(() => {
        message.success('印章图片已更新；已签发的文书保留原印章');
        void qc.invalidateQueries({ queryKey: ['document-seals'] });
      })
      .catch((e: unknown) => showError(message, e))
      .finally(() => setBusy(null));
    return false;
  };

  return (
    <PageContainer title="印章与缴款账户" description={`${me.agency.name}：文书上加盖的印章图片，以及处罚决定书可列出的罚款缴款账户。`}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title="印章图片">
            <Alert className="mb-16" type="info" showIcon title="只接受透明背景的 PNG 图片，不超过 1 MB；上传新图片后之后签发的文书使用新印章。" />
            <Row gutter={16}>
              {sealKinds.map((k) => {
                const current = seals.data?.find((s) => s.kind === k.kind && s.active);
                return (
                  <Col span={12} key={k.kind}>
                    <Flex vertical gap={8} align="center">
                      <strong>{k.label}</strong>
                      {current ? <img className="doc-seal-img" src={fileUrl(current.fileId)} alt={k.label} /> : <Empty className="doc-seal-img" description="未上传" image={Empty.PRESENTED_IMAGE_SIMPLE} />}
                      <span className="muted small">{current ? `${current.width}×${current.height}，${formatDateTime(current.uploadedAt)}` : k.hint}</span>
                      <Upload accept="image/png" showUploadList={false} beforeUpload={(f) => uploadSeal(k.kind, f)}>
                        <Button icon={<UploadOutlined />} loading={busy === k.kind}>上传 PNG</Button>
                      </Upload>
                    </Flex>
                  </Col>
                );
              })}
            </Row>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="罚款缴款账户">
            <Alert className="mb-16" type="info" showIcon title="根据当地财政政策可以有多个账户（问题解释第4条）；起草处罚决定书时从中选择。" />
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={accounts.data ?? []}
              columns={[
                { title: '开户银行', dataIndex: 'bank' },
                { title: '户名', dataIndex: 'accountName' },
                { title: '账号', dataIndex: 'accountNumber' },
                { title: '在用', dataIndex: 'active', render: (a: boolean, r) => <Switch checked={a} onChange={(v) => void updateAccount.mutateAsync({ id: r.id, patch: { active: v } }).catch((e: unknown) => showError(message, e))} /> },
              ]}
            />
            <Form
              form={form}
              layout="vertical"
              className="mt-16"
              onFinish={(v) =>
                void createAccount
                  .mutateAsync({ agencyId: me.agency.id, ...v })
                  .then(() => {
                    form.resetFields();
                    message.success('已添加缴款账户');
                  })
                  .catch((err: unknown) => {
                    if (!applyFieldErrors(form, err)) showError(message, err);
                  })
              }
            >
              <Row gutter={8}>
                <Col span={8}><Form.Item name="bank" label="开户银行" rules={[{ required: true, message: '请填写开户银行' }]}><Input maxLength={100} /></Form.Item></Col>
                <Col span={8}><Form.Item name="accountName" label="户名" rules={[{ required: true, message: '请填写户名' }]}><Input maxLength={100} /></Form.Item></Col>
                <Col span={8}><Form.Item name="accountNumber" label="账号" rules={[{ required: true, message: '请填写账号' }]}><Input maxLength={40} /></Form.Item></Col>
              </Row>
              <Button htmlType="submit" icon={<PlusOutlined />} loading={createAccount.isPending}>添加账户</Button>
            </Form>
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
