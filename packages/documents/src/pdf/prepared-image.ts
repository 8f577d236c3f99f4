import { deflateSync } from 'node:zlib';
import { decodePng } from './decode-png';

/**
 * PNG images (seals, signatures) decoded, split into colour and alpha and compressed once per
 * buffer, then embedded into every document as ready-made image objects. pdfkit would redo that
 * work for each document, which cost more than all the text of a two-page document.
 */

export interface PreparedImage {
  width: number;
  height: number;
  colorSpace: 'DeviceRGB' | 'DeviceGray';
  /** Deflated colour samples, 8 bits per component. */
  data: Buffer;
  /** Deflated alpha samples, when the image has transparency. */
  alpha?: Buffer;
}

const cache = new WeakMap<Uint8Array, PreparedImage | null>();

/** The prepared image, or null for PNGs this decoder does not handle (pdfkit then embeds them itself). */
export function prepareImage(png: Uint8Array): PreparedImage | null {
  let prepared = cache.get(png);
  if (prepared === undefined) {
    prepared = decode(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
    cache.set(png, prepared);
  }
  return prepared;
}

function decode(png: Buffer): PreparedImage | null {
  const d = decodePng(png);
  return d ? split(d.pixels, d.width, d.height, d.colorType, d.palette, d.transparency) : null;
}

function split(pixels: Uint8Array, width: number, height: number, colorType: number, palette?: Buffer, transparency?: Buffer): PreparedImage {
  const count = width * height;
  const gray = colorType === 0 || colorType === 4;
  const colours = gray ? 1 : 3;
  const colour = new Uint8Array(count * colours);
  const alpha = new Uint8Array(count);
  let hasAlpha = false;
  for (let i = 0; i < count; i++) {
    let a = 255;
    switch (colorType) {
      case 0:
        colour[i] = pixels[i] ?? 0;
        break;
      case 2:
        colour.set(pixels.subarray(i * 3, i * 3 + 3), i * 3);
        break;
      case 3: {
        const index = pixels[i] ?? 0;
        colour.set(palette?.subarray(index * 3, index * 3 + 3) ?? [0, 0, 0], i * 3);
        a = transparency?.[index] ?? 255;
        break;
      }
      case 4:
        colour[i] = pixels[i * 2] ?? 0;
        a = pixels[i * 2 + 1] ?? 255;
        break;
      case 6:
        colour.set(pixels.subarray(i * 4, i * 4 + 3), i * 3);
        a = pixels[i * 4 + 3] ?? 255;
        break;
    }
    alpha[i] = a;
    if (a !== 255) hasAlpha = true;
  }
  const prepared: PreparedImage = { width, height, colorSpace: gray ? 'DeviceGray' : 'DeviceRGB', data: deflateSync(colour) };
  if (hasAlpha) prepared.alpha = deflateSync(alpha);
  return prepared;
}
