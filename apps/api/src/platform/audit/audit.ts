import { sql } from 'kysely';
import { dialectOf, type Db } from '../db/connect';
import type { AuditLogTable } from '../db/schema';
import type { Tx } from '../db/tx';
import { canonicalJson, sm3Hex } from '../crypto/sm3';
import { newId } from '../ids';

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_LOCK_KEY = 727_001;

/** Who did it, from where; taken from the request context. */
export interface AuditActor {
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  agencyId: string | null;
  ip: string | null;
  requestId: string | null;
}

export interface AuditEntry {
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  result?: 'success' | 'failure' | 'denied';
  /** Never passwords, tokens or secrets: callers pass only what an auditor may read. */
  detail?: Record<string, unknown> | null;
}

export const systemActor: AuditActor = { actorId: null, actorName: '系统', actorRole: 'system', agencyId: null, ip: null, requestId: null };

const SECRET_KEYS = /pass(word)?|secret|token|code_hash|otp|recovery/i;

/** Drops secret-looking keys defensively, in case a caller forgets. */
function scrub(detail: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!detail) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(detail)) {
    if (SECRET_KEYS.test(k)) continue;
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? scrub(v as Record<string, unknown>) : v;
  }
  return out;
}

type Unhashed = Omit<AuditLogTable, 'hash'>;

export function hashAuditRow(row: Unhashed): string {
  return sm3Hex(
    row.prev_hash +
      canonicalJson({
        seq: row.seq,
        id: row.id,
        at: row.at,
        actor_id: row.actor_id,
        actor_name: row.actor_name,
        actor_role: row.actor_role,
        agency_id: row.agency_id,
        ip: row.ip,
        action: row.action,
        object_type: row.object_type,
        object_id: row.object_id,
        result: row.result,
        detail: row.detail,
        request_id: row.request_id,
      }),
  );
}

/**
 * Appends one record inside the caller's transaction, chained to the previous one.
 * Call it last in the transaction: on PostgreSQL it takes a transaction-scoped lock on the
 * chain head, which is held until commit.
 */
export async function appendAudit(tx: Tx, actor: AuditActor, entry: AuditEntry, at: string): Promise<number> {
  if (dialectOf(tx) === 'postgres') await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(tx);
  const last = await tx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const row: Unhashed = {
    seq: (last?.seq ?? 0) + 1,
    id: newId(),
    at,
    actor_id: actor.actorId,
    actor_name: actor.actorName,
    actor_role: actor.actorRole,
    agency_id: actor.agencyId,
    ip: actor.ip,
    action: entry.action,
    object_type: entry.objectType ?? null,
    object_id: entry.objectId ?? null,
    result: entry.result ?? 'success',
    detail: entry.detail ? canonicalJson(scrub(entry.detail)) : null,
    request_id: actor.requestId,
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  await tx.insertInto('audit_log').values({ ...row, hash: hashAuditRow(row) }).execute();
  return row.seq;
}

export interface VerifyReport {
  ok: boolean;
  checked: number;
  lastSeq: number | null;
  firstBrokenSeq: number | null;
  reason: string | null;
}

/** Recomputes the chain from the start in pages and reports the first broken link. */
export async function verifyAuditChain(db: Db, pageSize = 5000): Promise<VerifyReport> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>=', expectedSeq).orderBy('seq').limit(pageSize).execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      const row = { ...r, seq: Number(r.seq) };
      const broken = (reason: string): VerifyReport => ({ ok: false, checked, lastSeq: expectedSeq - 1 || null, firstBrokenSeq: row.seq === expectedSeq ? row.seq : expectedSeq, reason });
      if (row.seq !== expectedSeq) return broken(`缺少第 ${expectedSeq} 条记录（序号不连续）`);
      if (row.prev_hash !== prevHash) return broken(`第 ${row.seq} 条记录的前序哈希与上一条不符`);
      if (hashAuditRow(row) !== row.hash) return broken(`第 ${row.seq} 条记录内容与其哈希不符（记录被修改）`);
      prevHash = row.hash;
      expectedSeq++;
      checked++;
    }
  }
  return { ok: true, checked, lastSeq: checked ? expectedSeq - 1 : null, firstBrokenSeq: null, reason: null };
}
