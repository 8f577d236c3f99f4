// The hand-written baseline for `GET /api/agencies` (issue 7, AP14): Fastify with the two queries
// the route needs written by hand — the session with its user and roles, then the agencies in the
// caller's `org.read` data scope — as prepared statements (better-sqlite3) or named statements
// (pg), against the same database and tables zhifa created. It keeps the checks that matter for a
// fair comparison (cookie, SHA-256 of the token, revocation, idle and absolute timeout, account
// status, permission, scope) and nothing else (no CSRF on a GET, no audit, no response schema).
import { createHash } from 'node:crypto';
import Fastify from 'fastify';

const DB = process.env.BENCH_DB; // file:/path or postgres://…
const IDLE_MS = 30 * 60_000;
const PERMISSION = 'org.read';

const sessionSql = (agg) => `select s.id as session_id, s.last_seen_at, s.expires_at, s.revoked_at,
 u.id, u.agency_id, a.path as agency_path, u.unit_id, u.status, u.admin_locked,
 ur.data_scope, (select ${agg} from role_permissions rp where rp.role_id = r.id) as permissions
from sessions s
inner join users u on u.id = s.user_id
inner join agencies a on a.id = u.agency_id
left join user_roles ur on ur.user_id = u.id
left join roles r on r.id = ur.role_id
where s.id = $1`;
const ORDER = 'order by sort_order, division_code, name';
const agencySql = {
  all: `select * from agencies ${ORDER}`,
  agency: `select * from agencies where id = $1 ${ORDER}`,
  agencyAndBelow: `select * from agencies where id in (select id from agencies where path like $1 escape '\\') ${ORDER}`,
};

let querySession;
let queryAgencies;
if (DB.startsWith('file:')) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(DB.slice(5));
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  const s = db.prepare(sessionSql("group_concat(rp.permission, ',')").replace('$1', '?'));
  const a = Object.fromEntries(Object.entries(agencySql).map(([k, q]) => [k, db.prepare(q.replace('$1', '?'))]));
  querySession = async (id) => s.all(id);
  queryAgencies = async (kind, arg) => (kind === 'all' ? a.all.all() : a[kind].all(arg));
} else {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: DB, max: Number(process.env.ZHIFA_PG_POOL_MAX ?? 10) });
  const text = sessionSql("string_agg(rp.permission, ',')");
  querySession = async (id) => (await pool.query({ name: 'session', text, values: [id] })).rows;
  queryAgencies = async (kind, arg) => (await pool.query({ name: `agencies_${kind}`, text: agencySql[kind], values: kind === 'all' ? [] : [arg] })).rows;
}

const like = (p) => p.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
const toAgency = (r) => ({ id: r.id, parentId: r.parent_id, name: r.name, shortName: r.short_name, divisionCode: r.division_code, level: r.level, status: r.status, sortOrder: r.sort_order });
const unauthenticated = (reply) => reply.status(401).send({ status: 401, detail: '请先登录' });

const app = Fastify({ logger: false });
app.get('/api/agencies', async (req, reply) => {
  const token = /(?:^|;\s*)zhifa_sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  if (!token) return unauthenticated(reply);
  const rows = await querySession(createHash('sha256').update(token).digest('hex'));
  const s = rows[0];
  const now = new Date();
  if (!s || s.revoked_at || now.getTime() > Date.parse(s.last_seen_at) + IDLE_MS || now.toISOString() > s.expires_at) return unauthenticated(reply);
  if (s.status !== 'active' || s.admin_locked) return unauthenticated(reply);
  const scopes = rows.filter((r) => r.permissions?.split(',').includes(PERMISSION)).map((r) => r.data_scope);
  if (!scopes.length) return reply.status(403).send({ status: 403 });
  // officer1's scopes are one of these; a union of several would be one more hand-written query.
  const rowsOut = scopes.includes('all') ? await queryAgencies('all')
    : scopes.includes('agencyAndBelow') ? await queryAgencies('agencyAndBelow', like(s.agency_path))
    : scopes.includes('agency') ? await queryAgencies('agency', s.agency_id)
    : [];
  reply.header('cache-control', 'no-store');
  return rowsOut.map(toAgency);
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('ready');
process.on('SIGTERM', () => process.exit(0)); // lets node --cpu-prof write its profile
