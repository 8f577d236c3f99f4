import { describe, expect, it } from 'vitest';
import { generateSm2KeyPair, sm2Sign, sm2Verify, sm3Hex } from './crypto';
import { fixtures } from './fixtures/index';
import { renderPdf } from './render-pdf';

describe('sm3Hex', () => {
  it('matches the GB/T 32905 test vectors', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(sm3Hex('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
    expect(sm3Hex(new TextEncoder().encode('abc'))).toBe(sm3Hex('abc'));
  });
});

describe('SM2 signatures', () => {
  const keys = generateSm2KeyPair();
  const data = new TextEncoder().encode('铜应急罚〔2024〕5号 — issued PDF bytes');

  it('generates a 256-bit private key and an uncompressed public point', () => {
    expect(keys.privateKey).toMatch(/^[0-9a-f]{64}$/);
    expect(keys.publicKey).toMatch(/^04[0-9a-f]{128}$/);
  });

  it('verifies its own DER signature', () => {
    const signature = sm2Sign(data, keys);
    expect(signature).toMatch(/^30[0-9a-f]+$/);
    expect(sm2Verify(data, signature, keys.publicKey)).toBe(true);
  });

  it('fails when one byte of the document is changed', () => {
    const signature = sm2Sign(data, keys);
    const tampered = Uint8Array.from(data);
    tampered[7] = (tampered[7] ?? 0) ^ 0x01;
    expect(sm2Verify(tampered, signature, keys.publicKey)).toBe(false);
  });

  it('fails with another key, another signer ID or a damaged signature', () => {
    const signature = sm2Sign(data, keys);
    expect(sm2Verify(data, signature, generateSm2KeyPair().publicKey)).toBe(false);
    expect(sm2Verify(data, signature, keys.publicKey, { userId: 'another-signer' })).toBe(false);
    expect(sm2Verify(data, `${signature.slice(0, -2)}00`, keys.publicKey)).toBe(false);
    expect(sm2Verify(data, 'not-a-signature', keys.publicKey)).toBe(false);
  });

  it('uses the signer ID in the Z value', () => {
    const signature = sm2Sign(data, keys, { userId: 'zhifa-agency-610200' });
    expect(sm2Verify(data, signature, keys.publicKey, { userId: 'zhifa-agency-610200' })).toBe(true);
    expect(sm2Verify(data, signature, keys.publicKey)).toBe(false);
  });
});

describe('signing an issued PDF', () => {
  it('verifies the rendered bytes and rejects a copy with one byte changed', async () => {
    const fixture = fixtures['rectification-order'];
    if (!fixture) throw new Error('fixture missing');
    const pdf = await renderPdf(fixture.input);
    const keys = generateSm2KeyPair();
    const signature = sm2Sign(pdf, keys);
    expect(sm3Hex(pdf)).toMatch(/^[0-9a-f]{64}$/);
    expect(sm2Verify(await renderPdf(fixture.input), signature, keys.publicKey)).toBe(true);
    const tampered = Buffer.from(pdf);
    const middle = Math.floor(tampered.length / 2);
    tampered[middle] = (tampered[middle] ?? 0) ^ 0x20;
    expect(sm2Verify(tampered, signature, keys.publicKey)).toBe(false);
  });
});
