/**
 * Generates the demo seal and signature PNGs in src/fixtures/assets (run once; the output is
 * committed).
 *   npx tsx packages/documents/scripts/make-demo-images.ts
 */
import { demoImageWriter, drawSeal, drawSignature, SEAL_INK, SIGNATURE_INK } from './demo-images';

const out = new URL('../src/fixtures/assets/', import.meta.url);
const write = demoImageWriter(out);
await write('demo-agency-seal', [120, 120], (d) => drawSeal(d, '铜川市应急管理局', '演示样章'), SEAL_INK);
await write('demo-enforcement-seal', [120, 120], (d) => drawSeal(d, '铜川市应急管理局行政执法专用章', '演示样章'), SEAL_INK);
await write('demo-signature-party', [130, 50], (d) => drawSignature(d, '赵志刚'), SIGNATURE_INK, 150);
await write('demo-signature-officer-1', [130, 50], (d) => drawSignature(d, '张建国'), SIGNATURE_INK, 150);
await write('demo-signature-officer-2', [130, 50], (d) => drawSignature(d, '李明'), SIGNATURE_INK, 150);
console.log('demo images written to', out.pathname);
