import type { ProvisionRef } from '@zhifa/shared/contract/law';
import { Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';

/** Cited provisions, each linked to its provision page, with its text and data-quality flags. */
export function ProvisionRefList({ refs, showText = true, fullText = false, empty = '—' }: { refs: readonly ProvisionRef[]; showText?: boolean; /** The whole text, not two lines (legal review). */ fullText?: boolean; empty?: string }) {
  if (!refs.length) return <span className="muted">{empty}</span>;
  return (
    <ul className="basis-list">
      {refs.map((r) => (
        <li key={r.id}>
          <Link to={`/laws/provisions/${r.id}`}>{r.citation}</Link>
          {r.textIsParaphrase ? <Tag className="inline-tag">要点转述</Tag> : null}
          {!r.versionVerified ? <Tag className="inline-tag" color="warning">文本未核对</Tag> : null}
          {!r.versionInForce ? <Tag className="inline-tag" color="error">非现行版本</Tag> : null}
          {showText ? (
            <Typography.Paragraph className="provision-brief mb-0" ellipsis={fullText ? false : { rows: 2, expandable: 'collapsible' }}>
              {r.text}
            </Typography.Paragraph>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
