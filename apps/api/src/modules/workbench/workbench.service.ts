import type { Workbench } from '@zhifa/shared/contract/workbench';
import { emptyScope, scopeFor } from '../../platform/auth/scope';
import type { Ctx } from '../../platform/http/context';
import { unauthenticated } from '../../platform/http/errors';
import { workbenchSections } from './workbench-registry';

/** Items listed per section (the count says how many there are in all). */
export const WORKBENCH_ITEMS = 5;

/**
 * The caller's 工作台: every registered section whose permission the caller holds, each loaded
 * with that permission's data scope.
 */
export async function loadWorkbench(ctx: Ctx): Promise<Workbench> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  const visible = workbenchSections().filter((s) => s.permission === null || actor.permissions.has(s.permission));
  const sections = await Promise.all(
    visible.map(async (s) => {
      const data = await s.load({ ...ctx, scope: s.permission ? scopeFor(actor, s.permission) : emptyScope() }, WORKBENCH_ITEMS);
      return { key: s.key, title: s.title, count: data.count, items: data.items.slice(0, WORKBENCH_ITEMS), moreHref: s.moreHref, emptyText: s.emptyText };
    }),
  );
  return { sections };
}
