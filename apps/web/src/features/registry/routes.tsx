import { Permission } from '@zhifa/shared';
import type { ReactElement } from 'react';
import { EnterpriseDetailPage } from './routes/EnterpriseDetailPage';
import { EnterpriseFormPage } from './routes/EnterpriseFormPage';
import { EnterprisesPage } from './routes/EnterprisesPage';
import { ImportPage } from './routes/ImportPage';
import { OfficerDetailPage } from './routes/OfficerDetailPage';
import { OfficersPage } from './routes/OfficersPage';
import { ProgressPage } from './routes/ProgressPage';

/**
 * The registry pages (企业库, 基础数据进度, 执法人员库) as [path, page, permission?]; the router wraps
 * each with `page()`. Without a permission a sub-page takes the one of its menu entry.
 */
export const registryPages: readonly (readonly [string, ReactElement, (Permission | null)?])[] = [
  ['/enterprises', <EnterprisesPage />],
  ['/enterprises/new', <EnterpriseFormPage key="new" />, Permission.EnterpriseManage],
  ['/enterprises/import', <ImportPage kind="enterprises" />, Permission.EnterpriseManage],
  ['/enterprises/:id', <EnterpriseDetailPage />],
  ['/enterprises/:id/edit', <EnterpriseFormPage key="edit" />, Permission.EnterpriseManage],
  ['/enterprise-progress', <ProgressPage />],
  ['/officers', <OfficersPage />],
  ['/officers/import', <ImportPage kind="officers" />, Permission.OfficerManage],
  ['/officers/:id', <OfficerDetailPage />],
];
