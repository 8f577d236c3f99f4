/**
 * Renders every fixture to PDF (and DOCX when asked) into a folder, for looking at them:
 *   npx tsx packages/documents/scripts/render-fixtures.ts /tmp/zhifa-docs [--docx]
 *   pdftoppm -r 60 -png /tmp/zhifa-docs/rectification-order.pdf out
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures } from '../src/fixtures/index';
import { renderPdf } from '../src/render-pdf';

const dir = process.argv[2] ?? '.tmp/documents';
mkdirSync(dir, { recursive: true });
let failed = 0;
for (const [code, fixture] of Object.entries(fixtures)) {
  try {
    writeFileSync(join(dir, `${code}.pdf`), await renderPdf(fixture.input));
  } catch (error) {
    failed++;
    console.error(`${code}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log(`${Object.keys(fixtures).length - failed} rendered, ${failed} failed → ${dir}`);
process.exitCode = failed ? 1 : 0;
