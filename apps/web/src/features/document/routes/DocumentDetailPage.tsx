import { AuditOutlined, DownloadOutlined, EditOutlined, FileWordOutlined, InboxOutlined, PrinterOutlined, SafetyCertificateOutlined, SendOutlined, StopOutlined, UploadOutlined } from '@ant-design/icons';
import { documentKindLabel, Permission, serviceMethodLabel, type DocumentDetail } from '@zhifa/shared';
import { Alert, App, Breadcrumb, Button, Card, Col, Descriptions, Empty, Flex, List, Result, Row, Skeleton, Table, Tag, Timeline, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { showError } from '../../../lib/show-error';
import { useCan, useSession } from '../../auth/session';
import { docxUrl, fileUrl, pdfUrl, uploadDocumentFile, useDocument, useDocumentAction, useDocumentForm, useUpdateDocument } from '../api';
import { DocumentStatusTag } from '../components/DocumentStatusTag';
import { IssueModal } from '../components/IssueModal';
import { ReasonModal } from '../components/ReasonModal';
import { ServiceDrawer } from '../components/ServiceDrawer';
import { FieldsView } from '../form/FieldsView';
import { DocumentLegalFlags } from '../components/DocumentLegalFlags';
import '../document.css';

const verifyPath = (url: string | null): string | null => (url ? new URL(url).pathname : null);

/** One document: its content and state, the actions it allows, versions, service records, deadlines and the verification link. */
export function DocumentDetailPage() {
  const { id } = useParams();
  const q = useDocument(id);
  if (q.isError) {
    if (q.error instanceof ApiError && q.error.status === 404) return <Result status="404" title="文书不存在" subTitle="该文书不存在，或不在您的数据范围内。" extra={<Link to="/documents">返回执法文书</Link>} />;
    return <QueryErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  }
  if (!q.data) return <Skeleton active />;
  return <DocumentView doc={q.data} />;
}

function DocumentView({ doc }: { doc: DocumentDetail }) {
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const action = useDocumentAction(doc.id);
  const canDraft = useCan(Permission.DocumentDraft);
  const canIssue = useCan(Permission.DocumentIssue);
  const [dialog, setDialog] = useState<'issue' | 'correct' | 'void' | 'serve' | 'submit' | null>(null);
  // A 审批表 prints the drafter's own opinion in its 承办人意见 cell: asked for when submitting.
  const schema = useDocumentForm(doc.typeCode);
  const asksOpinion = Boolean(schema.data?.fields.some((f) => f.approvalCell === 'submission'));
  const run = async (act: 'submit' | 'issue' | 'archive' | 'void' | 'corrections', body?: object, done?: string) => {
    try {
      const d = await action.mutateAsync({ action: act, ...(body ? { body } : {}) });
      setDialog(null);
      if (done) message.success(done);
      if (act === 'corrections') void navigate(`/documents/${d.id}`);
    } catch (err) {
      showError(message, err);
    }
  };
  const issued = Boolean(doc.pdfSm3);
  const verify = verifyPath(doc.verifyUrl);

  return (
    <PageContainer
      title={doc.title}
      description={<Breadcrumb items={[{ title: <Link to="/documents">执法文书</Link> }, { title: doc.typeName }, ...(doc.versionNo > 1 ? [{ title: `第 ${doc.versionNo} 版` }] : [])]} />}
      extra={
        <>
          {doc.can.edit && canDraft ? <Button icon={<EditOutlined />} onClick={() => void navigate(`/documents/${doc.id}/edit`)}>修改</Button> : null}
          {doc.can.submit && canDraft ? (
            <Button type="primary" icon={<AuditOutlined />} loading={action.isPending} disabled={doc.problems.length > 0} onClick={() => (asksOpinion ? setDialog('submit') : void run('submit', undefined, '已提交审批'))}>
              提交审批
            </Button>
          ) : null}
          {doc.can.issue && canIssue ? (
            <Button type="primary" icon={<SafetyCertificateOutlined />} disabled={doc.problems.length > 0} onClick={() => setDialog('issue')}>
              签发
            </Button>
          ) : null}
          {doc.can.serve && canIssue && doc.mustServe ? <Button type="primary" icon={<SendOutlined />} onClick={() => setDialog('serve')}>登记送达</Button> : null}
          {doc.can.correct && canDraft ? <Button icon={<EditOutlined />} onClick={() => setDialog('correct')}>更正</Button> : null}
          {doc.can.archive && canIssue ? (
            <Button icon={<InboxOutlined />} onClick={() => modal.confirm({ title: '归档后文书不能再更正，确认归档？', okText: '归档', onOk: () => run('archive', undefined, '已归档') })}>
              归档
            </Button>
          ) : null}
          {doc.can.void && canIssue ? <Button danger icon={<StopOutlined />} onClick={() => setDialog('void')}>作废</Button> : null}
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <div className="stack">
            {doc.problems.length ? (
              <Alert
                type="warning"
                showIcon
                title="签发前还需完善"
                description={<ul className="mb-0">{doc.problems.map((p) => <li key={p.path + p.message}>{p.message}</li>)}</ul>}
              />
            ) : null}
            <DocumentLegalFlags doc={doc} />
            {doc.status === 'corrected' && doc.supersededById ? (
              <Alert type="warning" showIcon title="本版本已更正" description={<Link to={`/documents/${doc.supersededById}`}>查看更正后的版本</Link>} />
            ) : null}
            {doc.status === 'voided' ? <Alert type="error" showIcon title="文书已作废" description={`原因：${doc.voidReason ?? ''}`} /> : null}
            <Card title="文书信息">
              <Descriptions
                column={1}
                size="small"
                styles={{ label: { width: 110 } }}
                items={[
                  { key: 'status', label: '状态', children: <DocumentStatusTag status={doc.status} /> },
                  { key: 'number', label: '文书编号', children: doc.number ?? <span className="muted">签发时由系统生成</span> },
                  { key: 'type', label: '文书类型', children: `${doc.typeName}（${documentKindLabel[doc.kind]}）` },
                  { key: 'party', label: '当事人', children: doc.party ? `${doc.party.name}${issued ? '（签发时快照）' : ''}` : '—' },
                  { key: 'officers', label: '执法人员', children: doc.officers.map((o) => `${o.name}（${o.certNo}）`).join('、') || '—' },
                  { key: 'agency', label: '机关', children: doc.agencyName },
                  { key: 'owner', label: '起草人', children: doc.ownerName },
                  ...(doc.caseKey ? [{ key: 'case', label: '案件标识', children: doc.caseKey }] : []),
                  ...(doc.correctionReason ? [{ key: 'corr', label: '更正原因', children: doc.correctionReason }] : []),
                  ...(doc.approvalId ? [{ key: 'approval', label: '审批', children: <Link to={`/approvals/${doc.approvalId}`}>查看审批记录</Link> }] : []),
                  ...(issued
                    ? [
                        { key: 'issued', label: '签发时间', children: formatDateTime(doc.issuedAt) },
                        { key: 'tpl', label: '模板版本', children: doc.templateVersion },
                        { key: 'sm3', label: 'SM3 哈希', children: <Typography.Text className="doc-hash" copyable>{doc.pdfSm3}</Typography.Text> },
                        { key: 'sig', label: 'SM2 签名', children: <Typography.Text className="doc-hash" ellipsis={{ tooltip: doc.signature }} copyable={{ text: doc.signature ?? '' }}>{doc.signature}</Typography.Text> },
                        { key: 'verify', label: '核验链接', children: verify ? <Link to={verify} target="_blank">{doc.verifyUrl}</Link> : '—' },
                      ]
                    : []),
                ]}
              />
            </Card>
            <Card title="文书内容">
              {schema.data ? <FieldsView fields={schema.data.fields} values={doc.fields} /> : <Skeleton active />}
            </Card>
            {doc.can.edit && canDraft ? <PartySignatureCard doc={doc} /> : null}
            {doc.deadlines.length ? (
              <Card title="期限">
                <List
                  size="small"
                  dataSource={doc.deadlines}
                  renderItem={(d) => (
                    <List.Item extra={d.met === true ? <Tag color="green">已按期</Tag> : d.met === false ? <Tag color="red">已超期</Tag> : null}>
                      <List.Item.Meta title={`${d.label}：${d.date}`} description={`${d.basis ?? ''}${d.verified ? '' : '（规则待核实）'}`} />
                    </List.Item>
                  )}
                />
              </Card>
            ) : null}
            <Card title="版本">
              <Timeline
                items={doc.versions.map((v) => ({
                  color: v.id === doc.id ? 'blue' : 'gray',
                  content: (
                    <div>
                      {v.id === doc.id ? <strong>第 {v.versionNo} 版（当前查看）</strong> : <Link to={`/documents/${v.id}`}>第 {v.versionNo} 版</Link>} <DocumentStatusTag status={v.status} />
                      <div className="muted small">{v.issuedAt ? `签发于 ${formatDateTime(v.issuedAt)}` : '未签发'}{v.correctionReason ? ` · 更正原因：${v.correctionReason}` : ''}</div>
                      {v.pdfSm3 ? <div className="doc-hash muted">SM3 {v.pdfSm3}</div> : null}
                    </div>
                  ),
                }))}
              />
            </Card>
            {doc.mustServe && issued ? (
              <Card title="送达记录">
                {doc.services.length ? (
                  <Table
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={doc.services}
                    columns={[
                      { title: '方式', dataIndex: 'method', render: (m: keyof typeof serviceMethodLabel) => serviceMethodLabel[m] },
                      { title: '时间', dataIndex: 'servedAt', render: (t: string) => formatDateTime(t).slice(0, 16) },
                      { title: '受送达人', dataIndex: 'recipient' },
                      {
                        title: '回执',
                        key: 'receipt',
                        render: (_, s) => (
                          <span>
                            {s.receiptDocumentId ? <Link to={`/documents/${s.receiptDocumentId}`}>{s.receiptNumber ?? '送达回执'}</Link> : null}
                            {s.receiptFileId ? <> · <a href={fileUrl(s.receiptFileId)} target="_blank" rel="noreferrer">回执照片</a></> : null}
                          </span>
                        ),
                      },
                    ]}
                  />
                ) : (
                  <Empty description="尚未送达" image={Empty.PRESENTED_IMAGE_SIMPLE} />
                )}
              </Card>
            ) : null}
          </div>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            title={issued ? '签发原件（PDF）' : '草稿预览（无编号、无印章）'}
            extra={
              <>
                <a href={pdfUrl(doc.id, true)} target="_blank" rel="noreferrer"><Button type="link" icon={<PrinterOutlined />}>打印视图</Button></a>
                <a href={pdfUrl(doc.id)}><Button type="link" icon={<DownloadOutlined />}>下载 PDF</Button></a>
                <a href={docxUrl(doc.id)}><Button type="link" icon={<FileWordOutlined />}>导出 DOCX</Button></a>
              </>
            }
          >
            {issued || !doc.problems.some((p) => p.path.startsWith('body.fields')) ? (
              <iframe key={doc.pdfSm3 ?? doc.updatedAt} className="doc-pdf-frame" title="文书 PDF" src={pdfUrl(doc.id, true)} />
            ) : (
              <Empty className="doc-pdf-empty" description="文书内容还不完整，补全左侧提示的内容后即可预览" />
            )}
          </Card>
        </Col>
      </Row>
      <IssueModal doc={doc} open={dialog === 'issue'} loading={action.isPending} onCancel={() => setDialog(null)} onOk={(reservation) => void run('issue', reservation ? { reservation } : {}, '已签发')} />
      <ReasonModal open={dialog === 'submit'} title="提交审批" label="承办人意见" okText="提交审批" loading={action.isPending} onCancel={() => setDialog(null)} onOk={(opinion) => void run('submit', { opinion }, '已提交审批')} />
      <ReasonModal open={dialog === 'correct'} title="更正文书" label="更正原因" okText="生成更正版本" loading={action.isPending} onCancel={() => setDialog(null)} onOk={(reason) => void run('corrections', { reason }, '已生成更正版本草稿，原版本保留')} />
      <ReasonModal open={dialog === 'void'} title="作废文书" label="作废原因" okText="作废" danger loading={action.isPending} onCancel={() => setDialog(null)} onOk={(reason) => void run('void', { reason }, '文书已作废，编号保留在台账中')} />
      {dialog === 'serve' ? <ServiceDrawer doc={doc} open onClose={() => setDialog(null)} /> : null}
    </PageContainer>
  );
}

/** The party's handwritten signature (signed on a tablet on site), placed on the document at issuance. */
function PartySignatureCard({ doc }: { doc: DocumentDetail }) {
  const me = useSession();
  const { message } = App.useApp();
  const update = useUpdateDocument();
  const [busy, setBusy] = useState(false);
  const current = doc.signatureFiles.party ?? null;
  const upload = (file: File) => {
    setBusy(true);
    uploadDocumentFile('signature', file, me.csrfToken)
      .then((f) => update.mutateAsync({ id: doc.id, patch: { signatureFiles: { party: f.id } } }))
      .then(() => message.success('当事人签名已加入，签发时放在签名处'))
      .catch((e: unknown) => showError(message, e))
      .finally(() => setBusy(false));
    return false;
  };
  return (
    <Card title="当事人签名">
      <Flex gap={16} align="center">
        {current ? <img className="doc-seal-img" src={fileUrl(current)} alt="当事人签名" /> : <span className="muted">未签名：签发后打印，由当事人在纸面签字；或上传现场手写签名（PNG）。</span>}
        <Flex vertical gap={8}>
          <Upload accept="image/png" showUploadList={false} beforeUpload={upload}>
            <Button icon={<UploadOutlined />} loading={busy}>{current ? '更换签名' : '上传签名'}</Button>
          </Upload>
          {current ? <Button type="link" onClick={() => void update.mutateAsync({ id: doc.id, patch: { signatureFiles: { party: null } } }).catch((e: unknown) => showError(message, e))}>移除</Button> : null}
        </Flex>
      </Flex>
    </Card>
  );
}
