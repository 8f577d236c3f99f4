import { UploadOutlined } from '@ant-design/icons';
import { serviceMethodLabel, serviceMethods, signerCapacities, signerCapacityLabel, type DocumentDetail, type ServiceCreate, type ServiceMethod, type UploadedFile } from '@zhifa/shared';
import { Alert, App, Button, DatePicker, Drawer, Flex, Form, Input, Select, Upload } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../../lib/form-errors';
import { dayjs } from '../../../lib/format';
import { showError } from '../../../lib/show-error';
import { useSession } from '../../auth/session';
import { uploadDocumentFile, useConsents, useCreateConsent, useRecordService } from '../api';

interface Values {
  method: ServiceMethod;
  servedAt: dayjs.Dayjs;
  recipient: string;
  place: string;
  receiverRelation?: string;
  signerName?: string;
  signerCapacity?: ServiceCreate['signerCapacity'];
  refusal?: string;
  witnessName?: string;
  witnessCapacity?: string;
  consentId?: string | null;
  note?: string;
}

function FileButton({ kind, accept, label, value, onChange }: { kind: 'signature' | 'receipt'; accept: string; label: string; value: UploadedFile | null; onChange: (f: UploadedFile | null) => void }) {
  const me = useSession();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Flex gap={8} align="center">
      <Upload
        accept={accept}
        showUploadList={false}
        beforeUpload={(file) => {
          setBusy(true);
          uploadDocumentFile(kind, file, me.csrfToken)
            .then((f) => onChange(f))
            .catch((e: unknown) => showError(message, e))
            .finally(() => setBusy(false));
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={busy}>
          {label}
        </Button>
      </Upload>
      {value ? <span className="muted small">已上传 {Math.ceil(value.sizeBytes / 1024)} KB</span> : null}
      {value ? <Button type="link" size="small" onClick={() => onChange(null)}>移除</Button> : null}
    </Flex>
  );
}

/** 登记送达: lawful methods only (Q7); 电子送达 needs the party's consent, 留置送达 a witness. */
export function ServiceDrawer({ doc, open, onClose }: { doc: DocumentDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const method = Form.useWatch('method', form);
  const record = useRecordService(doc.id);
  const consents = useConsents(doc.enterpriseId ?? undefined, open && Boolean(doc.enterpriseId));
  const createConsent = useCreateConsent();
  const [signature, setSignature] = useState<UploadedFile | null>(null);
  const [receipt, setReceipt] = useState<UploadedFile | null>(null);

  const submit = async (v: Values) => {
    const body: ServiceCreate = {
      method: v.method,
      servedAt: v.servedAt.tz('Asia/Shanghai').format('YYYY-MM-DDTHH:mm'),
      recipient: v.recipient,
      place: v.place,
      receiverRelation: v.receiverRelation || null,
      signerName: v.signerName || null,
      signerCapacity: v.signerCapacity ?? null,
      refusal: v.refusal || null,
      witnessName: v.witnessName || null,
      witnessCapacity: v.witnessCapacity || null,
      consentId: v.method === 'electronic' ? (v.consentId ?? null) : null,
      recipientSignatureFileId: signature?.id ?? null,
      receiptFileId: receipt?.id ?? null,
      note: v.note || null,
    };
    try {
      await record.mutateAsync(body);
      message.success('已登记送达，并生成文书送达回执');
      onClose();
    } catch (err) {
      if (!applyFieldErrors(form, err)) showError(message, err);
    }
  };

  const addConsent = async () => {
    const address = form.getFieldValue('place') as string | undefined;
    if (!address) {
      form.setFields([{ name: 'place', errors: ['请先填写电子送达地址（电子邮箱、平台账号等）'] }]);
      return;
    }
    try {
      const c = await createConsent.mutateAsync({ enterpriseId: doc.enterpriseId ?? null, partyName: doc.party?.name ?? '', partyCode: doc.party?.creditCode ?? doc.party?.idNumber ?? null, channel: 'email', address, signedOn: dayjs().tz('Asia/Shanghai').format('YYYY-MM-DD') });
      form.setFieldValue('consentId', c.id);
      message.success('已登记当事人签订的电子送达确认书');
    } catch (err) {
      showError(message, err);
    }
  };

  return (
    <Drawer open={open} onClose={onClose} title={`登记送达：${doc.typeName}${doc.number ? `（${doc.number}）` : ''}`} size={640} destroyOnHidden
      extra={<Button type="primary" loading={record.isPending} onClick={() => form.submit()}>登记送达</Button>}>
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) => void submit(v)}
        initialValues={{ method: 'direct', servedAt: dayjs(), recipient: doc.party?.name ?? '', place: doc.party?.address ?? '' }}
      >
        <Form.Item name="method" label="送达方式" rules={[{ required: true }]} extra="只能采用法定送达方式（问题解释第7条）。">
          <Select options={serviceMethods.map((m) => ({ value: m, label: serviceMethodLabel[m] }))} />
        </Form.Item>
        {method === 'electronic' ? (
          <Alert type="info" showIcon className="mb-16" title="电子送达须经受送达人同意并签订确认书（行政处罚法第六十一条）" />
        ) : null}
        {method === 'left' ? <Alert type="info" showIcon className="mb-16" title="留置送达须有见证人在场，并拍照、录像记录送达过程" /> : null}
        <Form.Item name="servedAt" label="送达时间" rules={[{ required: true, message: '请选择送达时间' }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="recipient" label="受送达人" rules={[{ required: true, message: '请填写受送达人' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="place" label={method === 'electronic' ? '电子送达地址' : method === 'publicNotice' ? '公告载体（报纸、公告栏、网站）' : '送达地点'} rules={[{ required: true, message: '请填写送达地点' }]}>
          <Input maxLength={200} />
        </Form.Item>
        {method === 'electronic' ? (
          <Form.Item name="consentId" label="电子送达同意记录">
            <Select
              allowClear
              placeholder={consents.data?.length ? '选择当事人的电子送达确认书' : '未找到该当事人的同意记录'}
              options={(consents.data ?? []).filter((c) => !c.revokedAt).map((c) => ({ value: c.id, label: `${c.address}（${c.signedOn} 签订）` }))}
              popupRender={(menu) => (
                <>
                  {menu}
                  <Button type="link" onClick={() => void addConsent()} loading={createConsent.isPending}>
                    登记当事人已签订的确认书（以上方地址）
                  </Button>
                </>
              )}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="receiverRelation" label="收件人与受送达人关系">
          <Input maxLength={50} placeholder="例如：法定代表人、办公室工作人员" />
        </Form.Item>
        <Form.Item name="signerName" label="签收人姓名" extra="签收文书的自然人（不是单位名称）。">
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="signerCapacity" label="签收人身份">
          <Select allowClear options={signerCapacities.map((c) => ({ value: c, label: signerCapacityLabel[c] }))} />
        </Form.Item>
        {method === 'left' && (
          <Form.Item name="refusal" label="拒收情况" extra="留置送达：写明拒收的事由和日期。">
            <Input maxLength={500} />
          </Form.Item>
        )}
        <Form.Item name="witnessName" label="见证人">
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="witnessCapacity" label="见证人身份（单位、职务）">
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="收件人签名（PNG）">
          <FileButton kind="signature" accept="image/png" label="上传签名图片" value={signature} onChange={setSignature} />
        </Form.Item>
        <Form.Item label="已签收的送达回执照片（PNG 或 JPEG）">
          <FileButton kind="receipt" accept="image/png,image/jpeg" label="上传回执照片" value={receipt} onChange={setReceipt} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
