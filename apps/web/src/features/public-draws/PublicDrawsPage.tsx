import { useQuery } from '@tanstack/react-query';
import { Card, List, Result, Skeleton, Tabs, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { SYSTEM_NAME } from '../../lib/brand';
import '../planning/planning.css';

interface PublicDrawItem {
  id: string;
  agencyName: string;
  title: string;
  attemptNo: number;
  status: 'committed' | 'drawn' | 'voided';
  statusLabel: string;
  committedAt: string;
  picked: number | null;
  voidReason: string | null;
}
interface PublicNotice {
  id: string;
  kindLabel: string;
  agencyName: string;
  title: string;
  body: { organisation?: string; content?: string; person?: string | null; picks?: string[] };
  formedOn: string;
  dueOn: string;
  publishedAt: string | null;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (res.status === 429) throw new Error('查询过于频繁，请一分钟后再试');
  if (!res.ok) throw new Error(`查询失败（HTTP ${res.status}）`);
  return (await res.json()) as T;
}

const statusColor = { committed: 'processing', drawn: 'success', voided: 'default' } as const;

/** `/public/draws`: 一公开 without login — draw plans and results, inspection outcomes and penalty decisions. */
export function PublicDrawsPage() {
  const draws = useQuery({ queryKey: ['public', 'draws'], queryFn: () => getJson<{ items: PublicDrawItem[] }>('/api/public/draws?pageSize=50'), retry: false });
  const notices = useQuery({ queryKey: ['public', 'notices'], queryFn: () => getJson<{ items: PublicNotice[] }>('/api/public/notices?pageSize=50'), retry: false });
  return (
    <div className="public-draw-page">
      <div className="public-brand">{SYSTEM_NAME} · 双随机一公开</div>
      <Card className="public-card">
        <Tabs
          items={[
            {
              key: 'draws',
              label: '抽查计划与结果',
              children: draws.isPending ? <Skeleton active /> : draws.isError ? <Result status="error" title="暂时无法查询" subTitle={draws.error.message} /> : (
                <List
                  dataSource={draws.data.items}
                  locale={{ emptyText: '暂无公开的抽查' }}
                  renderItem={(d) => (
                    <List.Item>
                      <List.Item.Meta
                        title={<Link to={`/public/draws/${d.id}`}>{d.title}</Link>}
                        description={
                          <>
                            {d.agencyName} · 第 {d.attemptNo} 次抽取 · {d.committedAt.slice(0, 10)} <Tag color={statusColor[d.status]}>{d.statusLabel}</Tag>
                            {d.picked !== null ? `抽中 ${d.picked} 家` : null}
                            {d.voidReason ? <div>作废理由：{d.voidReason}</div> : null}
                          </>
                        }
                      />
                    </List.Item>
                  )}
                />
              ),
            },
            {
              key: 'notices',
              label: '检查结果与处罚决定',
              children: notices.isPending ? <Skeleton active /> : notices.isError ? <Result status="error" title="暂时无法查询" subTitle={notices.error.message} /> : (
                <List
                  dataSource={notices.data.items}
                  locale={{ emptyText: '暂无公示' }}
                  renderItem={(n) => (
                    <List.Item>
                      <List.Item.Meta
                        title={<>{n.title} <Tag>{n.kindLabel}</Tag></>}
                        description={
                          <>
                            <div>{n.agencyName} · 公示日期 {n.publishedAt?.slice(0, 10)}（应于 {n.dueOn} 前公示）</div>
                            {n.body.organisation ? <div>单位：{n.body.organisation}{n.body.person ? `；相关人员：${n.body.person}` : ''}</div> : null}
                            {n.body.content ? <Typography.Paragraph className="mb-0">{n.body.content}</Typography.Paragraph> : null}
                            {n.body.picks ? <div>抽中：{n.body.picks.join('、')}</div> : null}
                          </>
                        }
                      />
                    </List.Item>
                  )}
                />
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
