import { demoImages } from '@zhifa/documents/fixtures/index';
import { describe, expect, it } from 'vitest';
import { checkImage } from './image-rules';

const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x40, 0x00, 0x50, 0x01, 0x01, 0x11, 0x00, 0xff, 0xd9]);

describe('uploaded images', () => {
  it('accepts the demo seal as a PNG seal and reads its size', () => {
    const r = checkImage(demoImages.agencySeal, 'seal');
    expect(r.ok).toBe(true);
    expect(r.ok && r.type).toBe('png');
  });

  it('refuses a JPEG seal, a truncated PNG, an oversized file and junk, naming the rule', () => {
    expect(checkImage(jpeg, 'seal')).toEqual({ ok: false, message: '印章图片：只接受 PNG 格式（收到的是 JPEG）' });
    expect(checkImage(demoImages.agencySeal.subarray(0, 200), 'seal')).toMatchObject({ ok: false, message: expect.stringMatching(/不是有效的图片/) });
    expect(checkImage(Buffer.concat([demoImages.agencySeal, Buffer.alloc(1024 * 1024)]), 'seal')).toMatchObject({ ok: false, message: expect.stringMatching(/不能超过 1024 KB/) });
    expect(checkImage(Buffer.from('<svg/>'), 'signature')).toMatchObject({ ok: false });
  });

  it('accepts a JPEG photo of a signed receipt', () => {
    expect(checkImage(jpeg, 'receipt')).toEqual({ ok: true, type: 'jpeg', width: 80, height: 64 });
  });
});
