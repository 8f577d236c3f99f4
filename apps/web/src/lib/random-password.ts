const SETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '@#%+=!'];

function randomInt(max: number): number {
  const n = new Uint32Array(1);
  crypto.getRandomValues(n);
  return n[0]! % max;
}

/** A random initial password with all four character classes and no look-alike characters. */
export function randomPassword(length = 12): string {
  const chars = SETS.map((s) => s[randomInt(s.length)]!);
  const all = SETS.join('');
  while (chars.length < length) chars.push(all[randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
