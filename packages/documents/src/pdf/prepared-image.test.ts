import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { demoImages, fixtures } from '../fixtures/index';
import { renderPdf } from '../render-pdf';
import { prepareImage } from './prepared-image';

/** A 2×1 palette PNG: one opaque red pixel, one fully transparent pixel. */
function palettePng(): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, body, Buffer.alloc(4)]); // CRC is not checked by the decoder
  };
  const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 1, 8, 3, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from([255, 0, 0, 0, 0, 255])),
    chunk('tRNS', Buffer.from([255, 0])),
    chunk('IDAT', deflateSync(Buffer.from([0, 0, 1]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('prepareImage', () => {
  it('splits an RGBA seal into colour and alpha once and caches the result', () => {
    const seal = prepareImage(demoImages.agencySeal);
    expect(seal).toMatchObject({ colorSpace: 'DeviceRGB', width: expect.any(Number) });
    expect(seal?.alpha).toBeDefined();
    expect(prepareImage(demoImages.agencySeal)).toBe(seal);
  });

  it('reads palette images with transparency', () => {
    const img = prepareImage(palettePng());
    expect(img).toMatchObject({ width: 2, height: 1, colorSpace: 'DeviceRGB' });
    expect(img?.alpha).toBeDefined();
  });

  it('leaves what it cannot read to pdfkit', () => {
    expect(prepareImage(Buffer.from('not a png'))).toBeNull();
  });

  it('embeds the seal with its transparency mask', async () => {
    const fixture = fixtures['penalty-notice'];
    if (!fixture) throw new Error('fixture missing');
    const list = execFileSync('pdfimages', ['-list', '-'], { input: await renderPdf(fixture.input) }).toString();
    expect(list).toMatch(/\bimage\s+\d+\s+\d+\s+rgb\b/);
    expect(list).toMatch(/\bsmask\b/);
  });
});
