import { sql } from 'kysely';
import type { Scope } from '../../platform/auth/scope';
import { scopeWhere } from '../../platform/auth/scope-sql';
import type { Db } from '../../platform/db/connect';
import { likeContains } from '../../platform/db/like';
import type { DocumentSealTable, DocumentServiceTable, DocumentSigningKeyTable, DocumentTable, OfficerSignatureImageTable, PaymentAccountTable, RuleValueTable, ServiceConsentTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';

type Q = Db | Tx;

const scoped = (scope: Scope) => scopeWhere(scope, { agencyId: 'd.agency_id', unitId: 'd.unit_id', ownerId: 'd.owner_id' });

const docSelect = (db: Q) =>
  db
    .selectFrom('documents as d')
    .innerJoin('users as o', 'o.id', 'd.owner_id')
    .innerJoin('agencies as a', 'a.id', 'd.agency_id')
    .leftJoin('document_types as t', 't.code', 'd.type_code')
    .selectAll('d')
    .select(['o.display_name as owner_name', 'a.name as agency_name', 'a.short_name as agency_short_name', 't.name as type_name']);

export type DocumentRow = DocumentTable & { owner_name: string; agency_name: string; agency_short_name: string; type_name: string | null };

export const findDocument = (db: Q, scope: Scope, id: string): Promise<DocumentRow | undefined> => docSelect(db).where('d.id', '=', id).where(scoped(scope)).executeTakeFirst();

/** Without a data scope: for the approval view (an approver may sit outside it) and the public page. */
export const findDocumentById = (db: Q, id: string): Promise<DocumentRow | undefined> => docSelect(db).where('d.id', '=', id).executeTakeFirst();

export const findByVerifyId = (db: Q, verifyId: string): Promise<DocumentRow | undefined> => docSelect(db).where('d.verify_id', '=', verifyId).executeTakeFirst();

export const versionsOf = (db: Q, rootId: string) =>
  db.selectFrom('documents').select(['id', 'version_no', 'status', 'number', 'issued_at', 'correction_reason', 'pdf_sm3']).where('root_id', '=', rootId).orderBy('version_no').execute();

export interface DocumentFilter {
  box: 'mine' | 'all';
  ownerId: string;
  status?: DocumentTable['status'] | undefined;
  typeCode?: string | undefined;
  q?: string | undefined;
}

export async function listDocuments(db: Q, scope: Scope, f: DocumentFilter, page: number, pageSize: number) {
  let q = docSelect(db).where(scoped(scope));
  if (f.box === 'mine') q = q.where('d.owner_id', '=', f.ownerId);
  if (f.status) q = q.where('d.status', '=', f.status);
  if (f.typeCode) q = q.where('d.type_code', '=', f.typeCode);
  if (f.q) {
    const text = f.q;
    q = q.where((eb) => eb.or([likeContains('d.title', text), likeContains('d.number', text), likeContains('d.party', text)]));
  }
  const [rows, total] = await Promise.all([
    q.orderBy('d.updated_at', 'desc').orderBy('d.id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export const insertDocument = (tx: Tx, row: DocumentTable) => tx.insertInto('documents').values(row).execute();

/** Optimistic update: only when the row still has `rowVersion` (and, optionally, one of `statuses`). */
export async function updateDocumentGuarded(tx: Tx, id: string, rowVersion: number, patch: Partial<DocumentTable>, statuses?: DocumentTable['status'][]): Promise<boolean> {
  let q = tx.updateTable('documents').set({ ...patch, row_version: rowVersion + 1 }).where('id', '=', id).where('row_version', '=', rowVersion);
  if (statuses) q = q.where('status', 'in', statuses);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const updateDocument = (tx: Tx, id: string, patch: Partial<DocumentTable>) => tx.updateTable('documents').set(patch).where('id', '=', id).execute();

export const hasOpenCorrection = async (db: Q, rootId: string): Promise<boolean> =>
  Boolean(await db.selectFrom('documents').select('id').where('root_id', '=', rootId).where('status', 'in', ['draft', 'pendingApproval', 'returned', 'approved']).executeTakeFirst());

// ── services ──────────────────────────────────────────────────────────────────────────────────

export const insertService = (tx: Tx, row: DocumentServiceTable) => tx.insertInto('document_services').values(row).execute();

export const servicesOf = (db: Q, documentId: string) =>
  db
    .selectFrom('document_services as s')
    .innerJoin('users as u', 'u.id', 's.recorded_by')
    .leftJoin('documents as r', 'r.id', 's.receipt_document_id')
    .selectAll('s')
    .select(['u.display_name as recorded_by_name', 'r.number as receipt_number'])
    .where('s.document_id', '=', documentId)
    .orderBy('s.served_at')
    .execute();

// ── consents to electronic service ────────────────────────────────────────────────────────────

export const insertConsent = (tx: Tx, row: ServiceConsentTable) => tx.insertInto('service_consents').values(row).execute();

export const listConsents = (db: Q, scope: Scope, f: { enterpriseId?: string | undefined; q?: string | undefined }) => {
  let q = db.selectFrom('service_consents as c').selectAll('c').where(scopeWhere(scope, { agencyId: 'c.agency_id' }));
  if (f.enterpriseId) q = q.where('c.enterprise_id', '=', f.enterpriseId);
  if (f.q) q = q.where(likeContains('c.party_name', f.q));
  return q.orderBy('c.created_at', 'desc').limit(200).execute();
};

export const findConsent = (db: Q, scope: Scope, id: string) => db.selectFrom('service_consents as c').selectAll('c').where('c.id', '=', id).where(scopeWhere(scope, { agencyId: 'c.agency_id' })).executeTakeFirst();

export const revokeConsent = (tx: Tx, id: string, at: string) => tx.updateTable('service_consents').set({ revoked_at: at }).where('id', '=', id).execute();

/** An unrevoked consent of this agency for the party: by enterprise, else by credit code / ID number. */
export const consentFor = (db: Q, agencyId: string, party: { enterpriseId: string | null; code: string | null }) => {
  let q = db.selectFrom('service_consents').selectAll().where('agency_id', '=', agencyId).where('revoked_at', 'is', null);
  q = q.where((eb) => eb.or([...(party.enterpriseId ? [eb('enterprise_id', '=', party.enterpriseId)] : []), ...(party.code ? [eb('party_code', '=', party.code)] : [eb('id', '=', '-')])]));
  return q.orderBy('signed_on', 'desc').executeTakeFirst();
};

// ── seals, officers' signatures, payment accounts ─────────────────────────────────────────────

export const listSeals = (db: Q, agencyId: string) =>
  db
    .selectFrom('document_seals as s')
    .leftJoin('users as u', 'u.id', 's.uploaded_by')
    .selectAll('s')
    .select('u.display_name as uploaded_by_name')
    .where('s.agency_id', '=', agencyId)
    .orderBy('s.uploaded_at', 'desc')
    .execute();

export const activeSeals = (db: Q, agencyId: string) => db.selectFrom('document_seals').select(['kind', 'file_sha256']).where('agency_id', '=', agencyId).where('active', '=', 1).execute();

export const insertSeal = (tx: Tx, row: DocumentSealTable) => tx.insertInto('document_seals').values(row).execute();
export const deactivateSeals = (tx: Tx, agencyId: string, kind: 'agencySeal' | 'enforcementSeal') => tx.updateTable('document_seals').set({ active: 0 }).where('agency_id', '=', agencyId).where('kind', '=', kind).execute();

export const officerSignatures = (db: Q, officerIds: string[]) =>
  officerIds.length ? db.selectFrom('officer_signature_images').select(['officer_id', 'file_sha256', 'uploaded_at']).where('officer_id', 'in', officerIds).where('active', '=', 1).execute() : Promise.resolve([]);

export const insertOfficerSignature = (tx: Tx, row: OfficerSignatureImageTable) => tx.insertInto('officer_signature_images').values(row).execute();
export const deactivateOfficerSignatures = (tx: Tx, officerId: string) => tx.updateTable('officer_signature_images').set({ active: 0 }).where('officer_id', '=', officerId).execute();

export const listPaymentAccounts = (db: Q, scope: Scope, agencyId: string) =>
  db.selectFrom('payment_accounts').selectAll().where('agency_id', '=', agencyId).where(scopeWhere(scope, { agencyId: 'payment_accounts.agency_id' })).orderBy('sort_order').orderBy('created_at').execute();

export const paymentAccountsByIds = (db: Q, agencyId: string, ids: string[]) =>
  ids.length ? db.selectFrom('payment_accounts').selectAll().where('agency_id', '=', agencyId).where('id', 'in', ids).execute() : Promise.resolve([]);

export const findPaymentAccount = (db: Q, scope: Scope, id: string) =>
  db.selectFrom('payment_accounts').selectAll().where('id', '=', id).where(scopeWhere(scope, { agencyId: 'payment_accounts.agency_id' })).executeTakeFirst();

export const insertPaymentAccount = (tx: Tx, row: PaymentAccountTable) => tx.insertInto('payment_accounts').values(row).execute();
export const insertPaymentAccountIfMissing = (tx: Tx, row: PaymentAccountTable) =>
  tx.insertInto('payment_accounts').values(row).onConflict((oc) => oc.column('id').doNothing()).execute();
export const updatePaymentAccount = (tx: Tx, id: string, patch: Partial<PaymentAccountTable>) => tx.updateTable('payment_accounts').set(patch).where('id', '=', id).execute();
export const paymentAccountByNumber = (db: Q, agencyId: string, accountNumber: string) =>
  db.selectFrom('payment_accounts').select('id').where('agency_id', '=', agencyId).where('account_number', '=', accountNumber).executeTakeFirst();

// ── signing keys ──────────────────────────────────────────────────────────────────────────────

export const activeKey = (db: Q, agencyId: string) => db.selectFrom('document_signing_keys').selectAll().where('agency_id', '=', agencyId).where('status', '=', 'active').executeTakeFirst();
export const findKey = (db: Q, id: string) => db.selectFrom('document_signing_keys').selectAll().where('id', '=', id).executeTakeFirst();

/** Inserts a key unless the agency already has an active one (another process may have won). */
export const insertKeyIfNone = (tx: Tx, row: DocumentSigningKeyTable) =>
  tx.insertInto('document_signing_keys').values(row).onConflict((oc) => oc.column('agency_id').where(sql<boolean>`status = 'active'`).doNothing()).execute();

// ── rule values, agencies ─────────────────────────────────────────────────────────────────────

export const ruleRows = (db: Q, keys: string[]) => db.selectFrom('rule_values').selectAll().where('key', 'in', keys).execute();
export const ruleById = (db: Q, id: string) => db.selectFrom('rule_values').select('id').where('id', '=', id).executeTakeFirst();
export const insertRule = (tx: Tx, row: RuleValueTable) => tx.insertInto('rule_values').values(row).execute();

export const agencyRow = (db: Q, id: string) => db.selectFrom('agencies').select(['id', 'name', 'short_name', 'parent_id', 'path']).where('id', '=', id).executeTakeFirst();
export const findAgencyInScope = (db: Q, scope: Scope, id: string) =>
  db.selectFrom('agencies').select(['id', 'name', 'short_name', 'parent_id', 'path']).where('id', '=', id).where(scopeWhere(scope, { agencyId: 'agencies.id' })).executeTakeFirst();
export const userName = async (db: Q, id: string): Promise<string | null> => (await db.selectFrom('users').select('display_name').where('id', '=', id).executeTakeFirst())?.display_name ?? null;

// ---------- workbench ----------

/** What is left to do on a document, for the workbench: its draft, its return, its issuance, its service. */
export type DocumentTodo = 'draft' | 'returned' | 'toIssue' | 'toServe';

const todoWhere = (todo: DocumentTodo) => {
  switch (todo) {
    case 'draft':
      return sql<boolean>`d.status = 'draft'`;
    case 'returned':
      return sql<boolean>`d.status = 'returned'`;
    case 'toIssue':
      return sql<boolean>`d.status = 'approved'`;
    case 'toServe':
      return sql<boolean>`d.status = 'issued' and t.must_serve = 1`;
  }
};

/** The caller's own documents with something left to do, newest change first, and how many there are. */
export async function ownDocumentsTodo(db: Q, scope: Scope, ownerId: string, todos: readonly DocumentTodo[], limit: number) {
  const q = docSelect(db)
    .where(scoped(scope))
    .where('d.owner_id', '=', ownerId)
    .where(sql<boolean>`(${sql.join(todos.map(todoWhere), sql` or `)})`);
  const [rows, total] = await Promise.all([
    q.select(['t.must_serve as type_must_serve']).orderBy('d.updated_at', 'desc').orderBy('d.id', 'desc').limit(limit).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** The caller's own issued or served documents issued on or after `since` (their deadlines may still run). */
export const ownIssuedSince = (db: Q, scope: Scope, ownerId: string, since: string, limit: number): Promise<DocumentRow[]> =>
  docSelect(db)
    .where(scoped(scope))
    .where('d.owner_id', '=', ownerId)
    .where('d.status', 'in', ['issued', 'served'])
    .where('d.issued_on', '>=', since)
    .orderBy('d.issued_on', 'desc')
    .limit(limit)
    .execute();
