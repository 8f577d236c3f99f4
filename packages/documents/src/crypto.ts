import { createHash } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';

/**
 * 国密 helpers used to sign issued PDFs: SM3 digests (GB/T 32905) and SM2 signatures (GB/T 32918)
 * with the standard user ID and the Z value (`hash: true`), DER-encoded so that OpenSSL and other
 * GM libraries can verify them.
 */

export interface Sm2KeyPair {
  /** 64 hex characters. */
  privateKey: string;
  /** Uncompressed point, 04 + 128 hex characters. */
  publicKey: string;
}

/** SM3 digest as lowercase hex (node:crypto, OpenSSL 3). */
export const sm3Hex = (data: Uint8Array | string): string => createHash('sm3').update(data).digest('hex');

export function generateSm2KeyPair(): Sm2KeyPair {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  return { privateKey, publicKey };
}

export interface Sm2Options {
  /** Signer ID in the Z value; GB/T 35276 default 1234567812345678. */
  userId?: string;
}

/** SM2 signature over `data` (hex, DER). Pass the public key to skip recomputing it. */
export function sm2Sign(data: Uint8Array, keyPair: Sm2KeyPair, options: Sm2Options = {}): string {
  return sm2.doSignature(data, keyPair.privateKey, {
    hash: true,
    der: true,
    publicKey: keyPair.publicKey,
    ...(options.userId ? { userId: options.userId } : {}),
  });
}

/** True when `signature` is a valid SM2 signature of exactly these bytes by `publicKey`. */
export function sm2Verify(data: Uint8Array, signature: string, publicKey: string, options: Sm2Options = {}): boolean {
  try {
    return sm2.doVerifySignature(data, signature, publicKey, { hash: true, der: true, ...(options.userId ? { userId: options.userId } : {}) });
  } catch {
    // Malformed signatures or keys verify as false rather than throwing into the caller.
    return false;
  }
}
