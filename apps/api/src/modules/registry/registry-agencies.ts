import type { Agency } from '@zhifa/shared';
import type { Ctx } from '../../platform/http/context';
import * as org from '../org/org.service';
import type { EnterpriseData } from './enterprise-rules';

/** The agencies as the registry needs them: all of them (names, 属地), and those in the caller's scope. */
export interface AgencyContext {
  byId: ReadonlyMap<string, Agency>;
  inScope: ReadonlySet<string>;
  /**
   * Where the caller may put an enterprise (属地): active agencies in the caller's scope, plus the
   * caller's own agency and every agency below it (a city officer registers enterprises of its
   * county bureaus). The form, the import's code list and the validation all use this set.
   */
  locatedChoices: ReadonlySet<string>;
  /** Active agencies by full name (names are unique). */
  idByName: ReadonlyMap<string, string>;
  name(id: string): string;
}

export async function agencyContext(ctx: Ctx): Promise<AgencyContext> {
  const [all, scoped] = await Promise.all([org.listAgencies({ ...ctx, scope: { all: true } }), org.listAgencies(ctx)]);
  const byId = new Map(all.map((a) => [a.id, a]));
  const inScope = new Set(scoped.map((a) => a.id));
  const home = ctx.actor?.agencyId ?? null;
  return {
    byId,
    inScope,
    locatedChoices: new Set(all.filter((a) => a.status === 'active' && (inScope.has(a.id) || (home !== null && isSelfOrBelow(byId, a.id, home)))).map((a) => a.id)),
    idByName: new Map(all.filter((a) => a.status === 'active').map((a) => [a.name, a.id])),
    name: (id) => byId.get(id)?.name ?? id,
  };
}

/** Whether `id` is `ancestorId` or lies below it in the agency tree. */
function isSelfOrBelow(byId: ReadonlyMap<string, Agency>, id: string, ancestorId: string): boolean {
  const seen = new Set<string>();
  for (let cur: string | null | undefined = id; cur && !seen.has(cur); cur = byId.get(cur)?.parentId) {
    if (cur === ancestorId) return true;
    seen.add(cur);
  }
  return false;
}

/** The agencies offered as 属地 (tree order kept from the org module's listing). */
export function locatedChoiceList(ac: AgencyContext): Agency[] {
  return [...ac.byId.values()].filter((a) => ac.locatedChoices.has(a.id));
}

export interface PlacementProblem {
  field: 'locatedAgencyId' | 'supervisingAgencyId';
  message: string;
}

/**
 * Where an enterprise may be put by this caller: its 属地 must be an active agency; its supervising
 * agency (分级) must be inside the caller's scope, or, while it has none, its 属地 must be. So nobody
 * can write an enterprise they could not read back.
 */
export function placementProblems(d: Pick<EnterpriseData, 'locatedAgencyId' | 'supervisingAgencyId'>, ac: AgencyContext, previousLocatedId: string | null = null): PlacementProblem[] {
  const out: PlacementProblem[] = [];
  const located = ac.byId.get(d.locatedAgencyId);
  if (!located || located.status !== 'active') out.push({ field: 'locatedAgencyId', message: '属地机关：不存在或已停用' });
  // An enterprise whose 属地 is unchanged keeps it even when it lies outside the choices.
  else if (d.locatedAgencyId !== previousLocatedId && !ac.locatedChoices.has(located.id)) {
    out.push({ field: 'locatedAgencyId', message: '属地机关：应为本机关、下级机关或您数据范围内的机关' });
  }
  if (d.supervisingAgencyId) {
    const sup = ac.byId.get(d.supervisingAgencyId);
    if (!sup || sup.status !== 'active' || !ac.inScope.has(sup.id)) {
      out.push({ field: 'supervisingAgencyId', message: '监管机关：不存在、已停用或不在您的数据范围内（移交其他机关监管请由该机关办理）' });
    }
  } else if (located && !ac.inScope.has(located.id)) {
    out.push({ field: 'supervisingAgencyId', message: '监管机关：属地机关不在您的数据范围内，请选择您数据范围内的监管机关' });
  }
  return out;
}
