// Each benchmark owns one section of bench/RESULTS.md, between markers, and rewrites only that.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const file = new URL('./RESULTS.md', import.meta.url).pathname;
const HEADER = '# Benchmark results\n\nWritten by the scripts in `bench/` (`npm run bench -- <name>`); numbers are from the machine named in each section. These are measurements, not tests.\n';

export function writeSection(name, body) {
  let text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const re = new RegExp(`${start}[\\s\\S]*?${end}`);
  text = re.test(text) ? text.replace(re, block) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, text);
}
