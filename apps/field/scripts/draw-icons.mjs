// Draws the field app's icons (a white shield with a check mark on 应急 blue) into public/, using
// only Node built-ins: shapes are rasterised with 4×4 supersampling and written as PNG via zlib.
// Run after changing the design: `node scripts/draw-icons.mjs` (the PNGs are committed).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const out = new URL('../public/', import.meta.url);
const BLUE = [10, 58, 130]; // #0a3a82, the manifest's theme colour
const WHITE = [255, 255, 255];

// Geometry on a 512 × 512 canvas. The shield is a closed path of cubic Béziers.
const shield = [
  ['M', 256, 92],
  ['C', 300, 122, 352, 136, 392, 136],
  ['L', 392, 252],
  ['C', 392, 338, 334, 394, 256, 428],
  ['C', 178, 394, 120, 338, 120, 252],
  ['L', 120, 136],
  ['C', 160, 136, 212, 122, 256, 92],
];
const check = { points: [[190, 262], [238, 310], [326, 214]], width: 34 };

function flatten(path) {
  const pts = [];
  let cur = [0, 0];
  for (const [op, ...a] of path) {
    if (op === 'M' || op === 'L') {
      cur = [a[0], a[1]];
      pts.push(cur);
    } else {
      const [x1, y1, x2, y2, x, y] = a;
      for (let i = 1; i <= 24; i++) {
        const t = i / 24;
        const u = 1 - t;
        pts.push([u * u * u * cur[0] + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x, u * u * u * cur[1] + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y]);
      }
      cur = [x, y];
    }
  }
  return pts;
}
const shieldPoly = flatten(shield);
const bbox = shieldPoly.reduce(([x0, y0, x1, y1], [x, y]) => [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)], [Infinity, Infinity, -Infinity, -Infinity]);

function inPolygon(x, y, poly) {
  if (x < bbox[0] || x > bbox[2] || y < bbox[1] || y > bbox[3]) return false;
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function nearPolyline(x, y, { points, width }) {
  const r2 = (width / 2) ** 2;
  for (let i = 0; i < points.length - 1; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[i + 1];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= r2) return true;
  }
  return false;
}

function inRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 512 - r);
  const cy = Math.min(Math.max(y, r), 512 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Colour (or null for transparent) at a point of the 512 design. */
function sample(x, y, { corner, scale }) {
  if (corner > 0 && !inRoundedSquare(x, y, corner)) return null;
  // Scale the artwork about the centre (scale < 1 shrinks it; the maskable icon keeps a margin inside the 80 % safe zone).
  const sx = 256 + (x - 256) / scale;
  const sy = 260 + (y - 256) / scale;
  if (inPolygon(sx, sy, shieldPoly)) return nearPolyline(sx, sy, check) ? BLUE : WHITE;
  return BLUE;
}

function render(size, opts) {
  const ss = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let i = 0; i < ss; i++) {
        for (let j = 0; j < ss; j++) {
          const c = sample(((px + (j + 0.5) / ss) * 512) / size, ((py + (i + 0.5) / ss) * 512) / size, opts);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a++;
        }
      }
      const o = (py * size + px) * 4;
      if (a) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return rgba;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const icons = [
  { file: 'icon-192.png', size: 192, corner: 96, scale: 1 },
  { file: 'icon-512.png', size: 512, corner: 96, scale: 1 },
  // Maskable: full bleed; launchers crop to a circle or squircle, so the art shrinks into the safe zone.
  { file: 'icon-maskable-512.png', size: 512, corner: 0, scale: 0.85 },
  // iOS rounds the corners itself and shows transparency as black.
  { file: 'apple-touch-icon.png', size: 180, corner: 0, scale: 0.9 },
];
for (const { file, size, ...opts } of icons) {
  writeFileSync(new URL(file, out), png(size, render(size, opts)));
  console.log(`public/${file} ${size}×${size}`);
}

const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const d = shield.map(([op, ...a]) => `${op}${a.join(' ')}`).join(' ') + ' Z';
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="96" fill="${hex(BLUE)}"/>
  <path transform="translate(0 -4)" d="${d}" fill="${hex(WHITE)}"/>
  <polyline transform="translate(0 -4)" points="${check.points.map((p) => p.join(',')).join(' ')}" fill="none" stroke="${hex(BLUE)}" stroke-width="${check.width}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;
writeFileSync(new URL('favicon.svg', out), svg);
console.log('public/favicon.svg');
