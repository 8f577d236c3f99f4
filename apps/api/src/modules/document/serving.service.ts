import { Permission, serviceMethodLabel, type DocumentDetail, type ServiceConsent, type ServiceConsentCreate, type ServiceCreate } from '@zhifa/shared';
import { toChinaDate } from '@zhifa/shared/rules/discretion';
import type { z } from 'zod';
import { scopeFor } from '../../platform/auth/scope';
import type { DocumentTable, ServiceConsentTable } from '../../platform/db/schema';
import { findFile } from '../../platform/files/file.repository';
import type { Ctx } from '../../platform/http/context';
import { conflict, forbidden, invalidField, invalidFields, notFound, unauthenticated } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import { decide } from './document-state';
import * as typeRepo from './document-type.repository';
import { getDocument, issueGenerated, officerRefsFor, prepareGenerated } from './document.service';
import * as repo from './document.repository';
import { serviceProblems } from './service-rules';

/**
 * 送达 (service): a record per act of service with its lawful method, date, recipient, receipt
 * (signature image or photo of the signed paper receipt) and witness; the 文书送达回执 is generated
 * and issued in the same transaction. Electronic service only with the party's recorded consent.
 */

type ServiceInput = z.output<typeof ServiceCreate>;

function userActor(ctx: Ctx) {
  if (!ctx.actor) throw unauthenticated();
  if (ctx.actor.kind !== 'user') throw forbidden('接口令牌不能登记送达');
  return ctx.actor;
}

/** Local Beijing time YYYY-MM-DDTHH:mm → UTC ISO. */
const localToIso = (local: string): string => new Date(`${local}:00+08:00`).toISOString();

async function checkFile(ctx: Ctx, sha: string | null | undefined, path: string, types: string[], label: string): Promise<void> {
  if (!sha) return;
  const f = await findFile(ctx.db, sha);
  if (!f || !types.includes(f.media_type)) throw invalidField(path, `${label}：应为已上传的${types.map((t) => t.replace('image/', '').toUpperCase()).join(' 或 ')} 文件`);
}

interface StoredParty {
  source: string;
  party: { name: string; creditCode?: string | null; idNumber?: string | null };
}

export async function recordService(ctx: Ctx, documentId: string, input: ServiceInput): Promise<DocumentDetail> {
  const actor = userActor(ctx);
  const row = await repo.findDocument(ctx.db, ctx.scope, documentId);
  if (!row) throw notFound('文书');
  const t = await typeRepo.findType(ctx.db, row.type_code);
  if (!t) throw notFound('文书类型');
  const d = decide(row.status, 'serve', { needsApproval: false, served: t.kind === 'served' || t.kind === 'thirdParty' });
  if (!d.ok) throw conflict(d.message);

  const party = row.party ? (JSON.parse(row.party) as StoredParty).party : null;
  let consent: ServiceConsentTable | undefined;
  if (input.method === 'electronic') {
    if (input.consentId) {
      consent = await repo.findConsent(ctx.db, scopeFor(actor, Permission.DocumentRead), input.consentId);
      const matches = consent && !consent.revoked_at && consent.agency_id === row.agency_id && ((row.enterprise_id && consent.enterprise_id === row.enterprise_id) || (consent.party_code && consent.party_code === (party?.creditCode ?? party?.idNumber)));
      if (!matches) throw invalidField('body.consentId', '电子送达同意：不存在、已撤回或不是该当事人的同意记录');
    } else {
      consent = await repo.consentFor(ctx.db, row.agency_id, { enterpriseId: row.enterprise_id, code: party?.creditCode ?? party?.idNumber ?? null });
    }
  }
  const problems = serviceProblems(
    {
      method: input.method, servedAt: input.servedAt, witnessName: input.witnessName, witnessSignature: Boolean(input.witnessSignatureFileId), consentFound: Boolean(consent), consentSignedOn: consent?.signed_on ?? null,
      recipientSigned: Boolean(input.recipientSignatureFileId), receiptPhoto: Boolean(input.receiptFileId), publicNoticeGround: input.publicNoticeGround, failedAttempts: input.failedAttempts,
    },
    { issuedOn: row.issued_on ?? '', today: toChinaDate(ctx.clock.now()) },
  );
  if (problems.length) throw invalidFields(problems);
  await checkFile(ctx, input.recipientSignatureFileId, 'body.recipientSignatureFileId', ['image/png'], '收件人签名');
  await checkFile(ctx, input.witnessSignatureFileId, 'body.witnessSignatureFileId', ['image/png'], '见证人签名');
  await checkFile(ctx, input.receiptFileId, 'body.receiptFileId', ['image/png', 'image/jpeg'], '送达回执照片');

  // The 文书送达回执, generated from the service and issued with its own number (回).
  const receiptType = await typeRepo.findType(ctx.db, 'service-receipt');
  if (!receiptType || receiptType.status !== 'active') throw conflict('文书类型“文书送达回执”未启用，无法登记送达');
  const servedOn = input.servedAt.slice(0, 10);
  const now = ctx.now();
  const rid = newId();
  const officerIds = input.officerIds?.length ? JSON.stringify(await officerRefsFor(ctx, input.officerIds)) : row.officer_ids;
  const receipt: DocumentTable = {
    id: rid, root_id: rid, version_no: 1, supersedes_id: null, superseded_by_id: null, correction_reason: null, agency_id: row.agency_id, unit_id: actor.agencyId === row.agency_id ? actor.unitId : row.unit_id,
    owner_id: actor.id, type_code: 'service-receipt', title: `送达回执：${row.type_name ?? row.type_code}${row.number ? `（${row.number}）` : ''}`, status: 'draft', enterprise_id: row.enterprise_id, party: row.party,
    officer_ids: officerIds,
    fields: JSON.stringify({
      documents: [{ name: row.type_name ?? row.type_code, ...(row.number ? { number: row.number } : {}) }],
      recipient: input.recipient, servedAt: input.servedAt, place: input.place, method: input.method,
      ...(input.receiverRelation ? { receiverRelation: input.receiverRelation } : {}),
      // The natural person who signed and in what capacity; 留置送达's refusal and witness (issue 8).
      ...(input.signerName ? { signerName: input.signerName } : {}),
      ...(input.signerCapacity ? { signerCapacity: input.signerCapacity } : {}),
      ...(input.signerCapacityNote ? { signerCapacityNote: input.signerCapacityNote } : {}),
      ...(input.refusal ? { refusal: input.refusal } : {}),
      ...(input.witnessName ? { witnessName: input.witnessName } : {}),
      ...(input.witnessCapacity ? { witnessCapacity: input.witnessCapacity } : {}),
      ...(input.postalNumber ? { postalNumber: input.postalNumber } : {}),
      ...(input.note || input.method === 'electronic' ? { note: [input.note, consent ? `电子送达地址：${consent.address}（确认书 ${consent.signed_on}）` : null].filter(Boolean).join('；') } : {}),
    }),
    case_key: row.case_key, payment_account_ids: '[]', signature_files: '{}', use_unit_series: 0, template_version: null, number: null, number_id: null, issued_on: null, issued_at: null, issued_by: null,
    render_input: null, pdf_sha256: null, pdf_sm3: null, signature: null, signing_key_id: null, verify_id: null, approval_id: null, void_reason: null, voided_at: null, served_at: null, archived_at: null,
    row_version: 0, created_at: now, updated_at: now,
  };
  const prepared = await prepareGenerated(ctx, receipt, {
    ...(input.recipientSignatureFileId ? { recipient: { imageFile: input.recipientSignatureFileId, signedOn: servedOn } } : { recipient: { ...(input.signerName ? { name: input.signerName } : {}), signedOn: servedOn } }),
    ...(input.witnessName || input.witnessSignatureFileId ? { witness: { ...(input.witnessName ? { name: input.witnessName } : {}), ...(input.witnessSignatureFileId ? { imageFile: input.witnessSignatureFileId } : {}), signedOn: servedOn } } : {}),
  });
  const servedAtIso = localToIso(input.servedAt);
  const serviceId = newId();
  await ctx.tx(async (tx) => {
    if (!(await repo.updateDocumentGuarded(tx, row.id, row.row_version, { status: 'served', served_at: row.served_at ?? servedAtIso, updated_at: now }, ['issued', 'served']))) {
      throw conflict('文书刚刚已被更改（更正、作废或另一次送达），请刷新后重试');
    }
    await issueGenerated(tx, ctx, receipt, prepared);
    await repo.insertService(tx, {
      id: serviceId, document_id: row.id, agency_id: row.agency_id, method: input.method, served_at: servedAtIso, recipient: input.recipient, place: input.place, receiver_relation: input.receiverRelation ?? null,
      witness_name: input.witnessName ?? null, witness_signature_sha256: input.witnessSignatureFileId ?? null, recipient_signature_sha256: input.recipientSignatureFileId ?? null, receipt_sha256: input.receiptFileId ?? null,
      consent_id: consent?.id ?? null, note: input.note ?? null, receipt_document_id: rid, recorded_by: actor.id, created_at: now,
      ...(input.method === 'publicNotice' ? { public_notice_ground: input.publicNoticeGround ?? null, failed_attempts: JSON.stringify(input.failedAttempts ?? []) } : {}),
    });
    await ctx.audit(tx, { action: 'document.serve', objectType: 'document', objectId: row.id, detail: { serviceId, method: input.method, methodLabel: serviceMethodLabel[input.method], servedAt: servedAtIso, receiptDocumentId: rid, consentId: consent?.id ?? null } });
  });
  return getDocument(ctx, row.id);
}

// ── consents to electronic service ────────────────────────────────────────────────────────────

const toConsent = (r: ServiceConsentTable): ServiceConsent => ({
  id: r.id, agencyId: r.agency_id, enterpriseId: r.enterprise_id, partyName: r.party_name, partyCode: r.party_code, channel: r.channel, address: r.address, signedOn: r.signed_on, fileId: r.file_sha256, revokedAt: r.revoked_at, createdAt: r.created_at,
});

export async function listConsents(ctx: Ctx, q: { enterpriseId?: string | undefined; q?: string | undefined }): Promise<ServiceConsent[]> {
  return (await repo.listConsents(ctx.db, ctx.scope, q)).map(toConsent);
}

export async function createConsent(ctx: Ctx, input: z.output<typeof ServiceConsentCreate>): Promise<ServiceConsent> {
  const actor = userActor(ctx);
  if (input.signedOn > toChinaDate(ctx.clock.now())) throw invalidField('body.signedOn', '确认书签订日期：不能晚于今天');
  await checkFile(ctx, input.fileId, 'body.fileId', ['image/png', 'image/jpeg', 'application/pdf'], '确认书扫描件');
  const row: ServiceConsentTable = {
    id: newId(), agency_id: actor.agencyId, enterprise_id: input.enterpriseId ?? null, party_name: input.partyName, party_code: input.partyCode ?? null, channel: input.channel, address: input.address,
    signed_on: input.signedOn, file_sha256: input.fileId ?? null, revoked_at: null, created_by: actor.id, created_at: ctx.now(),
  };
  if (!row.enterprise_id && !row.party_code) throw invalidField('body.partyCode', '统一社会信用代码或身份证号码：未从企业库选择当事人时须填写，用于识别当事人');
  await ctx.tx(async (tx) => {
    await repo.insertConsent(tx, row);
    await ctx.audit(tx, { action: 'document.consent.create', objectType: 'serviceConsent', objectId: row.id, detail: { enterpriseId: row.enterprise_id, channel: row.channel, signedOn: row.signed_on } });
  });
  return toConsent(row);
}

export async function revokeConsent(ctx: Ctx, id: string): Promise<ServiceConsent> {
  const row = await repo.findConsent(ctx.db, ctx.scope, id);
  if (!row) throw notFound('电子送达同意记录');
  if (row.revoked_at) throw conflict('该同意记录已撤回');
  const now = ctx.now();
  await ctx.tx(async (tx) => {
    await repo.revokeConsent(tx, id, now);
    await ctx.audit(tx, { action: 'document.consent.revoke', objectType: 'serviceConsent', objectId: id, detail: {} });
  });
  return toConsent({ ...row, revoked_at: now });
}

