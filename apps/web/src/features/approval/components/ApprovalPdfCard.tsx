import { ExportOutlined } from '@ant-design/icons';
import { Card } from 'antd';

/** The object's PDF (a draft's preview or the issued original) inside the approval page. */
export function ApprovalPdfCard({ url }: { url: string }) {
  return (
    <Card
      title="文书预览（PDF）"
      extra={
        <a href={url} target="_blank" rel="noreferrer">
          <ExportOutlined /> 新窗口打开
        </a>
      }
      styles={{ body: { padding: 0 } }}
    >
      <iframe className="approval-pdf-frame" src={url} title="文书 PDF 预览" />
    </Card>
  );
}
