import { describe, expect, it } from 'vitest';
import { XmlScanner, XmlTooLong, decodeXml } from './xml-scanner';

function scan(chunks: string[], maxPending?: number): string[] {
  const out: string[] = [];
  const s = new XmlScanner(
    {
      open: (n, a, self) => out.push(`<${n}${Object.entries(a).map(([k, v]) => ` ${k}=${v}`).join('')}${self ? '/' : ''}>`),
      close: (n) => out.push(`</${n}>`),
      text: (t) => out.push(t),
    },
    maxPending,
  );
  for (const c of chunks) s.push(c);
  return out;
}

describe('XmlScanner', () => {
  it('reports tags, attributes and text, dropping namespace prefixes and skipping declarations and comments', () => {
    expect(scan(['<?xml version="1.0"?><!-- x --><x:row r="2"><c t=\'s\'><v>7</v></c><c/></x:row>'])).toEqual([
      '<row r=2>', '<c t=s>', '<v>', '7', '</v>', '</c>', '<c/>', '</c>', '</row>',
    ]);
  });

  it('gives the same events however the input is cut into chunks (tags, entities and UTF-8 text split)', () => {
    const xml = '<si><t xml:space="preserve">甲 &amp; 乙 &#x4E19;&lt;</t></si><t><![CDATA[a<b]]></t>';
    const whole = scan([xml]);
    for (let i = 1; i < xml.length; i++) expect(scan([xml.slice(0, i), xml.slice(i)]).join('')).toBe(whole.join(''));
    expect(whole).toContain('甲 & 乙 丙<');
    expect(whole).toContain('a<b');
  });

  it('refuses a text run or tag longer than its limit instead of buffering it', () => {
    expect(() => scan(['<t>', 'a'.repeat(600), 'a'.repeat(600)], 1000)).toThrow(XmlTooLong);
    expect(() => scan(['<c r="', 'x'.repeat(2000)], 1000)).toThrow(XmlTooLong);
  });

  it('decodes the predefined entities and character references only', () => {
    expect(decodeXml('&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&nbsp;')).toBe('<>&"\'AB&nbsp;');
  });
});
