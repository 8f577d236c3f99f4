/** Pixel size of a PNG from its IHDR chunk (the first chunk, at a fixed offset). */
export function pngSize(data: Uint8Array): { width: number; height: number } {
  const isPng = data.length >= 24 && data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47;
  if (!isPng) throw new RangeError('图片应为 PNG 格式');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
