import type { RouteDef } from './platform/http/define-route';
import { approvalRoutes } from './modules/approval/approval.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { checklistRoutes } from './modules/checklist/checklist.routes';
import { documentRoutes } from './modules/document/document.routes';
import { drawRoutes } from './modules/draw/draw.routes';
import { evidenceRoutes } from './modules/evidence/evidence.routes';
import { planningRoutes } from './modules/planning/planning.routes';
import { searchRoutes } from './modules/search/search.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { orgRoutes } from './modules/org/org.routes';
import { registryRoutes } from './modules/registry/registry.routes';
import { securityRoutes } from './modules/security/security.routes';
import { systemRoutes } from './modules/system/system.routes';
import { workbenchRoutes } from './modules/workbench/workbench.routes';

/** Every module's routes; a new module adds its list here. */
export const allRoutes: RouteDef[] = [...systemRoutes, ...authRoutes, ...orgRoutes, ...securityRoutes, ...auditRoutes, ...registryRoutes, ...checklistRoutes, ...searchRoutes, ...approvalRoutes, ...documentRoutes, ...workbenchRoutes, ...planningRoutes, ...drawRoutes, ...evidenceRoutes];
