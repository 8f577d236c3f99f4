import type { Permission } from '@zhifa/shared';
import type { WorkbenchItem } from '@zhifa/shared/contract/workbench';
import type { Ctx } from '../../platform/http/context';

/** What a section's provider returns: how many things wait for the caller, and the first few. */
export interface WorkbenchSectionData {
  count: number;
  items: WorkbenchItem[];
}

/**
 * A block of the 工作台. A module adds its own by registering once when it loads:
 *
 * ```ts
 * registerWorkbenchSection({ key: 'inspectionTasks', title: '我的检查任务', order: 40, permission: Permission.InspectionRead,
 *   moreHref: '/inspections?mine=1', emptyText: '没有待办的检查任务', load: (ctx, limit) => tasks.myOpenTasks(ctx, limit) });
 * ```
 *
 * - `permission`: the section is shown only to callers holding it, and `load` runs with that
 *   permission's data scope in `ctx.scope` (null = every signed-in user, empty scope).
 * - `load` calls the module's own service functions and returns at most `limit` items.
 */
export interface WorkbenchSectionDef {
  key: string;
  title: string;
  permission: Permission | null;
  /** Sections show in ascending order. */
  order: number;
  moreHref: string | null;
  emptyText: string;
  load(ctx: Ctx, limit: number): Promise<WorkbenchSectionData>;
}

const sections = new Map<string, WorkbenchSectionDef>();

const KEY_PATTERN = /^[a-z][A-Za-z0-9]*$/;

/** Registers (or replaces) a section. */
export function registerWorkbenchSection(def: WorkbenchSectionDef): void {
  if (!KEY_PATTERN.test(def.key)) throw new Error(`workbench section key "${def.key}" should look like "approvals" or "inspectionTasks"`);
  sections.set(def.key, def);
}

export const workbenchSections = (): WorkbenchSectionDef[] => [...sections.values()].sort((a, b) => a.order - b.order);
