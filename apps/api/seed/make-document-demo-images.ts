/**
 * Generates the demo seal images of the pilot agencies and the handwritten signatures of the demo
 * officers in seed/assets (run once; the output is committed). Each seal carries its own agency's
 * name and says 演示样章.
 *   npx tsx apps/api/seed/make-document-demo-images.ts
 */
import { demoImageWriter, drawSeal, drawSignature, SEAL_INK, SIGNATURE_INK } from '../../../packages/documents/scripts/demo-images';
import { demoSealNames, demoSignatureNames } from './document-demo-images';

const out = new URL('./assets/', import.meta.url);
const write = demoImageWriter(out);
for (const s of demoSealNames) {
  await write(`seal-${s.file}-agency`, [120, 120], (d) => drawSeal(d, s.name, '演示样章'), SEAL_INK);
  await write(`seal-${s.file}-enforcement`, [120, 120], (d) => drawSeal(d, `${s.name}行政执法专用章`, '演示样章'), SEAL_INK);
}
for (const s of demoSignatureNames) await write(`signature-${s.file}`, [130, 50], (d) => drawSignature(d, s.name), SIGNATURE_INK, 150);
console.log('demo images written to', out.pathname);
