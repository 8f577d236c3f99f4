import type { Config } from '../config';
import type { Clock } from '../clock';
import type { Db, Dialect } from '../db/connect';
import { inTransaction, type Tx } from '../db/tx';
import { appendAudit, type AuditActor, type AuditEntry } from '../audit/audit';
import type { Actor } from '../auth/actor';
import type { Scope } from '../auth/scope';

/** Everything the server shares: built once at start, passed to every request context. */
export interface AppDeps {
  db: Db;
  dialect: Dialect;
  config: Config;
  clock: Clock;
}

/** What a handler and the service it calls know about the request. */
export interface Ctx extends AppDeps {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  actor: Actor | null;
  /** The data scope of the route's permission (empty for public and `authenticated` routes). */
  scope: Scope;
  auditActor: AuditActor;
  now(): string;
  /** Runs `fn` in one transaction; write its audit record with `ctx.audit(tx, …)` inside. */
  tx<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  audit(tx: Tx, entry: AuditEntry): Promise<void>;
}

export function makeCtx(deps: AppDeps, req: { requestId: string; ip: string | null; userAgent: string | null }, actor: Actor | null, scope: Scope, auditActor: AuditActor): Ctx {
  return {
    ...deps,
    ...req,
    actor,
    scope,
    auditActor,
    now: () => deps.clock.now().toISOString(),
    tx: (fn) => inTransaction(deps.db, fn),
    audit: async (tx, entry) => {
      await appendAudit(tx, auditActor, entry, deps.clock.now().toISOString());
    },
  };
}
