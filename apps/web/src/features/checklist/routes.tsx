import type { ReactElement } from 'react';
import { lazyPage } from '../../app/lazy-page';

const CampaignsPage = lazyPage(() => import('./routes/CampaignsPage'), 'CampaignsPage');
const CheckItemDetailPage = lazyPage(() => import('./routes/CheckItemDetailPage'), 'CheckItemDetailPage');
const CheckItemFormPage = lazyPage(() => import('./routes/CheckItemFormPage'), 'CheckItemFormPage');
const CheckItemLibraryPage = lazyPage(() => import('./routes/CheckItemLibraryPage'), 'CheckItemLibraryPage');
const LawLibraryPage = lazyPage(() => import('./routes/LawLibraryPage'), 'LawLibraryPage');
const LegalReviewPage = lazyPage(() => import('./routes/LegalReviewPage'), 'LegalReviewPage');
const ProvisionPage = lazyPage(() => import('./routes/ProvisionPage'), 'ProvisionPage');
const SearchPage = lazyPage(() => import('./routes/SearchPage'), 'SearchPage');
const ViolationDetailPage = lazyPage(() => import('./routes/ViolationDetailPage'), 'ViolationDetailPage');
const ViolationsPage = lazyPage(() => import('./routes/ViolationsPage'), 'ViolationsPage');

/**
 * The legal library's pages as [path, page]; the router wraps each with `page()`, which guards a
 * sub-page (`/laws/provisions/:id`) with the permission of its menu entry (`/laws`).
 */
export const checklistPages: readonly (readonly [string, ReactElement])[] = [
  ['/laws', <LawLibraryPage />],
  ['/laws/provisions/:id', <ProvisionPage />],
  ['/violations', <ViolationsPage />],
  ['/violations/:id', <ViolationDetailPage />],
  ['/check-items', <CheckItemLibraryPage />],
  ['/check-items/new', <CheckItemFormPage />],
  ['/check-items/:id', <CheckItemDetailPage />],
  ['/check-items/:id/edit', <CheckItemFormPage key="edit" />],
  ['/legal-review', <LegalReviewPage />],
  ['/campaigns', <CampaignsPage />],
  ['/search', <SearchPage />],
];
