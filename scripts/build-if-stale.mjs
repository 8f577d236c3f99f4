// Builds the portal and the field app when their sources are newer than their dist, so a second
// `npm start` skips the build and listens within seconds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs;
  for (const e of readdirSync(path)) {
    if (e === 'node_modules' || e === 'dist') continue;
    m = Math.max(m, newest(join(path, e)));
  }
  return m;
}

export function buildIfStale({ force = false } = {}) {
  const shared = newest(join(root, 'packages/shared/src'));
  for (const app of ['apps/web', 'apps/field']) {
    const dir = join(root, app);
    const marker = join(dir, 'dist/index.html');
    const src = Math.max(shared, newest(join(dir, 'src')), newest(join(dir, 'index.html')), newest(join(dir, 'vite.config.ts')), newest(join(dir, 'public')));
    if (!force && existsSync(marker) && statSync(marker).mtimeMs >= src) continue;
    console.log(`构建 ${app} …`);
    const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: dir, stdio: 'inherit' });
    if (r.status !== 0) {
      console.error(`${app} 构建失败`);
      process.exit(r.status ?? 1);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale({ force: process.argv.includes('--force') });
