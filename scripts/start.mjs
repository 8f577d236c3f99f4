// `npm start`: build the front ends if needed, then run the server (SQLite under ./data by default).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

const root = new URL('..', import.meta.url).pathname;
if (!existsSync(join(root, 'node_modules/.bin/tsx'))) {
  console.error('缺少依赖，请先运行 npm install');
  process.exit(1);
}
buildIfStale();
const child = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, 'apps/api/src/main.ts')], { stdio: 'inherit', cwd: root, env: process.env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
