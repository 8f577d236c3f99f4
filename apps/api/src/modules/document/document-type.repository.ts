import { findDocumentType } from '@zhifa/documents';
import type { DocumentType } from '@zhifa/shared';
import type { Db } from '../../platform/db/connect';
import { likePrefix } from '../../platform/db/like';
import type { DocumentTemplateSettingTable, DocumentTypeTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';

type Q = Db | Tx;

export type TypeRow = DocumentTypeTable & { owner_agency_name: string | null; filed_with_agency_name: string | null };

const typeSelect = (db: Q) =>
  db
    .selectFrom('document_types as t')
    .leftJoin('agencies as oa', 'oa.id', 't.owner_agency_id')
    .leftJoin('agencies as fa', 'fa.id', 't.filed_with_agency_id')
    .selectAll('t')
    .select(['oa.name as owner_agency_name', 'fa.name as filed_with_agency_name']);

export const toDocumentType = (r: TypeRow, templateVersions: string[]): DocumentType => ({
  code: r.code,
  name: r.name,
  numberCode: r.number_code,
  numberCodeAssumed: r.number_code_assumed === 1,
  kind: r.kind,
  stage: r.stage,
  numbered: r.numbered === 1,
  mustServe: r.must_serve === 1,
  needsApproval: r.needs_approval === 1,
  seal: r.seal,
  signatories: JSON.parse(r.signatories) as string[],
  hasRemedies: r.has_remedies === 1,
  category: r.category,
  partyKind: r.party_kind,
  requiredApproval: findDocumentType(r.code)?.requiredApproval ?? (r.needs_approval === 1 ? 'chain' : 'none'),
  urgentIssueFirst: findDocumentType(r.code)?.urgentIssueFirst ?? null,
  set: r.doc_set,
  builtin: r.builtin === 1,
  ownerAgencyId: r.owner_agency_id,
  ownerAgencyName: r.owner_agency_name,
  status: r.status,
  legalApprovalId: r.legal_approval_id,
  legalApprovedAt: r.legal_approved_at,
  filing: r.filed_on && r.filed_with_agency_id ? { filedOn: r.filed_on, upperAgencyId: r.filed_with_agency_id, upperAgencyName: r.filed_with_agency_name ?? '', reference: r.filing_reference ?? '' } : null,
  activatedAt: r.activated_at,
  templateVersions,
  note: r.note,
});

/** The catalogue, and the agency's own types for agencies in `agencyIds` (null = all). */
export const listTypes = (db: Q, agencyIds: string[] | null) => {
  let q = typeSelect(db);
  if (agencyIds) q = q.where((eb) => eb.or([eb('t.owner_agency_id', 'is', null), ...(agencyIds.length ? [eb('t.owner_agency_id', 'in', agencyIds)] : [])]));
  return q.orderBy('t.builtin', 'desc').orderBy('t.created_at').orderBy('t.code').execute();
};

export const findType = (db: Q, code: string) => typeSelect(db).where('t.code', '=', code).executeTakeFirst();
export const findTypeById = (db: Q, id: string) => typeSelect(db).where('t.id', '=', id).executeTakeFirst();

export const insertType = (tx: Tx, row: DocumentTypeTable) => tx.insertInto('document_types').values(row).execute();
export const insertTypeIfMissing = (tx: Tx, row: DocumentTypeTable) => tx.insertInto('document_types').values(row).onConflict((oc) => oc.column('code').doNothing()).execute();
export const updateType = (tx: Tx, code: string, patch: Partial<DocumentTypeTable>) => tx.updateTable('document_types').set(patch).where('code', '=', code).execute();

export const templateVersions = (db: Q) => db.selectFrom('document_template_versions').selectAll().orderBy('type_code').orderBy('registered_at').execute();
export const templateVersionsOf = (db: Q, code: string) => db.selectFrom('document_template_versions').selectAll().where('type_code', '=', code).orderBy('registered_at').execute();
export const insertTemplateVersionIfMissing = (tx: Tx, row: { type_code: string; version: string; registered_at: string }) =>
  tx.insertInto('document_template_versions').values(row).onConflict((oc) => oc.columns(['type_code', 'version']).doNothing()).execute();

export const templateSettings = (db: Q, code: string, agencyIds: string[] | null) => {
  let q = db
    .selectFrom('document_template_settings as s')
    .innerJoin('agencies as a', 'a.id', 's.agency_id')
    .selectAll('s')
    .select('a.name as agency_name')
    .where('s.type_code', '=', code);
  if (agencyIds) q = agencyIds.length ? q.where('s.agency_id', 'in', agencyIds) : q.where('s.agency_id', '=', '-');
  return q.orderBy('a.path').orderBy('s.effective_from').execute();
};

/** The setting of an agency for a type in force on a date: the latest effective_from on or before it. */
export const settingInForce = (db: Q, agencyId: string, code: string, date: string) =>
  db.selectFrom('document_template_settings').selectAll().where('agency_id', '=', agencyId).where('type_code', '=', code).where('effective_from', '<=', date).orderBy('effective_from', 'desc').limit(1).executeTakeFirst();

export const upsertTemplateSetting = (tx: Tx, row: DocumentTemplateSettingTable) =>
  tx
    .insertInto('document_template_settings')
    .values(row)
    .onConflict((oc) => oc.columns(['agency_id', 'type_code', 'effective_from']).doUpdateSet({ version: row.version, created_by: row.created_by, created_at: row.created_at }))
    .execute();

export const insertTemplateSettingIfMissing = (tx: Tx, row: DocumentTemplateSettingTable) =>
  tx.insertInto('document_template_settings').values(row).onConflict((oc) => oc.columns(['agency_id', 'type_code', 'effective_from']).doNothing()).execute();

export const findAgencyRow = (db: Q, id: string) => db.selectFrom('agencies').select(['id', 'name', 'short_name', 'parent_id', 'path']).where('id', '=', id).executeTakeFirst();

/** Agencies in a scope: ids of the caller's agency and those below (for listing settings and own types). */
export const agencyIdsUnder = async (db: Q, path: string): Promise<string[]> =>
  (await db.selectFrom('agencies').select('id').where(likePrefix('path', path)).execute()).map((r) => r.id);
