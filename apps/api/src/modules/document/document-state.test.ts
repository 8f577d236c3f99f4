import { describe, expect, it } from 'vitest';
import { afterApproval, decide, documentStatuses, type DocumentStatus } from './document-state';

const plain = { needsApproval: false, served: true };
const approved = { needsApproval: true, served: true };

describe('document lifecycle', () => {
  it('edits only drafts and documents returned for completion; an issued one never (409 text)', () => {
    const editable = documentStatuses.filter((s) => decide(s, 'edit', plain).ok);
    expect(editable).toEqual(['draft', 'returned']);
    const r = decide('issued', 'edit', plain);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/已签发，不能修改；如需更正/);
  });

  it('needs the approval before issuing when the type or the agency asks for one', () => {
    expect(decide('draft', 'issue', plain)).toEqual({ ok: true, next: 'issued' });
    expect(decide('draft', 'issue', approved)).toEqual({ ok: false, message: '该文书须经审批后签发，请先提交审批' });
    expect(decide('draft', 'submit', approved)).toEqual({ ok: true, next: 'pendingApproval' });
    expect(decide('draft', 'submit', plain).ok).toBe(false);
    expect(decide('pendingApproval', 'issue', approved).ok).toBe(false);
    expect(decide('approved', 'issue', approved)).toEqual({ ok: true, next: 'issued' });
    expect(decide('rejected', 'issue', approved).ok).toBe(false);
    expect(decide('issued', 'issue', plain).ok).toBe(false);
  });

  it('serves, archives, corrects and voids only from the right states', () => {
    expect(decide('issued', 'serve', plain)).toEqual({ ok: true, next: 'served' });
    expect(decide('served', 'serve', plain)).toEqual({ ok: true, next: 'served' });
    expect(decide('issued', 'serve', { ...plain, served: false }).ok).toBe(false);
    expect(decide('issued', 'archive', plain).ok).toBe(false);
    expect(decide('issued', 'archive', { ...plain, served: false })).toEqual({ ok: true, next: 'archived' });
    expect(decide('served', 'archive', plain)).toEqual({ ok: true, next: 'archived' });
    const corrections = documentStatuses.filter((s) => decide(s, 'correct', plain).ok);
    expect(corrections).toEqual<DocumentStatus[]>(['issued', 'served']);
    expect(decide('archived', 'correct', plain)).toEqual({ ok: false, message: '文书已归档，归档后的卷宗材料不得更改' });
    expect(decide('served', 'void', plain)).toEqual({ ok: true, next: 'voided' });
    expect(decide('draft', 'void', plain).ok).toBe(false);
  });

  it('lets an urgent measure be issued first and submitted for the head’s approval afterwards (行政强制法第十九条)', () => {
    const urgent = { ...approved, issueBeforeApproval: true };
    expect(decide('draft', 'issue', urgent)).toEqual({ ok: true, next: 'issued' });
    expect(decide('issued', 'submit', urgent)).toEqual({ ok: true, next: 'issued' });
    expect(decide('served', 'submit', urgent)).toEqual({ ok: true, next: 'served' });
    expect(decide('issued', 'submit', approved).ok).toBe(false);
  });

  it('archives a refused form that closes the matter (Q3), and keeps it frozen', () => {
    const filing = { needsApproval: true, served: false, archiveRefused: true };
    expect(decide('rejected', 'archive', filing)).toEqual({ ok: true, next: 'archived' });
    expect(decide('rejected', 'archive', { needsApproval: true, served: false }).ok).toBe(false);
    expect(decide('rejected', 'edit', filing).ok).toBe(false);
    expect(decide('rejected', 'correct', filing).ok).toBe(false);
  });

  it('maps the approval outcomes (Q3: a rejected one is closed, a returned one is completed)', () => {
    expect(afterApproval('approved')).toBe('approved');
    expect(afterApproval('rejected')).toBe('rejected');
    expect(afterApproval('returnedToSubmitter')).toBe('returned');
    expect(afterApproval('returnedToStep')).toBe('pendingApproval');
    expect(afterApproval('withdrawn')).toBe('draft');
  });
});
