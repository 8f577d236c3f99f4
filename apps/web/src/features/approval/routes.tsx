import type { Permission } from '@zhifa/shared';
import type { ReactElement } from 'react';
import { ApprovalCenterPage } from './routes/ApprovalCenterPage';
import { ApprovalChainsPage } from './routes/ApprovalChainsPage';
import { ApprovalDetailPage } from './routes/ApprovalDetailPage';
import { NotificationsPage } from './routes/NotificationsPage';

/**
 * The approval pages as [path, page, permission?]; the router wraps each with `page()`. The detail
 * page is open to any signed-in user: the server answers 404 unless they submitted or approve it.
 */
export const approvalPages: readonly (readonly [string, ReactElement, (Permission | null)?])[] = [
  ['/approvals', <ApprovalCenterPage />],
  ['/approvals/chains', <ApprovalChainsPage />],
  ['/approvals/:id', <ApprovalDetailPage />, null],
  ['/notifications', <NotificationsPage />, null],
];

