import type { ApprovalObjectView } from '@zhifa/shared/contract/approval';
import { Alert, Card, Descriptions, Space } from 'antd';
import { Link } from 'react-router-dom';

/** The object under approval as its module presents it (read-only; approvers see it even outside their data scope). */
export function ApprovalObjectCard({ label, view, extra }: { label: string; view: ApprovalObjectView | null; extra?: React.ReactNode }) {
  return (
    <Card title={`审批对象 · ${label}`} extra={extra}>
      {view ? (
        <>
          <Descriptions
            column={1}
            bordered
            size="middle"
            styles={{ label: { width: 160 } }}
            items={view.fields.map((f, i) => ({ key: i, label: f.label, children: <div className="pre-wrap">{f.value || '—'}</div> }))}
          />
          {view.links.length ? (
            <Space className="mt-16" wrap>
              {view.links.map((l) => (
                <Link key={l.href} to={l.href}>
                  {l.label}
                </Link>
              ))}
            </Space>
          ) : null}
        </>
      ) : (
        <Alert type="warning" showIcon title="审批对象已不存在，或其业务模块暂不可用" />
      )}
    </Card>
  );
}
