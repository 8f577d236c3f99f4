/**
 * What the public verification page may show of the party (security-reference §2.6, 等保 personal
 * information): enough to match a printed copy, not enough to identify a person. A person's name
 * keeps its first character; an organisation's name its first four and last four characters.
 */
export function maskPartyName(name: string, kind: 'organization' | 'soleProprietor' | 'individual'): string {
  const chars = [...name.trim()];
  if (kind === 'individual') return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
  if (chars.length <= 8) return chars.slice(0, Math.ceil(chars.length / 2)).join('') + '*'.repeat(chars.length - Math.ceil(chars.length / 2));
  return chars.slice(0, 4).join('') + '*'.repeat(Math.min(chars.length - 8, 6)) + chars.slice(-4).join('');
}
