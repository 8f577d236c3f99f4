import type { AdminKind, DataScope, Permission } from '@zhifa/shared';

export interface ActorRole {
  roleId: string;
  code: string;
  name: string;
  adminKind: AdminKind | null;
  dataScope: DataScope;
  permissions: ReadonlySet<string>;
}

/** The authenticated caller: a person with a session, or an integration with an API token. */
export interface Actor {
  kind: 'user' | 'token';
  id: string;
  username: string;
  displayName: string;
  agencyId: string;
  agencyPath: string;
  unitId: string | null;
  unitPath: string | null;
  roles: ActorRole[];
  permissions: ReadonlySet<string>;
  sessionId: string | null;
  stage: 'full' | 'totp' | 'totpEnrol' | 'passwordChange';
  csrfToken: string | null;
  /** For kind 'token': the token in use; `id`, names, agency and unit are then those of its business account. */
  token?: { id: string; name: string };
}

export const hasPermission = (actor: Actor, p: Permission): boolean => actor.permissions.has(p);

export const adminKindOf = (actor: Actor): AdminKind | null => actor.roles.find((r) => r.adminKind)?.adminKind ?? null;

/** Role names for the audit record, e.g. "执法人员,科室负责人". */
export const roleLabel = (actor: Actor): string => {
  const roles = actor.roles.map((r) => r.name).join(',') || '无角色';
  return actor.token ? `接口令牌“${actor.token.name}”：${roles}` : roles;
};
