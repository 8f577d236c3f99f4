// `npm run bench -- <name>`: runs one benchmark (or all) and updates bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const names = process.argv.slice(2);
const all = ['http', 'import', 'import-bomb', 'pdf', 'planning', 'bundle'];
for (const n of names.length ? names : all) {
  const file = new URL(`./${n}.mjs`, import.meta.url).pathname;
  if (!existsSync(file)) {
    console.error(`unknown benchmark ${n}; known: ${all.join(', ')}`);
    process.exit(2);
  }
  const r = spawnSync('node', [file], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
