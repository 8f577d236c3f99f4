import { Permission, type PaymentAccount, type Seal, type UploadedFile } from '@zhifa/shared';
import { emptyScope, scopeFor } from '../../platform/auth/scope';
import type { PaymentAccountTable } from '../../platform/db/schema';
import { fileStoreFor, FileIntegrityError } from '../../platform/files/file-store';
import { findFile, recordFile } from '../../platform/files/file.repository';
import type { Ctx } from '../../platform/http/context';
import { AppError, conflict, invalidField, notFound, unauthenticated } from '../../platform/http/errors';
import { ErrorCode } from '@zhifa/shared';
import { newId } from '../../platform/ids';
import * as officers from '../registry/officer.service';
import { checkImage, mediaTypeOf, type ImageKind } from './image-rules';
import * as repo from './document.repository';
import { uniqueViolation } from './approval-adapter';

/**
 * What documents are made of besides their text: uploaded files (signatures, receipt photos,
 * consent scans), the agency's seal images (PNG, uploaded by the document administrator), the
 * officers' handwritten signatures, and the agency's payment accounts (Q4: several are allowed).
 */

function actorOf(ctx: Ctx) {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

const store = (ctx: Ctx) => fileStoreFor(ctx.config.dataDir);

async function storeChecked(ctx: Ctx, bytes: Buffer, kind: ImageKind, path: string): Promise<{ sha256: string; sm3: string; sizeBytes: number; mediaType: string; width: number; height: number }> {
  const check = checkImage(bytes, kind);
  if (!check.ok) throw invalidField(path, check.message);
  const file = await store(ctx).put(bytes);
  return { ...file, mediaType: mediaTypeOf[check.type], width: check.width, height: check.height };
}

/** Uploads a signature image, a receipt photo or a consent scan; returns its file id (SHA-256). */
export async function uploadFile(ctx: Ctx, kind: 'signature' | 'receipt' | 'consent', bytes: Buffer): Promise<UploadedFile> {
  const actor = actorOf(ctx);
  const f = await storeChecked(ctx, bytes, kind, 'body.file');
  await ctx.tx(async (tx) => {
    await recordFile(tx, f, f.mediaType, ctx.now(), actor.id);
    await ctx.audit(tx, { action: 'document.file.upload', objectType: 'file', objectId: f.sha256, detail: { kind, sizeBytes: f.sizeBytes, mediaType: f.mediaType } });
  });
  return { id: f.sha256, sm3: f.sm3, sizeBytes: f.sizeBytes, mediaType: f.mediaType };
}

/** The bytes of an uploaded image (for showing seals and signatures in the portal). */
export async function fileBytes(ctx: Ctx, sha256: string): Promise<{ bytes: Buffer; mediaType: string }> {
  const f = await findFile(ctx.db, sha256);
  if (!f || f.media_type === 'application/pdf') throw notFound('文件');
  try {
    return { bytes: await store(ctx).get(sha256), mediaType: f.media_type };
  } catch (e) {
    if (e instanceof FileIntegrityError) throw new AppError(500, ErrorCode.Internal, `文件校验失败：存储的文件与登记的哈希不一致，请联系系统管理员（${sha256.slice(0, 12)}）`);
    throw e;
  }
}

// ── seals ─────────────────────────────────────────────────────────────────────────────────────

async function agencyInScope(ctx: Ctx, agencyId: string, path = 'query.agencyId') {
  const a = await repo.findAgencyInScope(ctx.db, ctx.scope, agencyId);
  if (!a) throw invalidField(path, '机关：不存在或不在您的管理范围内');
  return a;
}

const toSeal = (r: Awaited<ReturnType<typeof repo.listSeals>>[number]): Seal => ({
  id: r.id, agencyId: r.agency_id, kind: r.kind, fileId: r.file_sha256, width: r.width, height: r.height, active: r.active === 1, uploadedAt: r.uploaded_at, uploadedByName: r.uploaded_by_name,
});

export async function listSeals(ctx: Ctx, agencyId: string | undefined): Promise<Seal[]> {
  const a = await agencyInScope(ctx, agencyId ?? actorOf(ctx).agencyId);
  return (await repo.listSeals(ctx.db, a.id)).map(toSeal);
}

/** A new seal image replaces the agency's current one of that kind; issued documents keep theirs. */
export async function uploadSeal(ctx: Ctx, agencyId: string, kind: 'agencySeal' | 'enforcementSeal', bytes: Buffer): Promise<Seal[]> {
  const actor = actorOf(ctx);
  const a = await agencyInScope(ctx, agencyId);
  const f = await storeChecked(ctx, bytes, 'seal', 'body.file');
  const now = ctx.now();
  const id = newId();
  await ctx.tx(async (tx) => {
    await recordFile(tx, f, f.mediaType, now, actor.id);
    await repo.deactivateSeals(tx, a.id, kind);
    await repo.insertSeal(tx, { id, agency_id: a.id, kind, file_sha256: f.sha256, width: f.width, height: f.height, active: 1, uploaded_by: actor.id, uploaded_at: now });
    await ctx.audit(tx, { action: 'document.seal.upload', objectType: 'documentSeal', objectId: id, detail: { agencyId: a.id, kind, sha256: f.sha256, sizeBytes: f.sizeBytes } });
  });
  return listSeals(ctx, a.id);
}

// ── officers' signatures ──────────────────────────────────────────────────────────────────────

export async function uploadOfficerSignature(ctx: Ctx, officerId: string, bytes: Buffer): Promise<{ officerId: string; fileId: string; uploadedAt: string }> {
  const actor = actorOf(ctx);
  const officer = await officers.getOfficer({ ...ctx, scope: ctx.actor ? scopeFor(ctx.actor, Permission.OfficerRead) : emptyScope() }, officerId);
  const f = await storeChecked(ctx, bytes, 'signature', 'body.file');
  const now = ctx.now();
  await ctx.tx(async (tx) => {
    await recordFile(tx, f, f.mediaType, now, actor.id);
    await repo.deactivateOfficerSignatures(tx, officer.id);
    await repo.insertOfficerSignature(tx, { id: newId(), officer_id: officer.id, agency_id: officer.agencyId, file_sha256: f.sha256, active: 1, uploaded_by: actor.id, uploaded_at: now });
    await ctx.audit(tx, { action: 'document.officerSignature.upload', objectType: 'officer', objectId: officer.id, detail: { sha256: f.sha256 } });
  });
  return { officerId: officer.id, fileId: f.sha256, uploadedAt: now };
}

export async function officerSignatures(ctx: Ctx, officerIds: string[]): Promise<{ officerId: string; fileId: string; uploadedAt: string }[]> {
  return (await repo.officerSignatures(ctx.db, officerIds)).map((r) => ({ officerId: r.officer_id, fileId: r.file_sha256, uploadedAt: r.uploaded_at }));
}

// ── payment accounts (Q4) ─────────────────────────────────────────────────────────────────────

const toAccount = (r: PaymentAccountTable): PaymentAccount => ({ id: r.id, agencyId: r.agency_id, bank: r.bank, accountName: r.account_name, accountNumber: r.account_number, active: r.active === 1, sortOrder: r.sort_order });

export async function listPaymentAccounts(ctx: Ctx, agencyId: string | undefined): Promise<PaymentAccount[]> {
  const a = await agencyInScope(ctx, agencyId ?? actorOf(ctx).agencyId);
  return (await repo.listPaymentAccounts(ctx.db, ctx.scope, a.id)).map(toAccount);
}

export async function createPaymentAccount(ctx: Ctx, input: { agencyId: string; bank: string; accountName: string; accountNumber: string; sortOrder: number }): Promise<PaymentAccount> {
  const a = await agencyInScope(ctx, input.agencyId, 'body.agencyId');
  const now = ctx.now();
  const row: PaymentAccountTable = { id: newId(), agency_id: a.id, bank: input.bank, account_name: input.accountName, account_number: input.accountNumber, active: 1, sort_order: input.sortOrder, created_at: now, updated_at: now };
  try {
    await ctx.tx(async (tx) => {
      await repo.insertPaymentAccount(tx, row);
      await ctx.audit(tx, { action: 'document.paymentAccount.create', objectType: 'paymentAccount', objectId: row.id, detail: { agencyId: a.id, bank: row.bank } });
    });
  } catch (e) {
    if (uniqueViolation(e)) throw invalidField('body.accountNumber', '账号：本机关已登记该账号');
    throw e;
  }
  return toAccount(row);
}

export async function updatePaymentAccount(ctx: Ctx, id: string, patch: { active?: boolean | undefined; sortOrder?: number | undefined }): Promise<PaymentAccount> {
  const row = await repo.findPaymentAccount(ctx.db, ctx.scope, id);
  if (!row) throw notFound('缴款账户');
  if (patch.active === undefined && patch.sortOrder === undefined) throw conflict('没有要修改的内容');
  const changes = { ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}), ...(patch.sortOrder !== undefined ? { sort_order: patch.sortOrder } : {}), updated_at: ctx.now() };
  await ctx.tx(async (tx) => {
    await repo.updatePaymentAccount(tx, id, changes);
    await ctx.audit(tx, { action: 'document.paymentAccount.update', objectType: 'paymentAccount', objectId: id, detail: patch });
  });
  return toAccount({ ...row, ...changes });
}
