import type { WorkbenchSection } from '@zhifa/shared/contract/workbench';
import { Badge, Card, Empty, Tag } from 'antd';
import { Link } from 'react-router-dom';

/** One block of the 工作台: its count, the first few items (each a link), and 查看全部. */
export function WorkbenchSectionCard({ section }: { section: WorkbenchSection }) {
  const more = section.moreHref && section.count > section.items.length ? section.moreHref : null;
  return (
    <Card
      className="workbench-card"
      data-section={section.key}
      title={
        <span className="workbench-card-title">
          {section.title}
          <Badge count={section.count} showZero color={section.count ? '#cf1322' : '#bfbfbf'} overflowCount={999} aria-label={`${section.count} 项`} />
        </span>
      }
      extra={section.moreHref ? <Link to={section.moreHref}>{more ? `查看全部 ${section.count} 项` : '查看'}</Link> : null}
    >
      {section.items.length ? (
        <ul className="workbench-list">
          {section.items.map((i) => (
            <li key={i.id}>
              <Link to={i.href} className="workbench-item-title">
                {i.title}
              </Link>
              <div className="workbench-item-sub">
                {i.overdue ? <Tag color="error">已逾期</Tag> : null}
                {i.due ? <Tag color={i.overdue ? 'error' : 'warning'}>{`期限 ${i.due}`}</Tag> : null}
                {i.subtitle ? <span>{i.subtitle}</span> : null}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={section.emptyText} />
      )}
    </Card>
  );
}
