/**
 * Measures PDF rendering throughput on one core (the target is ≥ 60 two-page documents per second):
 *   npx tsx packages/documents/scripts/bench-render.ts [document-type] [count]
 */
import { fixtures } from '../src/fixtures/index';
import { renderDocx } from '../src/render-docx';
import { renderPdf } from '../src/render-pdf';

const code = process.argv[2] ?? 'rectification-order';
const count = Number(process.argv[3] ?? 200);
const fixture = fixtures[code];
if (!fixture) throw new Error(`没有文书类型 ${code} 的样例数据`);

const first = performance.now();
const pdf = await renderPdf(fixture.input);
console.log(`${code}: first render (font parsing included) ${(performance.now() - first).toFixed(0)} ms, ${pdf.length} bytes`);
for (let i = 0; i < 20; i++) await renderPdf(fixture.input);

for (const [label, render] of [
  ['pdf', renderPdf],
  ['docx', renderDocx],
] as const) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < count; i++) await render(fixture.input);
  const ms = (performance.now() - start) / count;
  // CPU time per document is what "per core" means; wall time also counts other processes' load.
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000 / count;
  console.log(`${label}: ${count} renders, wall ${ms.toFixed(1)} ms (${(1000 / ms).toFixed(1)} docs/s), CPU ${cpuMs.toFixed(1)} ms (${(1000 / cpuMs).toFixed(1)} docs/s per core)`);
}
