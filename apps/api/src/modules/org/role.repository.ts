import type { Db } from '../../platform/db/connect';
import type { RoleTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';

type Q = Db | Tx;

export async function listRoles(db: Q) {
  const [roles, perms, counts] = await Promise.all([
    db.selectFrom('roles').selectAll().orderBy('builtin', 'desc').orderBy('code').execute(),
    db.selectFrom('role_permissions').selectAll().execute(),
    db.selectFrom('user_roles').select(['role_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('role_id').execute(),
  ]);
  return roles.map((r) => ({
    ...r,
    permissions: perms.filter((p) => p.role_id === r.id).map((p) => p.permission).sort(),
    userCount: Number(counts.find((c) => c.role_id === r.id)?.n ?? 0),
  }));
}

export const findRole = (db: Q, id: string) => db.selectFrom('roles').selectAll().where('id', '=', id).executeTakeFirst();
export const findRolesByIds = (db: Q, ids: string[]) => (ids.length ? db.selectFrom('roles').selectAll().where('id', 'in', ids).execute() : Promise.resolve([]));
export const findRoleByCode = (db: Q, code: string) => db.selectFrom('roles').selectAll().where('code', '=', code).executeTakeFirst();
export const findRoleByName = (db: Q, name: string) => db.selectFrom('roles').select('id').where('name', '=', name).executeTakeFirst();
export const permissionsOf = async (db: Q, roleId: string) => (await db.selectFrom('role_permissions').select('permission').where('role_id', '=', roleId).execute()).map((r) => r.permission);

export async function insertRole(tx: Tx, row: RoleTable, permissions: string[]): Promise<void> {
  await tx.insertInto('roles').values(row).execute();
  if (permissions.length) await tx.insertInto('role_permissions').values(permissions.map((p) => ({ role_id: row.id, permission: p }))).execute();
}

export async function updateRole(tx: Tx, id: string, patch: Partial<RoleTable>, permissions?: string[]): Promise<void> {
  await tx.updateTable('roles').set(patch).where('id', '=', id).execute();
  if (permissions) {
    await tx.deleteFrom('role_permissions').where('role_id', '=', id).execute();
    if (permissions.length) await tx.insertInto('role_permissions').values(permissions.map((p) => ({ role_id: id, permission: p }))).execute();
  }
}

export async function deleteRole(tx: Tx, id: string): Promise<void> {
  await tx.deleteFrom('role_permissions').where('role_id', '=', id).execute();
  await tx.deleteFrom('roles').where('id', '=', id).execute();
}

export const countAssignments = async (db: Q, roleId: string) =>
  Number((await db.selectFrom('user_roles').select((eb) => eb.fn.countAll<number>().as('n')).where('role_id', '=', roleId).executeTakeFirstOrThrow()).n);

/** Users holding any of the given roles, to re-check 三员分立 when a role's permissions change. */
export const usersWithRole = (db: Q, roleId: string) => db.selectFrom('user_roles').select('user_id').where('role_id', '=', roleId).execute();
