/**
 * A small streaming XML tokenizer for the parts of an .xlsx (SpreadsheetML is plain, namespaced XML
 * without DTDs): start tags with their attributes, end tags and text, fed chunk by chunk. Element
 * names lose their namespace prefix (`x:row` → `row`). Entities are the five predefined ones and
 * character references; nothing is expanded from a DTD. A text run or tag that grows beyond
 * `maxPending` characters without ending is refused, so one huge cell cannot exhaust memory.
 */

export interface XmlHandler {
  open?(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

export class XmlTooLong extends Error {}

const TAG = /<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e]!;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

const localName = (n: string) => {
  const i = n.indexOf(':');
  return i < 0 ? n : n.slice(i + 1);
};

export class XmlScanner {
  private buf = '';

  constructor(
    private readonly h: XmlHandler,
    private readonly maxPending = 1 << 20,
  ) {}

  push(chunk: string): void {
    const b = this.buf + chunk;
    let i = 0;
    while (i < b.length) {
      const lt = b.indexOf('<', i);
      if (lt < 0) break;
      if (lt > i) this.h.text?.(decodeXml(b.slice(i, lt)));
      i = lt;
      if (b.startsWith('<!--', lt) || b.startsWith('<?', lt) || b.startsWith('<!', lt)) {
        const cdata = b.startsWith('<![CDATA[', lt);
        const closer = cdata ? ']]>' : b[lt + 1] === '?' ? '?>' : b.startsWith('<!--', lt) ? '-->' : '>';
        const end = b.indexOf(closer, lt + 2);
        if (end < 0) break;
        if (cdata) this.h.text?.(b.slice(lt + 9, end));
        i = end + closer.length;
        continue;
      }
      TAG.lastIndex = lt;
      const m = TAG.exec(b);
      // An unfinished tag waits for the next chunk (a malformed one until maxPending is exceeded).
      if (!m) break;
      const name = localName(m[2]!);
      if (m[1]) this.h.close?.(name);
      else {
        const attrs: Record<string, string> = {};
        if (m[3]) for (const a of m[3].matchAll(ATTR)) attrs[localName(a[1]!)] = decodeXml(a[2] ?? a[3] ?? '');
        this.h.open?.(name, attrs, m[4] === '/');
        if (m[4] === '/') this.h.close?.(name);
      }
      i = TAG.lastIndex;
    }
    // Keep what is unfinished (text may hold a split entity, a tag may be cut in half).
    this.buf = b.slice(i);
    if (this.buf.length > this.maxPending) throw new XmlTooLong('text or tag too long');
  }
}
