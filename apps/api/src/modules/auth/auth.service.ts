import { randomBytes } from 'node:crypto';
import { checkPassword, ErrorCode, type Me, type SessionStage } from '@zhifa/shared';
import QRCode from 'qrcode';
import { appendAudit } from '../../platform/audit/audit';
import { adminKindOf, type Actor } from '../../platform/auth/actor';
import { findActorRoles } from '../../platform/auth/actor.repository';
import { getSecurityPolicy } from '../../platform/auth/security-policy';
import { hmacHex, sha256Hex } from '../../platform/crypto/sm3';
import { SecretBox } from '../../platform/crypto/secret-box';
import type { Ctx } from '../../platform/http/context';
import { AppError, invalidField, unauthenticated } from '../../platform/http/errors';
import * as repo from './auth.repository';
import { dummyHash, hashPassword, verifyPassword } from './password-hash';
import { newRecoveryCodes, newTotpSecret, otpauthUrl, verifyTotp } from './totp';
import { throttleLogin } from './login-throttle.service';

const box = (ctx: Ctx) => new SecretBox(ctx.config.secret, 'totp');
const recoveryHash = (ctx: Ctx, code: string) => hmacHex(ctx.config.secret, `recovery:${code.toLowerCase()}`);
const addMinutes = (iso: string, m: number) => new Date(Date.parse(iso) + m * 60_000).toISOString();

export interface LoginOutcome {
  token: string;
  csrfToken: string;
  stage: SessionStage;
  maxAgeSeconds: number;
}

function passwordExpired(user: { password_changed_at: string; is_demo: number }, maxAgeDays: number, now: string): boolean {
  if (!maxAgeDays || user.is_demo) return false;
  return Date.parse(now) - Date.parse(user.password_changed_at) > maxAgeDays * 86_400_000;
}

/** The step after the password: second factor, its enrolment, a password change, or done. */
async function nextStage(ctx: Ctx, user: { id: string; totp_enabled: number; must_change_password: number; password_changed_at: string; is_demo: number }, after: 'password' | 'totp', roles?: readonly { adminKind: string | null }[]): Promise<SessionStage> {
  const policy = await getSecurityPolicy(ctx.db);
  if (after === 'password') {
    if (user.totp_enabled) return 'totp';
    const isAdmin = (roles ?? (await findActorRoles(ctx.db, user.id))).some((r) => r.adminKind);
    if (policy.totp === 'all' || (policy.totp === 'admins' && isAdmin)) return 'totpEnrol';
  }
  if (user.must_change_password || passwordExpired(user, policy.password.maxAgeDays, ctx.now())) return 'passwordChange';
  return 'full';
}

export async function login(ctx: Ctx, input: { username: string; password: string }): Promise<LoginOutcome> {
  const policy = await getSecurityPolicy(ctx.db);
  const name = input.username.trim().toLowerCase();
  const now = ctx.now();
  const lockedMsg = `登录失败次数过多，该账户已锁定 ${policy.lockout.lockMinutes} 分钟，请稍后再试`;
  await throttleLogin(ctx, name);

  const failure = await repo.findLoginFailure(ctx.db, name);
  if (failure?.locked_until && failure.locked_until > now) {
    await ctx.tx((tx) => ctx.audit(tx, { action: 'auth.login', objectType: 'account', objectId: name, result: 'failure', detail: { reason: 'locked' } }));
    throw new AppError(401, ErrorCode.AccountLocked, lockedMsg);
  }

  const user = await repo.findUserForLogin(ctx.db, name);
  const ok = user ? await verifyPassword(user.password_hash, input.password) : (await verifyPassword(await dummyHash(), input.password), false);

  if (!user || !ok) {
    // Counted per login name whether or not the account exists, so lockout reveals nothing.
    const count = (failure && failure.locked_until && failure.locked_until <= now ? 0 : failure?.failures ?? 0) + 1;
    const lockNow = count >= policy.lockout.maxFailures;
    const who = { ...ctx.auditActor, agencyId: user?.agency_id ?? null };
    await ctx.tx(async (tx) => {
      await repo.recordLoginFailure(tx, name, now, lockNow ? 0 : count, lockNow ? addMinutes(now, policy.lockout.lockMinutes) : null);
      await appendAudit(tx, who, { action: 'auth.login', objectType: 'account', objectId: name, result: 'failure', detail: { reason: 'badCredentials', failures: count } }, now);
      if (lockNow) await appendAudit(tx, who, { action: 'auth.lockout', objectType: 'account', objectId: name, result: 'success', detail: { minutes: policy.lockout.lockMinutes } }, now);
    });
    if (lockNow) throw new AppError(401, ErrorCode.AccountLocked, lockedMsg);
    throw new AppError(401, ErrorCode.InvalidCredentials, `用户名或密码错误；连续失败 ${policy.lockout.maxFailures} 次将锁定 ${policy.lockout.lockMinutes} 分钟`);
  }

  const loginRoles = await findActorRoles(ctx.db, user.id);
  const actorAudit = { ...ctx.auditActor, actorId: user.id, actorName: `${user.display_name}（${user.username}）`, actorRole: loginRoles.map((r) => r.name).join(',') || '无角色', agencyId: user.agency_id };
  if (user.status !== 'active' || user.admin_locked) {
    await ctx.tx((tx) => appendAudit(tx, actorAudit, { action: 'auth.login', objectType: 'user', objectId: user.id, result: 'failure', detail: { reason: user.admin_locked ? 'adminLocked' : 'disabled' } }, now));
    throw new AppError(401, ErrorCode.AccountDisabled, '账户已停用或被管理员锁定，请联系系统管理员');
  }

  const stage = await nextStage(ctx, user, 'password', loginRoles);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await ctx.tx(async (tx) => {
    await repo.clearLoginFailures(tx, name);
    await repo.insertSession(tx, { id: sha256Hex(token), userId: user.id, csrf: csrfToken, stage, ip: ctx.ip, userAgent: ctx.userAgent, at: now, expiresAt: new Date(Date.parse(now) + policy.session.absoluteHours * 3_600_000).toISOString() });
    if (stage === 'full') await repo.markLogin(tx, user.id, now);
    await appendAudit(tx, actorAudit, { action: 'auth.login', objectType: 'user', objectId: user.id, result: 'success', detail: { stage } }, now);
  });
  return { token, csrfToken, stage, maxAgeSeconds: policy.session.absoluteHours * 3600 };
}

export async function logout(ctx: Ctx): Promise<void> {
  const actor = ctx.actor;
  if (!actor?.sessionId) return;
  await ctx.tx(async (tx) => {
    await repo.revokeSession(tx, actor.sessionId!, ctx.now());
    await ctx.audit(tx, { action: 'auth.logout', objectType: 'user', objectId: actor.id });
  });
}

function requireSessionUser(ctx: Ctx, allowed?: SessionStage[]): Actor & { sessionId: string } {
  const a = ctx.actor;
  if (!a || a.kind !== 'user' || !a.sessionId) throw unauthenticated();
  if (allowed && !allowed.includes(a.stage)) {
    const code = a.stage === 'passwordChange' ? ErrorCode.PasswordChangeRequired : ErrorCode.SecondFactorRequired;
    throw new AppError(403, code, code === ErrorCode.PasswordChangeRequired ? '请先修改密码' : '请先完成第二重身份验证');
  }
  return a as Actor & { sessionId: string };
}

async function advance(ctx: Ctx, actor: Actor & { sessionId: string }, after: 'totp' | 'password'): Promise<SessionStage> {
  const user = await repo.findUserById(ctx.db, actor.id);
  if (!user) throw unauthenticated();
  const stage = after === 'password' ? 'full' : await nextStage(ctx, user, 'totp');
  await ctx.tx(async (tx) => {
    await repo.setSessionStage(tx, actor.sessionId, stage);
    if (stage === 'full') await repo.markLogin(tx, actor.id, ctx.now());
    await ctx.audit(tx, { action: 'auth.stage', objectType: 'user', objectId: actor.id, detail: { stage } });
  });
  return stage;
}

/** Second step of the login: a TOTP code or a one-time recovery code. */
export async function verifySecondFactor(ctx: Ctx, code: string): Promise<SessionStage> {
  const actor = requireSessionUser(ctx, ['totp']);
  const user = await repo.findUserById(ctx.db, actor.id);
  if (!user?.totp_secret) throw unauthenticated();
  const now = ctx.clock.now();
  let accepted = false;
  await ctx.tx(async (tx) => {
    if (code.includes('-')) {
      const rc = await repo.findUnusedRecoveryCode(tx, user.id, recoveryHash(ctx, code));
      if (rc) {
        await repo.useRecoveryCode(tx, rc.id, now.toISOString());
        accepted = true;
      }
    } else {
      const step = verifyTotp(box(ctx).open(user.totp_secret!), code, now, user.totp_last_step);
      if (step !== null) {
        await repo.setTotpLastStep(tx, user.id, step);
        accepted = true;
      }
    }
    await ctx.audit(tx, { action: 'auth.totp.verify', objectType: 'user', objectId: user.id, result: accepted ? 'success' : 'failure', detail: { method: code.includes('-') ? 'recoveryCode' : 'totp' } });
  });
  if (!accepted) throw invalidField('body.code', '动态码：错误、已过期或已使用过');
  return advance(ctx, actor, 'totp');
}

/** Starts enrolment: a new secret, stored sealed and not yet enabled. */
export async function setupTotp(ctx: Ctx): Promise<{ secret: string; otpauthUrl: string; qrDataUrl: string }> {
  const actor = requireSessionUser(ctx, ['totpEnrol', 'full']);
  const user = await repo.findUserById(ctx.db, actor.id);
  if (!user) throw unauthenticated();
  if (user.totp_enabled) throw new AppError(409, ErrorCode.Conflict, '已启用动态口令，如需更换请先停用');
  const secret = newTotpSecret();
  await ctx.tx(async (tx) => {
    await repo.setTotpSecret(tx, user.id, box(ctx).seal(secret), false, ctx.now());
    await ctx.audit(tx, { action: 'auth.totp.setup', objectType: 'user', objectId: user.id });
  });
  const url = otpauthUrl(secret, user.username);
  return { secret, otpauthUrl: url, qrDataUrl: await QRCode.toDataURL(url, { margin: 1, width: 200 }) };
}

export async function enableTotp(ctx: Ctx, code: string): Promise<{ recoveryCodes: string[]; stage: SessionStage }> {
  const actor = requireSessionUser(ctx, ['totpEnrol', 'full']);
  const user = await repo.findUserById(ctx.db, actor.id);
  if (!user?.totp_secret || user.totp_enabled) throw new AppError(409, ErrorCode.Conflict, '请先生成动态口令密钥');
  const step = verifyTotp(box(ctx).open(user.totp_secret), code, ctx.clock.now(), null);
  if (step === null) throw invalidField('body.code', '动态码：与密钥不匹配，请检查手机时间后重试');
  const codes = newRecoveryCodes();
  await ctx.tx(async (tx) => {
    await repo.setTotpSecret(tx, user.id, user.totp_secret, true, ctx.now());
    await repo.setTotpLastStep(tx, user.id, step);
    await repo.replaceRecoveryCodes(tx, user.id, codes.map((c) => recoveryHash(ctx, c)), ctx.now());
    await ctx.audit(tx, { action: 'auth.totp.enable', objectType: 'user', objectId: user.id });
  });
  const stage = actor.stage === 'totpEnrol' ? await advance(ctx, actor, 'totp') : actor.stage;
  return { recoveryCodes: codes, stage };
}

export async function disableTotp(ctx: Ctx, code: string): Promise<void> {
  const actor = requireSessionUser(ctx);
  const policy = await getSecurityPolicy(ctx.db);
  if (policy.totp === 'all' || (policy.totp === 'admins' && adminKindOf(actor))) {
    throw new AppError(409, ErrorCode.Conflict, '安全策略要求您的账户启用动态口令，不能停用');
  }
  const user = await repo.findUserById(ctx.db, actor.id);
  if (!user?.totp_enabled || !user.totp_secret) throw new AppError(409, ErrorCode.Conflict, '尚未启用动态口令');
  if (verifyTotp(box(ctx).open(user.totp_secret), code, ctx.clock.now(), user.totp_last_step) === null) throw invalidField('body.code', '动态码：错误或已过期');
  await ctx.tx(async (tx) => {
    await repo.setTotpSecret(tx, user.id, null, false, ctx.now());
    await repo.replaceRecoveryCodes(tx, user.id, [], ctx.now());
    await ctx.audit(tx, { action: 'auth.totp.disable', objectType: 'user', objectId: user.id });
  });
}

export async function regenerateRecoveryCodes(ctx: Ctx): Promise<string[]> {
  const actor = requireSessionUser(ctx);
  const user = await repo.findUserById(ctx.db, actor.id);
  if (!user?.totp_enabled) throw new AppError(409, ErrorCode.Conflict, '尚未启用动态口令');
  const codes = newRecoveryCodes();
  await ctx.tx(async (tx) => {
    await repo.replaceRecoveryCodes(tx, user.id, codes.map((c) => recoveryHash(ctx, c)), ctx.now());
    await ctx.audit(tx, { action: 'auth.recoveryCodes.regenerate', objectType: 'user', objectId: user.id });
  });
  return codes;
}

/** Checks a new password against the policy and the history; returns the field errors. */
export async function passwordProblems(ctx: Ctx, userId: string | null, username: string, password: string, path: string): Promise<void> {
  const policy = await getSecurityPolicy(ctx.db);
  const reasons = checkPassword(password, username, policy.password);
  if (userId && policy.password.historyCount > 0 && reasons.length === 0) {
    const recent = await repo.recentPasswordHashes(ctx.db, userId, policy.password.historyCount);
    for (const r of recent) {
      if (await verifyPassword(r.password_hash, password)) {
        reasons.push(`不能与最近 ${policy.password.historyCount} 次使用过的密码相同`);
        break;
      }
    }
  }
  if (reasons.length) throw invalidField(path, `${path.endsWith('initialPassword') ? '初始密码' : '新密码'}：${reasons.join('；')}`);
}

export async function changePassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }): Promise<SessionStage> {
  const actor = requireSessionUser(ctx, ['passwordChange', 'full']);
  const user = await repo.findUserById(ctx.db, actor.id);
  if (!user) throw unauthenticated();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    await ctx.tx((tx) => ctx.audit(tx, { action: 'auth.password.change', objectType: 'user', objectId: user.id, result: 'failure', detail: { reason: 'badCurrentPassword' } }));
    throw invalidField('body.currentPassword', '当前密码：不正确');
  }
  await passwordProblems(ctx, user.id, user.username, input.newPassword, 'body.newPassword');
  const hash = await hashPassword(input.newPassword);
  await ctx.tx(async (tx) => {
    await repo.setPassword(tx, user.id, hash, ctx.now(), false);
    await repo.revokeOtherSessions(tx, user.id, actor.sessionId, ctx.now());
    await ctx.audit(tx, { action: 'auth.password.change', objectType: 'user', objectId: user.id });
  });
  return actor.stage === 'passwordChange' ? advance(ctx, actor, 'password') : actor.stage;
}

export async function me(ctx: Ctx): Promise<Me> {
  const actor = requireSessionUser(ctx);
  const [agency, unit] = await repo.findAgencyAndUnit(ctx.db, actor.agencyId, actor.unitId);
  const user = await repo.findUserById(ctx.db, actor.id);
  const policy = await getSecurityPolicy(ctx.db);
  const expires = policy.password.maxAgeDays && user && !user.is_demo ? new Date(Date.parse(user.password_changed_at) + policy.password.maxAgeDays * 86_400_000).toISOString() : null;
  return {
    id: actor.id,
    username: actor.username,
    displayName: actor.displayName,
    agency: { id: agency.id, name: agency.name, shortName: agency.short_name },
    unit: unit ? { id: unit.id, name: unit.name } : null,
    roles: actor.roles.map((r) => ({ roleId: r.roleId, roleCode: r.code, roleName: r.name, dataScope: r.dataScope })),
    permissions: actor.stage === 'full' ? [...actor.permissions].sort() : [],
    adminKind: adminKindOf(actor),
    stage: actor.stage,
    csrfToken: actor.csrfToken ?? '',
    totpEnabled: Boolean(user?.totp_enabled),
    passwordExpiresAt: expires,
    idleTimeoutMinutes: policy.session.idleMinutes,
    passwordPolicy: policy.password,
  };
}
