import { generateSm2KeyPair, type Sm2KeyPair } from '@zhifa/documents';
import type { DocumentSigningKeyTable } from '../../platform/db/schema';
import { SecretBox } from '../../platform/crypto/secret-box';
import type { Ctx } from '../../platform/http/context';
import { newId } from '../../platform/ids';
import * as repo from './document.repository';

/**
 * Each agency's SM2 key pair for signing issued documents: generated on first use, the private key
 * sealed at rest (AES-256-GCM under a key derived from ZHIFA_SECRET), the public key published on
 * the verification page. A stand-in until the provincial e-seal service (security-reference §2.2)
 * is connected: then the signature comes from there and this file goes.
 */

const PURPOSE = 'document-signing-key';
const opened = new Map<string, Sm2KeyPair>();

export const publicKeyOf = (k: Pick<DocumentSigningKeyTable, 'public_key'>): string => k.public_key;

function open(ctx: Pick<Ctx, 'config'>, k: DocumentSigningKeyTable): Sm2KeyPair {
  let pair = opened.get(k.id);
  if (!pair) {
    pair = { privateKey: new SecretBox(ctx.config.secret, PURPOSE).open(k.private_key_sealed), publicKey: k.public_key };
    opened.set(k.id, pair);
  }
  return pair;
}

/** The agency's active key, created (in its own transaction, audited) the first time. */
export async function signingKeyFor(ctx: Ctx, agencyId: string): Promise<{ id: string; pair: Sm2KeyPair }> {
  let row = await repo.activeKey(ctx.db, agencyId);
  if (!row) {
    const pair = generateSm2KeyPair();
    const fresh: DocumentSigningKeyTable = { id: newId(), agency_id: agencyId, public_key: pair.publicKey, private_key_sealed: new SecretBox(ctx.config.secret, PURPOSE).seal(pair.privateKey), status: 'active', created_at: ctx.now() };
    await ctx.tx(async (tx) => {
      const r = await repo.insertKeyIfNone(tx, fresh);
      // Another process may have created it a moment ago: then its key is used and nothing is audited here.
      if (Number(r[0]?.numInsertedOrUpdatedRows ?? 0) === 1) {
        await ctx.audit(tx, { action: 'document.signingKey.create', objectType: 'agency', objectId: agencyId, detail: { keyId: fresh.id, publicKey: fresh.public_key, algorithm: 'SM2' } });
      }
    });
    row = await repo.activeKey(ctx.db, agencyId);
    if (!row) throw new Error('signing key missing after creation');
  }
  return { id: row.id, pair: open(ctx, row) };
}
