import { Permission } from '@zhifa/shared';
import type { ReactElement } from 'react';
import { DocumentAssetsPage } from './routes/DocumentAssetsPage';
import { DocumentDetailPage } from './routes/DocumentDetailPage';
import { DocumentFormPage } from './routes/DocumentFormPage';
import { DocumentsPage } from './routes/DocumentsPage';
import { DocumentTypesPage } from './routes/DocumentTypesPage';
import { NumberingPage } from './routes/NumberingPage';

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
