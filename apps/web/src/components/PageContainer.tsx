import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface PageContainerProps {
  title: string;
  /** One line under the title saying what the page is for. */
  description?: ReactNode;
  /** Page-level actions, right-aligned next to the title. */
  extra?: ReactNode;
  children: ReactNode;
}

/** The frame of every portal page: a title row with the page's main actions, then the content. */
export function PageContainer({ title, description, extra, children }: PageContainerProps) {
  return (
    <div className="page">
      <Flex className="page-header" justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={3} className="page-title">
            {title}
          </Typography.Title>
          {description ? <Typography.Text type="secondary">{description}</Typography.Text> : null}
        </div>
        {extra ? <Flex gap={8} wrap>{extra}</Flex> : null}
      </Flex>
      {children}
    </div>
  );
}
