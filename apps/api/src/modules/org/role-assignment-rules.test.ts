import { describe, expect, it } from 'vitest';
import { assignmentProblem, scopeGrantProblem } from './role-assignment-rules';

const sys = { id: 's', name: '系统管理员', adminKind: 'system' as const };
const sec = { id: 'x', name: '安全保密管理员', adminKind: 'security' as const };
const aud = { id: 'a', name: '安全审计员', adminKind: 'audit' as const };
const officer = { id: 'o', name: '执法人员', adminKind: null };
const chief = { id: 'c', name: '科室负责人', adminKind: null };

describe('三员分立 role assignment', () => {
  it('allows business roles together', () => expect(assignmentProblem([officer, chief])).toBeNull());
  it('allows one admin role alone', () => expect(assignmentProblem([aud])).toBeNull());
  it('refuses two admin roles', () => expect(assignmentProblem([sys, aud])).toMatch(/三员分立.*系统管理员、安全审计员/));
  it('refuses security + audit', () => expect(assignmentProblem([sec, aud])).toMatch(/不能由同一账户担任/));
  it('refuses an admin role with a business role', () => expect(assignmentProblem([sys, officer])).toMatch(/不能同时担任执法业务角色/));
  it('refuses duplicates', () => expect(assignmentProblem([officer, officer])).toMatch(/重复/));
  it('guards the "all" scope', () => {
    expect(scopeGrantProblem('all', false)).toMatch(/全部/);
    expect(scopeGrantProblem('all', true)).toBeNull();
    expect(scopeGrantProblem('agencyAndBelow', false)).toBeNull();
  });
});
