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

// `now` and `tx` depend only on the server's deps: made once per server, not on every request.
const sharedByDeps = new WeakMap<AppDeps, Pick<Ctx, 'now' | 'tx'>>();
function sharedOf(deps: AppDeps): Pick<Ctx, 'now' | 'tx'> {
  let shared = sharedByDeps.get(deps);
  if (!shared) {
    shared = { now: () => deps.clock.now().toISOString(), tx: (fn) => inTransaction(deps.db, fn) };
    sharedByDeps.set(deps, shared);
  }
  return shared;
}

export function makeCtx(deps: AppDeps, req: { requestId: string; ip: string | null; userAgent: string | null }, actor: Actor | null, scope: Scope, auditActor: AuditActor): Ctx {
  const { now, tx } = sharedOf(deps);
  return {
    ...deps,
    ...req,
    actor,
    scope,
    auditActor,
    now,
    tx,
    audit: async (t, entry) => {
      await appendAudit(t, auditActor, entry, deps.clock.now().toISOString());
    },
  };
}
