import { Permission } from '@zhifa/shared';
import type { ReactElement } from 'react';
import { lazyPage } from '../../app/lazy-page';

const EnterpriseDetailPage = lazyPage(() => import('./routes/EnterpriseDetailPage'), 'EnterpriseDetailPage');
const EnterpriseFormPage = lazyPage(() => import('./routes/EnterpriseFormPage'), 'EnterpriseFormPage');
const EnterprisesPage = lazyPage(() => import('./routes/EnterprisesPage'), 'EnterprisesPage');
const ImportPage = lazyPage(() => import('./routes/ImportPage'), 'ImportPage');
const OfficerDetailPage = lazyPage(() => import('./routes/OfficerDetailPage'), 'OfficerDetailPage');
const OfficersPage = lazyPage(() => import('./routes/OfficersPage'), 'OfficersPage');
const ProgressPage = lazyPage(() => import('./routes/ProgressPage'), 'ProgressPage');

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
