/**
 * The entries of a .zip held in memory, read from its central directory, and one entry's content as
 * a stream of inflated chunks. Nothing is inflated until asked for, inflation runs in zlib's thread
 * pool chunk by chunk (the event loop stays free), and a caller stops as soon as it has enough, so a
 * small file that inflates to gigabytes (a "zip bomb") never costs more than the caller's limit.
 */
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  headerOffset: number;
}

export class ZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
const CHUNK = 16 * 1024;

export function zipEntries(zip: Buffer): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== CENTRAL) throw new ZipError('broken central directory');
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    let compressedSize = zip.readUInt32LE(p + 20);
    const uncompressed32 = zip.readUInt32LE(p + 24);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    let headerOffset = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
    if (compressedSize === MAX32 || headerOffset === MAX32) {
      // ZIP64: the 8-byte values follow in extra field 0x0001, only for the fields set to 0xFFFFFFFF.
      let e = p + 46 + nameLen;
      const end = e + extraLen;
      while (e + 4 <= end) {
        const id = zip.readUInt16LE(e);
        const size = zip.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (uncompressed32 === MAX32) q += 8;
          if (compressedSize === MAX32) {
            compressedSize = Number(zip.readBigUInt64LE(q));
            q += 8;
          }
          if (headerOffset === MAX32) headerOffset = Number(zip.readBigUInt64LE(q));
        }
        e += 4 + size;
      }
    }
    if (!(flags & 1)) entries.set(name.replace(/^\/+/, ''), { name, method, compressedSize, headerOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** An entry's content in chunks of at most 16 KB (small enough that handling one never blocks the event loop for long); throws `tooLarge()` once more than `maxBytes` came out. */
export async function* entryChunks(zip: Buffer, entry: ZipEntry, maxBytes: number, tooLarge: () => Error): AsyncGenerator<Buffer> {
  const h = entry.headerOffset;
  if (h + 30 > zip.length || zip.readUInt32LE(h) !== LOCAL) throw new ZipError('broken local header');
  const start = h + 30 + zip.readUInt16LE(h + 26) + zip.readUInt16LE(h + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  let total = 0;
  if (entry.method === 0) {
    for (let i = 0; i < data.length; i += CHUNK) {
      total += Math.min(CHUNK, data.length - i);
      if (total > maxBytes) throw tooLarge();
      yield data.subarray(i, i + CHUNK);
    }
    return;
  }
  if (entry.method !== 8) throw new ZipError(`compression method ${entry.method}`);
  const inflater = createInflateRaw({ chunkSize: CHUNK });
  inflater.end(data);
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge();
      yield chunk;
    }
  } finally {
    inflater.destroy();
  }
}
