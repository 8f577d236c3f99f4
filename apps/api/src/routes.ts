import type { RouteDef } from './platform/http/define-route';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { orgRoutes } from './modules/org/org.routes';
import { securityRoutes } from './modules/security/security.routes';
import { systemRoutes } from './modules/system/system.routes';

/** Every module's routes; a new module adds its list here. */
export const allRoutes: RouteDef[] = [...systemRoutes, ...authRoutes, ...orgRoutes, ...securityRoutes, ...auditRoutes];
