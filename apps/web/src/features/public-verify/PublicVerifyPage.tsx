import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, InboxOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { VerifyFileResult, VerifyResult } from '@zhifa/shared';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Result, Skeleton, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { SYSTEM_NAME } from '../../lib/brand';
import '../document/document.css';

const statusColor = { valid: 'success', corrected: 'warning', voided: 'error' } as const;
const statusIcon = { valid: <CheckCircleFilled />, corrected: <ExclamationCircleFilled />, voided: <CloseCircleFilled /> } as const;

class NotFound extends Error {}

async function lookup(token: string, signal: AbortSignal): Promise<VerifyResult> {
  const res = await fetch(`/api/public/verify/${encodeURIComponent(token)}`, { signal, headers: { accept: 'application/json' } });
  if (res.status === 404) throw new NotFound();
  if (res.status === 429) throw new Error('查询过于频繁，请一分钟后再试');
  if (!res.ok) throw new Error(`查询失败（HTTP ${res.status}）`);
  return (await res.json()) as VerifyResult;
}

async function compare(token: string, file: File): Promise<VerifyFileResult> {
  const form = new FormData();
  form.append('file', file);
  const res = await fetch(`/api/public/verify/${encodeURIComponent(token)}/file`, { method: 'POST', body: form });
  const body = (await res.json().catch(() => null)) as (VerifyFileResult & { detail?: string }) | null;
  if (!res.ok || !body) throw new Error(body?.detail ?? `比对失败（HTTP ${res.status}）`);
  return body;
}

/**
 * `/public/verify/<token>`: what the QR code on a document opens. No login: number, agency, date,
 * status and the SM3 hash of the issued original, the party (an organisation in full, a person's name
 * and ID number masked); a file can be compared with the
 * original byte for byte.
 */
export function PublicVerifyPage() {
  const { token = '' } = useParams();
  const q = useQuery({ queryKey: ['public-verify', token], queryFn: ({ signal }) => lookup(token, signal), retry: false });
  const [result, setResult] = useState<VerifyFileResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <div className="verify-page">
      <div className="verify-brand">
        <SafetyCertificateOutlined /> {SYSTEM_NAME} · 文书核验
      </div>
      <Card className="verify-card">
        {q.isPending ? <Skeleton active /> : null}
        {q.isError ? (
          q.error instanceof NotFound ? (
            <Result status="warning" title="未找到该文书" subTitle="请核对核验码，或直接扫描文书右上角的二维码。" />
          ) : (
            <Result status="error" title="暂时无法核验" subTitle={q.error.message} />
          )
        ) : null}
        {q.data ? (
          <>
            <div className="verify-head">
              <Tag color={statusColor[q.data.status]} icon={statusIcon[q.data.status]} className="verify-status">
                {q.data.statusLabel}
              </Tag>
              <Typography.Title level={4} className="mb-0">
                {q.data.typeName}
              </Typography.Title>
            </div>
            {q.data.status === 'corrected' ? (
              <Alert
                className="mb-16"
                type="warning"
                showIcon
                title="本文书已更正，以更正后的版本为准"
                description={
                  <>
                    {q.data.correctionReason ? `更正原因：${q.data.correctionReason}。` : null}
                    {q.data.currentToken ? <Link to={`/public/verify/${q.data.currentToken}`}>查看当前有效版本</Link> : null}
                  </>
                }
              />
            ) : null}
            {q.data.status === 'voided' ? <Alert className="mb-16" type="error" showIcon title="本文书已作废" /> : null}
            <Descriptions
              bordered
              column={1}
              size="middle"
              styles={{ label: { width: 140 } }}
              items={[
                { key: 'number', label: '文书编号', children: <strong>{q.data.number ?? '（不编号）'}</strong> },
                { key: 'agency', label: '执法机关', children: q.data.agencyName },
                { key: 'date', label: '成文日期', children: q.data.issuedOn },
                { key: 'party', label: '当事人', children: q.data.party ?? '—' },
                ...(q.data.partyIdNumber ? [{ key: 'partyId', label: '身份证号码', children: q.data.partyIdNumber }] : []),
                { key: 'served', label: '送达', children: q.data.served ? '已送达' : '未登记送达' },
                { key: 'sm3', label: '原件 SM3', children: <Typography.Text className="doc-hash" copyable>{q.data.sm3}</Typography.Text> },
                {
                  key: 'sig',
                  label: '电子签名',
                  children: q.data.signatureValid ? <Tag color="green">SM2 签名验证通过</Tag> : <Tag color="red">签名验证未通过</Tag>,
                },
                { key: 'pk', label: '机关公钥（SM2）', children: <Typography.Text className="doc-hash" copyable ellipsis={{ tooltip: q.data.publicKey }}>{q.data.publicKey}</Typography.Text> },
              ]}
            />
            <Typography.Title level={5} className="mt-16">
              比对文件
            </Typography.Title>
            <Upload.Dragger
              accept="application/pdf"
              showUploadList={false}
              disabled={busy}
              beforeUpload={(file) => {
                setBusy(true);
                setError(null);
                setResult(null);
                compare(token, file)
                  .then(setResult)
                  .catch((e: unknown) => setError(e instanceof Error ? e.message : '比对失败'))
                  .finally(() => setBusy(false));
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p>将收到的 PDF 文件拖到这里（或点击选择），与签发原件逐字节比对</p>
            </Upload.Dragger>
            {result ? (
              <Alert
                className="mt-16"
                type={result.identical ? 'success' : 'error'}
                showIcon
                title={result.identical ? '与签发原件完全一致' : '与签发原件不一致：文件可能被修改，或不是本文书的电子原件'}
                description={<span className="doc-hash">上传文件 SM3：{result.uploadedSm3}</span>}
              />
            ) : null}
            {error ? <Alert className="mt-16" type="error" showIcon title={error} /> : null}
            <Typography.Paragraph type="secondary" className="mt-16 mb-0">
              打印件为复印件性质，以电子原件和本页核验结果为准。单位当事人的名称依法公开；自然人当事人的姓名和身份证号码已按个人信息保护要求隐去部分内容。
            </Typography.Paragraph>
          </>
        ) : null}
      </Card>
    </div>
  );
}
