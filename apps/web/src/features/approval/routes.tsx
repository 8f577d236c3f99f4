import type { Permission } from '@zhifa/shared';
import type { ReactElement } from 'react';
import { lazyPage } from '../../app/lazy-page';

const ApprovalCenterPage = lazyPage(() => import('./routes/ApprovalCenterPage'), 'ApprovalCenterPage');
const ApprovalChainsPage = lazyPage(() => import('./routes/ApprovalChainsPage'), 'ApprovalChainsPage');
const ApprovalDetailPage = lazyPage(() => import('./routes/ApprovalDetailPage'), 'ApprovalDetailPage');
const NotificationsPage = lazyPage(() => import('./routes/NotificationsPage'), 'NotificationsPage');

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

