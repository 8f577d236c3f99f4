import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'], { error: '应为 true 或 false' })
  .transform((v) => ['1', 'true', 'on', 'yes'].includes(v));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || v.startsWith('file:') || v.startsWith('postgres://') || v.startsWith('postgresql://'), {
      error: '应以 file: (SQLite) 或 postgres:// (PostgreSQL) 开头',
    }),
  DATA_DIR: z.string().default('./data'),
  ZHIFA_DEMO: bool.optional(),
  ZHIFA_SECRET: z.string().min(32, { error: '至少 32 个字符' }).optional(),
  ZHIFA_TRUST_PROXY: bool.default(false),
  ZHIFA_PUBLIC_URL: z.url({ error: '应为完整网址，例如 https://zhifa.example.gov.cn' }).optional(),
  ZHIFA_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ZHIFA_WEB_DIST: z.string().optional(),
  ZHIFA_FIELD_DIST: z.string().optional(),
  // Evidence object store: the local folder (DATA_DIR/evidence) or S3-compatible storage.
  ZHIFA_STORE: z.enum(['local', 's3'], { error: '应为 local 或 s3' }).default('local'),
  ZHIFA_S3_ENDPOINT: z.url({ error: '应为完整网址，例如 http://minio.internal:9000' }).optional(),
  ZHIFA_S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { error: '应为 3–63 位小写字母、数字、点或连字符' }).optional(),
  ZHIFA_S3_REGION: z.string().min(1).default('us-east-1'),
  ZHIFA_S3_ACCESS_KEY: z.string().min(1).optional(),
  ZHIFA_S3_SECRET_KEY: z.string().min(1).optional(),
  ZHIFA_S3_FORCE_PATH_STYLE: bool.default(true),
  ZHIFA_S3_PREFIX: z.string().regex(/^([A-Za-z0-9._-]+\/)*$/, { error: '应为空或以 / 结尾的路径，例如 zhifa/' }).default(''),
}).superRefine((e, ctx) => {
  if (e.ZHIFA_STORE !== 's3') return;
  if (!e.ZHIFA_S3_BUCKET) ctx.addIssue({ code: 'custom', path: ['ZHIFA_S3_BUCKET'], message: 'ZHIFA_STORE=s3 时必须填写存储桶名称' });
  if (!e.ZHIFA_S3_ACCESS_KEY !== !e.ZHIFA_S3_SECRET_KEY)
    ctx.addIssue({ code: 'custom', path: [e.ZHIFA_S3_ACCESS_KEY ? 'ZHIFA_S3_SECRET_KEY' : 'ZHIFA_S3_ACCESS_KEY'], message: '访问密钥 ID 与密钥须同时填写' });
});

/** Where evidence objects live; the S3 secret is kept out of JSON and logs. */
export type ObjectStoreConfig =
  | { kind: 'local' }
  | { kind: 's3'; endpoint: string | null; bucket: string; region: string; accessKeyId: string | null; secretAccessKey: string | null; forcePathStyle: boolean; prefix: string };

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  dialect: 'sqlite' | 'postgres';
  dataDir: string;
  demo: boolean;
  secret: string;
  trustProxy: boolean;
  publicUrl: string;
  logLevel: string;
  webDist: string | null;
  fieldDist: string | null;
  objectStore: ObjectStoreConfig;
  version: string;
}

export class ConfigError extends Error {}

/** Parses the environment once; an invalid variable stops the process with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`配置错误（环境变量）：\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  // The embedded database lives in DATA_DIR unless DATABASE_URL says otherwise.
  const databaseUrl = e.DATABASE_URL ?? `file:${join(dataDir, 'zhifa.db')}`;
  const dialect = databaseUrl.startsWith('file:') ? 'sqlite' : 'postgres';
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl,
    dialect,
    dataDir,
    demo: e.ZHIFA_DEMO ?? dialect === 'sqlite',
    secret: e.ZHIFA_SECRET ?? loadOrCreateSecret(dataDir),
    trustProxy: e.ZHIFA_TRUST_PROXY,
    publicUrl: e.ZHIFA_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    logLevel: e.ZHIFA_LOG_LEVEL,
    webDist: e.ZHIFA_WEB_DIST ?? null,
    fieldDist: e.ZHIFA_FIELD_DIST ?? null,
    objectStore: objectStoreConfig(e),
    version: readVersion(),
  };
}

function objectStoreConfig(e: z.infer<typeof EnvSchema>): ObjectStoreConfig {
  if (e.ZHIFA_STORE === 'local') return { kind: 'local' };
  const c = {
    kind: 's3' as const,
    endpoint: e.ZHIFA_S3_ENDPOINT ?? null,
    bucket: e.ZHIFA_S3_BUCKET ?? '',
    region: e.ZHIFA_S3_REGION,
    accessKeyId: e.ZHIFA_S3_ACCESS_KEY ?? null,
    secretAccessKey: e.ZHIFA_S3_SECRET_KEY ?? null,
    forcePathStyle: e.ZHIFA_S3_FORCE_PATH_STYLE,
    prefix: e.ZHIFA_S3_PREFIX,
  };
  // Never serialised or printed: JSON.stringify / util.inspect of the config do not show the secret.
  Object.defineProperty(c, 'secretAccessKey', { enumerable: false });
  return c;
}

/** First start writes a random secret into DATA_DIR so sessions and encrypted fields survive restarts. */
function loadOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}
