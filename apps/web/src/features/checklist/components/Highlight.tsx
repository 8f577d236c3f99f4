import type { Mark } from '@zhifa/shared/contract/search';
import { Fragment } from 'react';

/** Text with the server's match offsets shown as <mark> (no HTML from the server is trusted). */
export function Highlight({ text, marks }: { text: string; marks: readonly Mark[] }) {
  if (!marks.length) return <>{text}</>;
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [a, b] of marks) {
    if (a > at) parts.push({ text: text.slice(at, a), hit: false });
    parts.push({ text: text.slice(a, b), hit: true });
    at = b;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return (
    <>
      {parts.map((p, i) => (p.hit ? <mark key={i} className="hl">{p.text}</mark> : <Fragment key={i}>{p.text}</Fragment>))}
    </>
  );
}
