// A Vite plugin for the portal and the field app: after the build, writes a brotli (.br) and a
// gzip (.gz) copy of every text asset next to it, with node's zlib (no extra dependency). The
// server (@fastify/static with preCompressed) picks one by the request's Accept-Encoding.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
const MIN_BYTES = 1024;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Compresses `dir`'s text assets in place; returns { files, bytes, br, gz } totals. */
export function precompressDir(dir) {
  const total = { files: 0, bytes: 0, br: 0, gz: 0 };
  for (const path of files(dir)) {
    if (!TEXT.test(path)) continue;
    const raw = readFileSync(path);
    if (raw.length < MIN_BYTES) continue;
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
    const gz = gzipSync(raw, { level: 9 });
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gz);
    total.files++;
    total.bytes += raw.length;
    total.br += br.length;
    total.gz += gz.length;
  }
  return total;
}

export function precompress() {
  let outDir = 'dist';
  return {
    name: 'zhifa-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const t = precompressDir(outDir);
        const kb = (n) => `${Math.round(n / 1024)} KB`;
        console.log(`precompressed ${t.files} files: ${kb(t.bytes)} → brotli ${kb(t.br)}, gzip ${kb(t.gz)}`);
      },
    },
  };
}
