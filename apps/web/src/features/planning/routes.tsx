import type { Permission } from '@zhifa/shared';
import type { ReactElement } from 'react';
import { ClassificationPage } from './routes/ClassificationPage';
import { DrawsPage } from './routes/DrawsPage';
import { PlanDetailPage } from './routes/PlanDetailPage';
import { PlansPage } from './routes/PlansPage';
import { SchemesPage } from './routes/SchemesPage';

/** The planning pages (分级分类, 年度计划, 现场检查方案, 双随机抽取) as [path, page, permission?]. */
export const planningPages: readonly (readonly [string, ReactElement, (Permission | null)?])[] = [
  ['/planning/classes', <ClassificationPage />],
  ['/planning/plans', <PlansPage />],
  ['/planning/plans/:id', <PlanDetailPage />],
  ['/planning/schemes', <SchemesPage />],
  ['/planning/draws', <DrawsPage />],
];
