/**
 * What the public verification page may show of the party (security-reference §2.6, 等保 personal
 * information). An organisation's registered name is public and shown in full, so the recipient can
 * confirm the party; a 个体工商户 counts as an organisation (Q5). A natural person's name keeps only
 * its first character and an ID number only its last four characters.
 */
export type PartyKind = 'organization' | 'soleProprietor' | 'individual';

export function maskPartyName(name: string, kind: PartyKind): string {
  const trimmed = name.trim();
  if (kind !== 'individual') return trimmed;
  const chars = [...trimmed];
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
}

/** "**************0015": enough for the person to recognise their own number, nothing more. */
export function maskIdNumber(idNumber: string): string {
  const chars = [...idNumber.trim()];
  if (chars.length <= 4) return '*'.repeat(chars.length);
  return '*'.repeat(chars.length - 4) + chars.slice(-4).join('');
}

export interface MaskedParty {
  party: string;
  partyKind: PartyKind;
  /** Natural persons only, masked. */
  partyIdNumber: string | null;
}

export function maskParty(party: { name: string; kind: PartyKind; idNumber?: string | undefined }): MaskedParty {
  return {
    party: maskPartyName(party.name, party.kind),
    partyKind: party.kind,
    partyIdNumber: party.kind === 'individual' && party.idNumber ? maskIdNumber(party.idNumber) : null,
  };
}
