import type { Deadline, ServiceRecord } from '@zhifa/shared';
import { toChinaDate } from '@zhifa/shared/rules/discretion';
import type { Db } from '../../platform/db/connect';
import type { DocumentTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import type { FrozenInput } from './document-render';
import * as repo from './document.repository';
import type { TypeRow } from './document-type.repository';
import type { RuleRow } from './rule-values';
import { RULE_ABSENT_DELIVERY, RULE_CALENDAR, RULE_PAYMENT, RULE_PUBLIC_NOTICE, serviceDeadlines } from './service-rules';

/** Read side of 送达: the service records of a document and the deadlines it sets. */

export async function servicesOfDocument(db: Db | Tx, documentId: string): Promise<ServiceRecord[]> {
  return (await repo.servicesOf(db, documentId)).map((s) => ({
    id: s.id, method: s.method, servedAt: s.served_at, recipient: s.recipient, place: s.place, receiverRelation: s.receiver_relation, witnessName: s.witness_name,
    receiptFileId: s.receipt_sha256, consentId: s.consent_id, note: s.note, receiptDocumentId: s.receipt_document_id, receiptNumber: s.receipt_number ?? null,
    recordedByName: s.recorded_by_name, createdAt: s.created_at,
  }));
}

export async function ruleRowsFor(db: Db | Tx, keys: string[]): Promise<RuleRow[]> {
  return (await repo.ruleRows(db, keys)).map((r) => ({
    key: r.key, jurisdictionAgencyId: r.jurisdiction_agency_id, effectiveFrom: r.effective_from, effectiveTo: r.effective_to, value: JSON.parse(r.value) as unknown, source: r.source, verified: r.verified === 1,
  }));
}

const hasFine = (fields: Record<string, unknown>): boolean =>
  Array.isArray(fields.penalties) && fields.penalties.some((p: { kind?: string; amountFen?: number }) => p?.kind === 'fine' && (p.amountFen ?? 0) > 0);

export async function serviceDeadlinesOf(db: Db | Tx, row: Pick<DocumentTable, 'id' | 'issued_on' | 'agency_id'>, t: Pick<TypeRow, 'kind' | 'has_remedies'>, frozen: FrozenInput | null): Promise<Deadline[]> {
  if (!row.issued_on || t.kind !== 'served') return [];
  const [first] = await repo.servicesOf(db, row.id);
  const rules = await ruleRowsFor(db, [RULE_ABSENT_DELIVERY, RULE_PUBLIC_NOTICE, RULE_PAYMENT, RULE_CALENDAR]);
  return serviceDeadlines(
    { decidedOn: row.issued_on, isDecision: t.has_remedies === 1, hasFine: hasFine(frozen?.fields ?? {}), service: first ? { method: first.method, servedOn: toChinaDate(new Date(first.served_at)) } : null, agencyIds: [row.agency_id] },
    rules,
  );
}
