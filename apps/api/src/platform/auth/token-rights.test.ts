import { describe, expect, it } from 'vitest';
import type { ActorRole } from './actor';
import { mayTokenCarry, narrowerScope, tokenRoles } from './token-rights';

const role = (code: string, dataScope: ActorRole['dataScope'], permissions: string[], adminKind: ActorRole['adminKind'] = null): ActorRole => ({
  roleId: code, code, name: code, adminKind, dataScope, permissions: new Set(permissions),
});

describe('tokenRoles', () => {
  it('keeps only permissions both the token and the account hold', () => {
    const out = tokenRoles([role('officer', 'agency', ['enterprise.read', 'enterprise.manage', 'org.read'])], ['enterprise.read', 'case.manage'], 'all')!;
    expect(out).toHaveLength(1);
    expect([...out[0]!.permissions]).toEqual(['enterprise.read']);
  });

  it('narrows each assignment to the token scope and never widens it', () => {
    const out = tokenRoles([role('officer', 'agency', ['enterprise.read']), role('leader', 'agencyAndBelow', ['enterprise.read'])], ['enterprise.read'], 'unit')!;
    expect(out.map((r) => r.dataScope)).toEqual(['unit', 'unit']);
    expect(tokenRoles([role('officer', 'agency', ['enterprise.read'])], ['enterprise.read'], 'all')![0]!.dataScope).toBe('agency');
  });

  it('drops roles that contribute nothing, and the right to make more tokens', () => {
    const out = tokenRoles([role('apiIntegration', 'agency', ['apiToken.own', 'org.read']), role('officer', 'agency', ['enterprise.read'])], ['apiToken.own', 'enterprise.read'], 'agency')!;
    expect(out.map((r) => r.code)).toEqual(['officer']);
  });

  it('gives nothing to an account that holds a 三员 role', () => {
    expect(tokenRoles([role('securityAdmin', 'all', ['role.manage'], 'security')], ['enterprise.read'], 'all')).toBeNull();
  });
});

describe('narrowerScope / mayTokenCarry', () => {
  it('orders scopes from self to all', () => {
    expect(narrowerScope('self', 'all')).toBe('self');
    expect(narrowerScope('agencyAndBelow', 'agency')).toBe('agency');
  });
  it('refuses admin permissions, apiToken.own and unknown codes', () => {
    expect(mayTokenCarry('enterprise.read')).toBe(true);
    expect(mayTokenCarry('org.read')).toBe(true);
    expect(mayTokenCarry('user.manage')).toBe(false);
    expect(mayTokenCarry('apiToken.own')).toBe(false);
    expect(mayTokenCarry('nope')).toBe(false);
  });
});
