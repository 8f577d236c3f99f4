import type { ReactElement } from 'react';
import { CampaignsPage } from './routes/CampaignsPage';
import { CheckItemDetailPage } from './routes/CheckItemDetailPage';
import { CheckItemFormPage } from './routes/CheckItemFormPage';
import { CheckItemLibraryPage } from './routes/CheckItemLibraryPage';
import { LawLibraryPage } from './routes/LawLibraryPage';
import { LegalReviewPage } from './routes/LegalReviewPage';
import { ProvisionPage } from './routes/ProvisionPage';
import { SearchPage } from './routes/SearchPage';
import { ViolationDetailPage } from './routes/ViolationDetailPage';
import { ViolationsPage } from './routes/ViolationsPage';

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
