import { Permission } from '@zhifa/shared';
import type { ReactElement } from 'react';
import { lazyPage } from '../../app/lazy-page';

const DocumentAssetsPage = lazyPage(() => import('./routes/DocumentAssetsPage'), 'DocumentAssetsPage');
const DocumentDetailPage = lazyPage(() => import('./routes/DocumentDetailPage'), 'DocumentDetailPage');
const DocumentFormPage = lazyPage(() => import('./routes/DocumentFormPage'), 'DocumentFormPage');
const DocumentsPage = lazyPage(() => import('./routes/DocumentsPage'), 'DocumentsPage');
const DocumentTypesPage = lazyPage(() => import('./routes/DocumentTypesPage'), 'DocumentTypesPage');
const NumberingPage = lazyPage(() => import('./routes/NumberingPage'), 'NumberingPage');

/** The document pages as [path, page, permission?]; the router wraps each with `page()`. */
export const documentPages: readonly (readonly [string, ReactElement, (Permission | null)?])[] = [
  ['/documents', <DocumentsPage />],
  ['/documents/new', <DocumentFormPage key="new" />, Permission.DocumentDraft],
  ['/documents/:id', <DocumentDetailPage />],
  ['/documents/:id/edit', <DocumentFormPage key="edit" />, Permission.DocumentDraft],
  ['/document-admin/types', <DocumentTypesPage />],
  ['/document-admin/numbering', <NumberingPage />],
  ['/document-admin/assets', <DocumentAssetsPage />],
];
