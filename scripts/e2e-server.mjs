// The server the browser tests talk to: a fresh SQLite database with demo data (port 3100 by default).
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const port = process.argv[2] ?? '3100';
const dataDir = join(root, `.tmp/e2e-data-${port}`);
rmSync(dataDir, { recursive: true, force: true });
const env = { ...process.env, PORT: port, HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: `file:${join(dataDir, 'zhifa.db')}`, ZHIFA_DEMO: 'true', ZHIFA_LOG_LEVEL: 'warn' };
const child = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, 'apps/api/src/main.ts')], { stdio: 'inherit', cwd: root, env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
