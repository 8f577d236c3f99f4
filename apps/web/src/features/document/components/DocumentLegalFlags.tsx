import type { CitationCheck, DocumentDetail } from '@zhifa/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../lib/api-client';
import { documentKeys } from '../api';

/**
 * Issue 8: what the officers must act on — an urgent measure's missing or refused approval
 * (行政强制法第十九条), and citations that do not resolve in the law library (shown before issue; issue
 * is refused until each is corrected or a reason is recorded).
 */
export function DocumentLegalFlags({ doc }: { doc: DocumentDetail }) {
  const [open, setOpen] = useState(false);
  const approval = doc.flags.filter((f) => f.key.startsWith('approval.'));
  const citations = doc.flags.filter((f) => f.key.startsWith('citation.'));
  const missing = citations.some((f) => f.key === 'citation.unresolved');
  return (
    <>
      {approval.length ? <Alert type="error" showIcon title="负责人批准" description={approval.map((f) => f.message).join('；')} data-testid="approval-flags" /> : null}
      {citations.length ? (
        <Alert
          type={missing ? 'warning' : 'info'}
          showIcon
          title="法条引用未能在法律法规库中找到"
          data-testid="citation-flags"
          description={<ul className="mb-0">{citations.map((f) => <li key={f.message}>{f.message}</li>)}</ul>}
          action={doc.can.edit || doc.status === 'approved' ? <Button size="small" onClick={() => setOpen(true)}>记录理由</Button> : null}
        />
      ) : null}
      {open ? <CitationReasonsModal id={doc.id} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function CitationReasonsModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Record<string, string>>();
  const check = useQuery({ queryKey: ['documents', 'citations', id], queryFn: ({ signal }) => api.get<CitationCheck>(`/api/documents/${id}/citations`, undefined, signal) });
  const save = useMutation({
    mutationFn: (reasons: Record<string, string | null>) => api.put<CitationCheck>(`/api/documents/${id}/citations`, { reasons }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: documentKeys.one(id) });
      message.success('已记录理由');
      onClose();
    },
  });
  const open = (check.data?.items ?? []).filter((i) => !i.resolved);
  return (
    <Modal open title="记录未能引用法律法规库条款的理由" okText="保存" cancelText="取消" onCancel={onClose} confirmLoading={save.isPending} onOk={() => void form.validateFields().then((v) => save.mutate(Object.fromEntries(Object.entries(v).map(([k, r]) => [k.replace(/__/g, '.'), r?.trim() || null]))))}>
      <Typography.Paragraph type="secondary">{`违法行为发生日期按 ${check.data?.actDate ?? '—'} 核对。能改正的，请在文书内容中改为法律法规库中相应日期施行的条款。`}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={Object.fromEntries(open.map((i) => [i.path.replace(/\./g, '__'), i.reason ?? '']))}>
        {open.map((i) => (
          <Form.Item key={i.path} name={i.path.replace(/\./g, '__')} label={`${i.text}`} extra={i.message} rules={[{ min: 2, message: '理由：请至少写 2 个字' }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
