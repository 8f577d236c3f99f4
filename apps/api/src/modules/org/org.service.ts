import type { Agency, Unit } from '@zhifa/shared';
import { agencyLevels } from '@zhifa/shared';
import type { Ctx } from '../../platform/http/context';
import { conflict, invalidField, notFound } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import * as repo from './org.repository';

export async function listAgencies(ctx: Ctx): Promise<Agency[]> {
  return (await repo.listAgencies(ctx.db, ctx.scope)).map(repo.toAgency);
}

export async function getAgency(ctx: Ctx, id: string): Promise<Agency> {
  const row = await repo.findAgency(ctx.db, ctx.scope, id);
  if (!row) throw notFound('机关');
  return repo.toAgency(row);
}

export async function createAgency(ctx: Ctx, input: { parentId: string; name: string; shortName: string; divisionCode: string | null; level: Agency['level']; sortOrder: number }): Promise<Agency> {
  const parent = await repo.findAgency(ctx.db, ctx.scope, input.parentId);
  if (!parent) throw invalidField('body.parentId', '上级机关：不存在或不在您的管理范围内');
  if (agencyLevels.indexOf(input.level) <= agencyLevels.indexOf(parent.level)) {
    throw invalidField('body.level', '机关层级：应低于上级机关的层级');
  }
  if (await repo.findAgencyByName(ctx.db, input.name)) throw invalidField('body.name', '机关名称：已存在同名机关');
  const id = newId();
  const now = ctx.now();
  const row = { id, parent_id: parent.id, name: input.name, short_name: input.shortName, division_code: input.divisionCode, level: input.level, path: `${parent.path}${id}/`, status: 'active' as const, sort_order: input.sortOrder, is_demo: 0, created_at: now, updated_at: now };
  await ctx.tx(async (tx) => {
    await repo.insertAgency(tx, row);
    await ctx.audit(tx, { action: 'org.agency.create', objectType: 'agency', objectId: id, detail: { name: input.name, parentId: parent.id } });
  });
  return repo.toAgency(row);
}

export async function updateAgency(ctx: Ctx, id: string, patch: Partial<{ name: string; shortName: string; divisionCode: string | null; status: 'active' | 'inactive'; sortOrder: number }>): Promise<Agency> {
  const row = await repo.findAgency(ctx.db, ctx.scope, id);
  if (!row) throw notFound('机关');
  if (patch.name && patch.name !== row.name && (await repo.findAgencyByName(ctx.db, patch.name))) throw invalidField('body.name', '机关名称：已存在同名机关');
  if (patch.status === 'inactive' && ctx.actor?.agencyId === id) throw conflict('不能停用您自己所在的机关');
  const changes = {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.shortName !== undefined ? { short_name: patch.shortName } : {}),
    ...(patch.divisionCode !== undefined ? { division_code: patch.divisionCode } : {}),
    ...(patch.status !== undefined ? { status: patch.status } : {}),
    ...(patch.sortOrder !== undefined ? { sort_order: patch.sortOrder } : {}),
  };
  const now = ctx.now();
  await ctx.tx(async (tx) => {
    await repo.updateAgency(tx, id, { ...changes, updated_at: now });
    await ctx.audit(tx, { action: 'org.agency.update', objectType: 'agency', objectId: id, detail: { before: pick(repo.toAgency(row), Object.keys(patch)), after: patch } });
  });
  return repo.toAgency({ ...row, ...changes, updated_at: now });
}

export async function listUnits(ctx: Ctx, agencyId: string): Promise<Unit[]> {
  if (!(await repo.findAgency(ctx.db, ctx.scope, agencyId))) throw notFound('机关');
  return (await repo.listUnits(ctx.db, ctx.scope, agencyId)).map(repo.toUnit);
}

export async function createUnit(ctx: Ctx, input: { agencyId: string; parentId: string | null; name: string; sortOrder: number }): Promise<Unit> {
  const agency = await repo.findAgency(ctx.db, ctx.scope, input.agencyId);
  if (!agency) throw invalidField('body.agencyId', '所属机关：不存在或不在您的管理范围内');
  let parentPath = '/';
  if (input.parentId) {
    const parent = await repo.findUnit(ctx.db, ctx.scope, input.parentId);
    if (!parent || parent.agency_id !== agency.id) throw invalidField('body.parentId', '上级科室：不存在或不属于所选机关');
    parentPath = parent.path;
  }
  if (await repo.findUnitByName(ctx.db, agency.id, input.parentId, input.name)) throw invalidField('body.name', '科室名称：同一上级下已有同名科室');
  const id = newId();
  const now = ctx.now();
  const row = { id, agency_id: agency.id, parent_id: input.parentId, name: input.name, path: `${parentPath}${id}/`, status: 'active' as const, sort_order: input.sortOrder, created_at: now, updated_at: now };
  await ctx.tx(async (tx) => {
    await repo.insertUnit(tx, row);
    await ctx.audit(tx, { action: 'org.unit.create', objectType: 'unit', objectId: id, detail: { name: input.name, agencyId: agency.id } });
  });
  return repo.toUnit(row);
}

export async function updateUnit(ctx: Ctx, id: string, patch: Partial<{ name: string; status: 'active' | 'inactive'; sortOrder: number }>): Promise<Unit> {
  const row = await repo.findUnit(ctx.db, ctx.scope, id);
  if (!row) throw notFound('科室');
  if (patch.name && patch.name !== row.name && (await repo.findUnitByName(ctx.db, row.agency_id, row.parent_id, patch.name))) {
    throw invalidField('body.name', '科室名称：同一上级下已有同名科室');
  }
  if (patch.status === 'inactive') {
    const c = await repo.countActiveChildren(ctx.db, id);
    if (c.units || c.users) throw conflict(`该科室下还有 ${c.units} 个在用下级科室、${c.users} 个在用账户，请先调整后再停用`);
  }
  const changes = {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.status !== undefined ? { status: patch.status } : {}),
    ...(patch.sortOrder !== undefined ? { sort_order: patch.sortOrder } : {}),
  };
  const now = ctx.now();
  await ctx.tx(async (tx) => {
    await repo.updateUnit(tx, id, { ...changes, updated_at: now });
    await ctx.audit(tx, { action: 'org.unit.update', objectType: 'unit', objectId: id, detail: { before: pick(repo.toUnit(row), Object.keys(patch)), after: patch } });
  });
  return repo.toUnit({ ...row, ...changes, updated_at: now });
}

function pick<T extends object>(obj: T, keys: string[]): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => keys.includes(k))) as Partial<T>;
}
