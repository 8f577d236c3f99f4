import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The token on a document's QR code (security-reference §2.6): an opaque random id (80 bits) and a
 * MAC over it (40 bits, HMAC-SHA256 under a key derived from ZHIFA_SECRET), in Crockford base32.
 * Nothing sequential, no personal data; a changed character fails the MAC, so a tampered or
 * invented token is refused without a database lookup. Printed in groups of four for reading aloud
 * (核验码); the parser ignores the dashes, case and the letters Crockford reads as digits.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ID_BYTES = 10;
const MAC_BYTES = 5;

function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

const keyCache = new Map<string, Buffer>();
function keyOf(secret: string): Buffer {
  let key = keyCache.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'zhifa', 'document-verify-token', 32));
    keyCache.set(secret, key);
  }
  return key;
}

const macOf = (secret: string, id: string): string => base32(createHmac('sha256', keyOf(secret)).update(id).digest().subarray(0, MAC_BYTES));

/** Normalises what a person typed or a scanner read: no dashes or spaces, upper case, O→0, I/L→1. */
export const normaliseToken = (token: string): string => token.replace(/[\s-]/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');

export interface VerifyToken {
  /** Stored with the document (unique). */
  id: string;
  /** id + MAC, as in the URL. */
  token: string;
}

export function mintVerifyToken(secret: string): VerifyToken {
  const id = base32(randomBytes(ID_BYTES));
  return { id, token: id + macOf(secret, id) };
}

/** The id inside a token whose MAC checks out, else null (tampered, truncated or invented). */
export function parseVerifyToken(secret: string, token: string): string | null {
  const t = normaliseToken(token);
  if (t.length !== 24 || ![...t].every((c) => ALPHABET.includes(c))) return null;
  const id = t.slice(0, 16);
  const mac = Buffer.from(t.slice(16));
  const expected = Buffer.from(macOf(secret, id));
  return mac.length === expected.length && timingSafeEqual(mac, expected) ? id : null;
}

/** 核验码 as printed: XXXX-XXXX-…. */
export const displayToken = (token: string): string => token.match(/.{1,4}/g)?.join('-') ?? token;
