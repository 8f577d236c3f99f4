import { sm2Verify, sm3Hex } from '@zhifa/documents';
import { verifyStatusLabel, type VerifyFileResult, type VerifyResult, type VerifyStatus } from '@zhifa/shared';
import { fileStoreFor, FileIntegrityError } from '../../platform/files/file-store';
import type { Ctx } from '../../platform/http/context';
import { AppError } from '../../platform/http/errors';
import { ErrorCode } from '@zhifa/shared';
import { maskParty, type PartyKind } from './party-mask';
import * as repo from './document.repository';
import { parseVerifyToken, mintVerifyToken } from './verify-token';
import type { FrozenInput } from './document-render';

/**
 * The public verification page (security-reference §2.6): number, agency, date, status and the
 * SM3 hash of the issued PDF, the party (an organisation's name in full, a person's name and ID number masked), the agency's public key and whether the stored
 * signature verifies; an uploaded copy is compared byte for byte. Tampered or unknown tokens get
 * the same plain "not found". Every lookup is audited; the routes are rate-limited.
 */

/** The same answer for a tampered, unknown or never-issued token: nothing to learn from it. */
const notFoundPlain = (): AppError => new AppError(404, ErrorCode.NotFound, '未找到该文书，请核对核验码');

async function lookup(ctx: Ctx, token: string) {
  const id = parseVerifyToken(ctx.config.secret, token);
  if (!id) {
    await audit(ctx, 'document.verify.lookup', null, 'failure', { reason: 'badToken' });
    throw notFoundPlain();
  }
  const row = await repo.findByVerifyId(ctx.db, id);
  if (!row || !row.pdf_sm3 || !row.issued_on) {
    await audit(ctx, 'document.verify.lookup', null, 'failure', { reason: 'unknown' });
    throw notFoundPlain();
  }
  return row;
}

const audit = (ctx: Ctx, action: string, documentId: string | null, result: 'success' | 'failure', detail: Record<string, unknown>) =>
  ctx.tx((tx) => ctx.audit(tx, { action, objectType: 'document', objectId: documentId, result, detail }));

/** The latest version's token, following corrections. */
async function currentToken(ctx: Ctx, row: repo.DocumentRow): Promise<string | null> {
  let cur = row;
  for (let i = 0; i < 50 && cur.superseded_by_id; i++) {
    const next = await repo.findDocumentById(ctx.db, cur.superseded_by_id);
    if (!next) break;
    cur = next;
  }
  if (cur.id === row.id || !cur.render_input) return null;
  const frozen = JSON.parse(cur.render_input) as FrozenInput;
  return frozen.verification?.token.replace(/-/g, '') ?? null;
}

export async function verifyToken(ctx: Ctx, token: string): Promise<VerifyResult> {
  const row = await lookup(ctx, token);
  const status: VerifyStatus = row.status === 'corrected' ? 'corrected' : row.status === 'voided' ? 'voided' : 'valid';
  const key = row.signing_key_id ? await repo.findKey(ctx.db, row.signing_key_id) : undefined;
  // A stored original that no longer matches its hash cannot vouch for anything: the signature is then shown as failed.
  const pdf = await fileStoreFor(ctx.config.dataDir)
    .get(row.pdf_sha256!)
    .catch((e: unknown) => {
      if (e instanceof FileIntegrityError) return null;
      throw e;
    });
  const party = row.party ? (JSON.parse(row.party) as { party: { name: string; kind: PartyKind; idNumber?: string } }).party : null;
  const masked = party ? maskParty(party) : null;
  const result: VerifyResult = {
    number: row.number,
    typeName: row.type_name ?? row.type_code,
    agencyName: row.agency_name,
    issuedOn: row.issued_on!,
    status,
    statusLabel: verifyStatusLabel[status],
    served: Boolean(row.served_at),
    party: masked?.party ?? null,
    partyKind: masked?.partyKind ?? null,
    partyIdNumber: masked?.partyIdNumber ?? null,
    sm3: row.pdf_sm3!,
    signatureAlgorithm: 'SM2-with-SM3',
    signature: row.signature ?? '',
    signatureValid: Boolean(pdf && key && row.signature && sm3Hex(pdf) === row.pdf_sm3 && sm2Verify(pdf, row.signature, key.public_key)),
    publicKey: key?.public_key ?? '',
    currentToken: status === 'corrected' ? await currentToken(ctx, row) : null,
    correctionReason: null,
  };
  if (status === 'corrected' && row.superseded_by_id) {
    const next = await repo.findDocumentById(ctx.db, row.superseded_by_id);
    result.correctionReason = next?.correction_reason ?? null;
  }
  await audit(ctx, 'document.verify.lookup', row.id, 'success', { number: row.number, status });
  return result;
}

/** Compares an uploaded file with the issued PDF: byte-identical or not (by SM3). */
export async function verifyFile(ctx: Ctx, token: string, bytes: Buffer): Promise<VerifyFileResult> {
  const row = await lookup(ctx, token);
  const uploadedSm3 = sm3Hex(bytes);
  const identical = uploadedSm3 === row.pdf_sm3;
  await audit(ctx, 'document.verify.compare', row.id, identical ? 'success' : 'failure', { number: row.number, identical, sizeBytes: bytes.length });
  return { identical, uploadedSm3, issuedSm3: row.pdf_sm3!, sizeBytes: bytes.length };
}

/** For tests and tools: a well-formed token that belongs to no document. */
export const unusedToken = (secret: string): string => mintVerifyToken(secret).token;
