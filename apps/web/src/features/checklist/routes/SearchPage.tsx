import type { SearchEntityType } from '@zhifa/shared/contract/search';
import { searchEntityTypeLabel, searchEntityTypes } from '@zhifa/shared/contract/search';
import { Card, Checkbox, Empty, Flex, Input, Skeleton, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { useSearch } from '../api';
import '../checklist.css';
import { Highlight } from '../components/Highlight';
import { hitPath } from '../labels';

/** 全局搜索: hits grouped by type, each within the caller's data scope for that type. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const types = (params.get('types') ?? '').split(',').filter((t): t is SearchEntityType => (searchEntityTypes as readonly string[]).includes(t));
  const result = useSearch(q, types, 20);
  const update = (next: { q?: string; types?: SearchEntityType[] }) => {
    const p = new URLSearchParams(params);
    if (next.q !== undefined) p.set('q', next.q);
    if (next.types !== undefined) {
      if (next.types.length) p.set('types', next.types.join(','));
      else p.delete('types');
    }
    setParams(p, { replace: true });
  };
  const groups = result.data?.groups ?? [];
  return (
    <PageContainer title="全局搜索" description="在检查事项、法律条款、违法行为、法律法规、专项执法和企业中搜索；只显示您有权查看的内容。">
      <Card className="mb-16">
        <Flex vertical gap={12}>
          <Input.Search key={q} size="large" aria-label="搜索词" defaultValue={q} placeholder="输入关键词，如“粉尘”“有限空间”或统一社会信用代码前几位" enterButton="搜索" maxLength={50} onSearch={(t) => update({ q: t.trim() })} />
          <Checkbox.Group value={types} onChange={(v) => update({ types: v as SearchEntityType[] })} options={searchEntityTypes.map((t) => ({ value: t, label: searchEntityTypeLabel[t] }))} />
        </Flex>
      </Card>
      {result.isError ? <QueryErrorAlert error={result.error} onRetry={() => void result.refetch()} /> : null}
      {!q ? <Empty description="请输入搜索词" /> : result.isPending ? <Skeleton active /> : null}
      {q && result.data && !groups.length ? <Empty description={`没有找到与“${q}”相关的内容`} /> : null}
      <div className="stack">
        {groups.map((g) => (
          <Card key={g.type} title={`${g.label}（${g.total}）`} size="small" data-testid={`search-group-${g.type}`}>
            {g.hits.map((h) => {
              const to = hitPath[h.type]?.(h.id) ?? null;
              const title = <Highlight text={h.title} marks={h.titleMarks} />;
              return (
                <div key={h.id} className="search-hit">
                  <div className="search-hit-title">{to ? <Link to={to}>{title}</Link> : title}</div>
                  {h.subtitle ? <div className="search-hit-sub">{h.subtitle}</div> : null}
                  {h.snippet ? (
                    <div className="search-hit-snippet">
                      <Highlight text={h.snippet} marks={h.snippetMarks} />
                    </div>
                  ) : null}
                </div>
              );
            })}
            {g.total > g.hits.length ? (
              <Typography.Text type="secondary">
                仅显示前 {g.hits.length} 条，共 {g.total} 条。{types.length !== 1 ? <a onClick={() => update({ types: [g.type] })}>只看{g.label}</a> : '请使用更具体的关键词。'}
              </Typography.Text>
            ) : null}
          </Card>
        ))}
      </div>
    </PageContainer>
  );
}
