import type { ProvisionTreeNode } from '@zhifa/shared/contract/law';
import { Empty, Tag, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { chineseNumeral } from '@zhifa/shared/rules/provision-citation';

function label(p: ProvisionTreeNode): string {
  if (p.subItem !== null) return `${p.subItem}.`;
  if (p.item !== null) return `（${chineseNumeral(p.item)}）`;
  if (p.paragraph !== null) return `第${chineseNumeral(p.paragraph)}款`;
  return `第${chineseNumeral(p.article)}条`;
}

/** The text a node shows: an article with children shows only its first line (the children carry the rest). */
function text(p: ProvisionTreeNode): string {
  if (!p.children.length) return p.text;
  const first = p.text.split('\n')[0] ?? '';
  return p.item === null && p.paragraph === null && p.children.every((c) => c.paragraph !== null && c.item === null) ? '' : first;
}

function toNode(p: ProvisionTreeNode): DataNode {
  return {
    key: p.id,
    title: (
      <span>
        <Link to={`/laws/provisions/${p.id}`} className="provision-num">
          {label(p)}
        </Link>
        {p.textIsParaphrase ? <Tag>要点转述</Tag> : null}
        <span className="provision-text">{text(p)}</span>
      </span>
    ),
    children: p.children.map(toNode),
  };
}

/** 条 → 款 → 项 → 目 of one version, all expanded; each number links to the provision page. */
export function ProvisionTreeView({ articles }: { articles: ProvisionTreeNode[] }) {
  const data = useMemo(() => articles.map(toNode), [articles]);
  const keys = useMemo(() => {
    const out: string[] = [];
    const walk = (n: ProvisionTreeNode) => {
      if (n.children.length) out.push(n.id);
      n.children.forEach(walk);
    };
    articles.forEach(walk);
    return out;
  }, [articles]);
  if (!articles.length) return <Empty description="该版本尚未录入条文" />;
  const headings: string[] = [];
  return (
    <div>
      {articles.map((a) => {
        const showHeading = a.heading && !headings.includes(a.heading);
        if (a.heading && showHeading) headings.push(a.heading);
        return (
          <div key={a.id}>
            {showHeading ? <h4 className="mt-16">{a.heading}</h4> : null}
            <Tree className="provision-tree" treeData={data.filter((d) => d.key === a.id)} defaultExpandedKeys={keys} selectable={false} showLine blockNode />
          </div>
        );
      })}
    </div>
  );
}
