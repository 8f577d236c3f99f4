import type { Clock } from '../src/platform/clock';
import { appendAudit, systemActor } from '../src/platform/audit/audit';
import type { Db } from '../src/platform/db/connect';
import { inTransaction, type Tx } from '../src/platform/db/tx';
import { newId } from '../src/platform/ids';
import { stableId } from '../src/platform/stable-id';
import { hashPassword } from '../src/modules/auth/password-hash';
import { demoUsers, DEMO_PASSWORD } from './demo/users';
import { agencies } from './reference/agencies';
import { builtinRoles } from './reference/roles';
import { defaultApprovalChains } from './reference/approval-chains';
import { seedLegalLibrary } from './legal-library';
import { seedRegistryDemo } from './registry-demo';
import { seedDocumentDemo, seedDocumentReference } from './documents';
import { seedPlanningReference } from './planning';

/** Reference data every installation needs: built-in roles and the organisation tree. Idempotent. */
export async function seedReference(db: Db, clock: Clock): Promise<number> {
  return inTransaction(db, async (tx) => {
    const now = clock.now().toISOString();
    let added = 0;
    for (const r of builtinRoles) {
      const id = stableId(`role:${r.code}`);
      const exists = await tx.selectFrom('roles').select('id').where('code', '=', r.code).executeTakeFirst();
      if (exists) continue;
      await tx.insertInto('roles').values({ id, code: r.code, name: r.name, description: r.description, builtin: 1, admin_kind: r.adminKind, created_at: now, updated_at: now }).execute();
      await tx.insertInto('role_permissions').values(r.permissions.map((p) => ({ role_id: id, permission: p }))).execute();
      added++;
    }
    added += await seedOrganisations(tx, now);
    for (const c of defaultApprovalChains) {
      const agencyId = stableId(c.agencyKey);
      if (await tx.selectFrom('approval_chains').select('id').where('agency_id', '=', agencyId).where('object_type', '=', c.objectType).executeTakeFirst()) continue;
      await tx.insertInto('approval_chains').values({ id: stableId(`approvalChain:${c.agencyKey}:${c.objectType}`), agency_id: agencyId, object_type: c.objectType, name: c.name, version: 1, steps: JSON.stringify(c.steps), status: 'active', created_at: now, updated_at: now, updated_by: null }).execute();
      added++;
    }
    added += await seedLegalLibrary(tx, now);
    added += await seedDocumentReference(tx, now);
    added += await seedPlanningReference(tx, now);
    if (added) await appendAudit(tx, systemActor, { action: 'seed.reference', detail: { added } }, now);
    return added;
  });
}

/** The agencies and units of reference/agencies.ts (parents listed before children); new ones only. */
async function seedOrganisations(tx: Tx, now: string): Promise<number> {
  const existing = new Set((await tx.selectFrom('agencies').select('id').execute()).map((r) => r.id));
  const paths = new Map<string, string>();
  let added = 0;
  for (const a of agencies) {
    const id = stableId(a.key);
    if (existing.has(id)) continue;
    const parentPath = a.parentKey ? paths.get(a.parentKey) ?? (await tx.selectFrom('agencies').select('path').where('id', '=', stableId(a.parentKey)).executeTakeFirstOrThrow()).path : '/';
    paths.set(a.key, `${parentPath}${id}/`);
    await tx
      .insertInto('agencies')
      .values({ id, parent_id: a.parentKey ? stableId(a.parentKey) : null, name: a.name, short_name: a.shortName, division_code: a.divisionCode, level: a.level, path: `${parentPath}${id}/`, status: 'active', sort_order: a.sortOrder, is_demo: 0, created_at: now, updated_at: now })
      .execute();
    const unitPaths = new Map<string, string>();
    const rows = a.units.map((u) => {
      const uid = stableId(u.key);
      const path = `${u.parentKey ? unitPaths.get(u.parentKey)! : '/'}${uid}/`;
      unitPaths.set(u.key, path);
      return { id: uid, agency_id: id, parent_id: u.parentKey ? stableId(u.parentKey) : null, name: u.name, path, status: 'active' as const, sort_order: u.sortOrder, created_at: now, updated_at: now };
    });
    if (rows.length) await tx.insertInto('units').values(rows).execute();
    added++;
  }
  return added;
}

/**
 * Demo accounts for the embedded mode; only for usernames not yet present. Then the demo registry
 * (enterprises, officers) and, given the data directory, the documents' demo seals, keys and accounts.
 * Returns how many records were added (0 when everything was already there).
 */
export async function seedDemo(db: Db, clock: Clock, files?: { dataDir: string; secret: string }): Promise<number> {
  let added = await seedDemoUsers(db, clock);
  const registry = await seedRegistryDemo(db, clock);
  added += registry.enterprises + registry.officers + registry.recusals;
  if (files) added += await seedDocumentDemo(db, clock, files);
  return added;
}

async function seedDemoUsers(db: Db, clock: Clock): Promise<number> {
  const existing = new Set((await db.selectFrom('users').select('username').execute()).map((r) => r.username));
  const missing = demoUsers.filter((u) => !existing.has(u.username));
  if (!missing.length) return 0;
  const firstLoad = existing.size === 0;
  const hashes = await Promise.all(missing.map(() => hashPassword(DEMO_PASSWORD)));
  return inTransaction(db, async (tx) => {
    const now = clock.now().toISOString();
    for (const [i, u] of missing.entries()) {
      const id = stableId(`user:${u.username}`);
      await tx
        .insertInto('users')
        .values({
          id, username: u.username, display_name: u.displayName, agency_id: stableId(u.agencyKey), unit_id: u.unitKey ? stableId(u.unitKey) : null, phone: null,
          password_hash: hashes[i]!, password_changed_at: now, must_change_password: 0, status: 'active', admin_locked: 0,
          totp_secret: null, totp_enabled: 0, totp_last_step: null, is_demo: 1, last_login_at: null, created_at: now, updated_at: now,
        })
        .execute();
      for (const r of u.roles) {
        await tx.insertInto('user_roles').values({ id: newId(), user_id: id, role_id: stableId(`role:${r.code}`), data_scope: r.dataScope, created_at: now }).execute();
      }
    }
    if (firstLoad) {
      // The demo accounts must work without a phone: no second factor in demo mode (README).
      const policy = await tx.selectFrom('settings').select('value').where('key', '=', 'security.policy').executeTakeFirst();
      const value = { ...(policy ? JSON.parse(policy.value) : {}), totp: 'none' };
      if (policy) await tx.updateTable('settings').set({ value: JSON.stringify(value), updated_at: now }).where('key', '=', 'security.policy').execute();
      else await tx.insertInto('settings').values({ key: 'security.policy', value: JSON.stringify(value), updated_at: now, updated_by: null }).execute();
    }
    await appendAudit(tx, systemActor, { action: 'seed.demo', detail: { users: missing.map((u) => u.username), totpPolicy: firstLoad ? 'none' : 'unchanged' } }, now);
    return missing.length;
  });
}
