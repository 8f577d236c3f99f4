/**
 * What an uploaded image must be. Seals and handwritten signatures are PNG only (transparent
 * background, lossless), size-limited; a photo of a signed paper 送达回执 may also be JPEG. Pure:
 * reads the file's own header, never trusts the declared content type.
 */

export type ImageKind = 'seal' | 'signature' | 'receipt' | 'consent';

export const imageLimits: Record<ImageKind, { maxBytes: number; maxSide: number; types: readonly ('png' | 'jpeg' | 'pdf')[]; label: string }> = {
  seal: { maxBytes: 1024 * 1024, maxSide: 2000, types: ['png'], label: '印章图片' },
  signature: { maxBytes: 512 * 1024, maxSide: 2000, types: ['png'], label: '签名图片' },
  receipt: { maxBytes: 10 * 1024 * 1024, maxSide: 10000, types: ['png', 'jpeg'], label: '送达回执照片' },
  consent: { maxBytes: 10 * 1024 * 1024, maxSide: 10000, types: ['png', 'jpeg', 'pdf'], label: '电子送达确认书' },
};

export const mediaTypeOf = { png: 'image/png', jpeg: 'image/jpeg', pdf: 'application/pdf' } as const;

export type ImageCheck = { ok: true; type: 'png' | 'jpeg' | 'pdf'; width: number; height: number } | { ok: false; message: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngInfo(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 33 || !PNG_SIGNATURE.every((v, i) => b[i] === v)) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const type = String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!);
  if (view.getUint32(8) !== 13 || type !== 'IHDR') return null;
  // The file must end with the IEND chunk: a truncated upload is refused.
  const tail = String.fromCharCode(...b.subarray(b.length - 8, b.length - 4));
  if (tail !== 'IEND') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegInfo(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    const len = (b[i + 2]! << 8) | b[i + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { height: (b[i + 5]! << 8) | b[i + 6]!, width: (b[i + 7]! << 8) | b[i + 8]! };
    i += 2 + len;
  }
  return null;
}

const isPdf = (b: Uint8Array): boolean => b.length > 8 && String.fromCharCode(...b.subarray(0, 5)) === '%PDF-';

export function checkImage(bytes: Uint8Array, kind: ImageKind): ImageCheck {
  const lim = imageLimits[kind];
  const allowed = lim.types.map((t) => t.toUpperCase()).join('、');
  if (!bytes.length) return { ok: false, message: `${lim.label}：文件为空` };
  if (bytes.length > lim.maxBytes) return { ok: false, message: `${lim.label}：不能超过 ${Math.round(lim.maxBytes / 1024)} KB（当前 ${Math.ceil(bytes.length / 1024)} KB）` };
  const png = pngInfo(bytes);
  const jpeg = png ? null : jpegInfo(bytes);
  const pdf = !png && !jpeg && isPdf(bytes);
  const type = png ? 'png' : jpeg ? 'jpeg' : pdf ? 'pdf' : null;
  if (!type || !lim.types.includes(type)) return { ok: false, message: `${lim.label}：只接受 ${allowed} 格式${type ? `（收到的是 ${type.toUpperCase()}）` : '（文件内容不是有效的图片）'}` };
  const size = png ?? jpeg ?? { width: 0, height: 0 };
  if (type !== 'pdf' && (size.width < 16 || size.height < 16)) return { ok: false, message: `${lim.label}：图片太小（至少 16×16 像素）` };
  if (size.width > lim.maxSide || size.height > lim.maxSide) return { ok: false, message: `${lim.label}：图片边长不能超过 ${lim.maxSide} 像素` };
  return { ok: true, type, ...size };
}
