import type { AdminKind } from '@zhifa/shared';
import type { AuditActor } from '../../platform/audit/audit';
import { appendAudit } from '../../platform/audit/audit';
import { getSecurityPolicy, invalidateSecurityPolicyCache, saveSecurityPolicy } from '../../platform/auth/security-policy';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/connect';
import { inTransaction } from '../../platform/db/tx';
import { newId } from '../../platform/ids';
import { hashPassword } from '../auth/password-hash';
import * as roleRepo from './role.repository';
import * as repo from './user.repository';
import { temporaryPassword } from './user.service';

/** The three administrator accounts of a new installation (等保 三员). */
export const firstAdmins: readonly { kind: AdminKind; roleCode: string; username: string; displayName: string; label: string }[] = [
  { kind: 'system', roleCode: 'sysAdmin', username: 'sysadmin', displayName: '系统管理员', label: '系统管理员' },
  { kind: 'security', roleCode: 'securityAdmin', username: 'secadmin', displayName: '安全保密管理员', label: '安全保密管理员' },
  { kind: 'audit', roleCode: 'auditor', username: 'auditadmin', displayName: '安全审计员', label: '安全审计员' },
];

export class FirstAdminsRefused extends Error {}

export interface FirstAdminsResult {
  agencyName: string;
  accounts: { label: string; username: string; password: string; reset: boolean }[];
  /** The second-factor policy was 'none' and is now 'admins', so the three must enrol at first login. */
  totpPolicyRaised: boolean;
}

const cliActor: AuditActor = { actorId: null, actorName: '安装命令（npm run admin:create）', actorRole: 'system', agencyId: null, ip: null, requestId: null };

/**
 * Creates the system, security and audit administrators with one-time passwords (changed at first
 * login) and a second factor to enrol at first login. Refuses when any administrator exists, unless
 * `forceReset`: then these three accounts get new one-time passwords, their second factor is cleared,
 * sessions revoked and locks lifted (for an installation that lost its administrators).
 */
export async function createFirstAdmins(db: Db, clock: Clock, opts: { agency?: string; forceReset?: boolean } = {}): Promise<FirstAdminsResult> {
  const holders = await repo.adminHolders(db);
  if (holders.length && !opts.forceReset) {
    const list = holders.map((h) => `${h.username}（${h.code}）`).join('、');
    throw new FirstAdminsRefused(`已有管理员账户：${list}。如确需为 ${firstAdmins.map((a) => a.username).join('、')} 重新设置一次性密码，请加 --force-reset`);
  }
  const agency = opts.agency ? await repo.findAgencyByNameOrCode(db, opts.agency) : (await repo.findRootAgencies(db))[0];
  if (!agency) throw new FirstAdminsRefused(opts.agency ? `找不到机关“${opts.agency}”（按名称或行政区划代码）` : '机构树为空：请先运行 npm run db:migrate');
  for (const a of firstAdmins) {
    const other = holders.find((h) => h.username === a.username && h.code !== a.roleCode);
    if (other) throw new FirstAdminsRefused(`账户 ${a.username} 担任的是其他管理员角色（${other.code}），不能重置为${a.label}`);
  }

  const accounts = await Promise.all(firstAdmins.map(async (a) => ({ ...a, password: temporaryPassword() })));
  const hashes = await Promise.all(accounts.map((a) => hashPassword(a.password)));
  const now = clock.now().toISOString();
  const policy = await getSecurityPolicy(db);
  const totpPolicyRaised = policy.totp === 'none';
  const result = await inTransaction(db, async (tx) => {
    const out: FirstAdminsResult['accounts'] = [];
    for (const [i, a] of accounts.entries()) {
      const role = await roleRepo.findRoleByCode(tx, a.roleCode);
      if (!role) throw new FirstAdminsRefused(`缺少内置角色 ${a.roleCode}：请先运行 npm run db:migrate`);
      const existing = await repo.findUserByUsername(tx, a.username);
      const hash = hashes[i]!;
      if (existing) {
        if (!opts.forceReset) throw new FirstAdminsRefused(`用户名 ${a.username} 已被使用`);
        await repo.updateUser(tx, existing.id, { password_hash: hash, password_changed_at: now, must_change_password: 1, status: 'active', admin_locked: 0, totp_secret: null, totp_enabled: 0, totp_last_step: null, updated_at: now });
        await repo.insertPasswordHistory(tx, existing.id, hash, now);
        await repo.deleteRecoveryCodes(tx, existing.id);
        await repo.revokeSessions(tx, existing.id, now);
        await repo.clearFailures(tx, a.username);
        if (!holders.some((h) => h.id === existing.id)) {
          await repo.replaceRoles(tx, existing.id, [], now);
          await repo.insertUserRole(tx, existing.id, role.id, 'agencyAndBelow', now);
        }
        await appendAudit(tx, cliActor, { action: 'org.user.resetPassword', objectType: 'user', objectId: existing.id, detail: { username: a.username, role: a.roleCode, totpCleared: true } }, now);
        out.push({ label: a.label, username: a.username, password: a.password, reset: true });
        continue;
      }
      const id = newId();
      await repo.insertUser(tx, {
        id, username: a.username, display_name: a.displayName, agency_id: agency.id, unit_id: null, phone: null,
        password_hash: hash, password_changed_at: now, must_change_password: 1, status: 'active', admin_locked: 0,
        totp_secret: null, totp_enabled: 0, totp_last_step: null, is_demo: 0, last_login_at: null, created_at: now, updated_at: now,
      });
      await repo.insertPasswordHistory(tx, id, hash, now);
      await repo.insertUserRole(tx, id, role.id, 'agencyAndBelow', now);
      await appendAudit(tx, cliActor, { action: 'org.user.create', objectType: 'user', objectId: id, detail: { username: a.username, agencyId: agency.id, role: a.roleCode } }, now);
      out.push({ label: a.label, username: a.username, password: a.password, reset: false });
    }
    if (totpPolicyRaised) {
      const next = { ...policy, totp: 'admins' as const };
      await saveSecurityPolicy(tx, next, null, now);
      await appendAudit(tx, cliActor, { action: 'security.policy.update', objectType: 'setting', objectId: 'security.policy', detail: { before: policy, after: next } }, now);
    }
    return out;
  });
  invalidateSecurityPolicyCache();
  return { agencyName: agency.name, accounts: result, totpPolicyRaised };
}
