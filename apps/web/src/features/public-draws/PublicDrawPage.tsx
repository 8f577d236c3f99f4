import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { replayDraw, type ReplayReport } from '@zhifa/shared/rules/draw-algorithm';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, List, Result, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { SYSTEM_NAME } from '../../lib/brand';
import type { DrawView } from '../planning/api';
import '../planning/planning.css';

class NotFound extends Error {}

async function load(id: string): Promise<DrawView> {
  const res = await fetch(`/api/public/draws/${encodeURIComponent(id)}`, { headers: { accept: 'application/json' } });
  if (res.status === 404 || res.status === 400) throw new NotFound();
  if (res.status === 429) throw new Error('查询过于频繁，请一分钟后再试');
  if (!res.ok) throw new Error(`查询失败（HTTP ${res.status}）`);
  return (await res.json()) as DrawView;
}

/** The algorithm, in words, exactly as `runDraw` in @zhifa/shared/rules/draw-algorithm implements it. */
function AlgorithmText() {
  return (
    <ol className="mb-0">
      <li>抽取前冻结检查对象名录（抽取池，按企业编号排序，每家注明所在层与行业领域）和执法人员名录（本机关持有效执法证的在岗人员，按编号排序，注明专长领域）及回避关系，公布两者的 SHA-256 哈希和随机种子的承诺值 SHA-256(种子)。</li>
      <li>抽取后公开种子（64 位十六进制）。随机数流：第 i 块 = SHA-256(种子 + ":" + i)，i 从 0 开始，每块按大端序读作 8 个 32 位整数；取小于 n 的随机数时，不断取数 x 直到 x &lt; ⌊2³²/n⌋·n，结果为 x mod n。</li>
      <li>各层按层名的码点顺序处理。层内企业按编号排序，从前往后做 Fisher–Yates 洗牌：第 i 步取 j = i + 随机数(剩余个数)，交换第 i 与第 j 个，第 i 个即下一候选企业，直到抽满该层数量或该层用尽。</li>
      <li>对候选企业，可抽执法人员为：无须回避、专长领域包含该企业行业领域（未填专长者视为通用）的人员。不足 k 名（k ≥ 2）则跳过该企业并公开原因；否则用同样的 Fisher–Yates 方法抽取 k 名。</li>
      <li>任何人可用本页的公开数据重新计算：哈希、承诺值与结果全部一致即为复核通过。也可在命令行运行 <Typography.Text code>npm run draw:replay -- 本页地址</Typography.Text>。</li>
    </ol>
  );
}

/** `/public/draws/<id>`: one draw's public data, the algorithm, and a replay in the browser. No login; officers masked. */
export function PublicDrawPage() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: ['public-draw', id], queryFn: () => load(id), retry: false });
  const [report, setReport] = useState<ReplayReport | null>(null);
  const d = q.data;
  const officerText = (ids: string[]) => ids.map((o) => d?.officerLabels[o] ?? o.slice(0, 8)).join('、');

  return (
    <div className="public-draw-page">
      <div className="public-brand">{SYSTEM_NAME} · 双随机抽查公开</div>
      {q.isPending ? <Card className="public-card"><Skeleton active /></Card> : null}
      {q.isError ? (
        <Card className="public-card">
          {q.error instanceof NotFound ? <Result status="warning" title="未找到该抽取" /> : <Result status="error" title="暂时无法查询" subTitle={q.error.message} />}
        </Card>
      ) : null}
      {d ? (
        <>
          <Card className="public-card" title={<span>{d.title}</span>} extra={<Link to="/public/draws">全部抽查</Link>}>
            {d.status === 'voided' ? <Alert type="warning" showIcon className="mb-16" title={`本次抽取已作废：${d.voidReason ?? ''}`} /> : null}
            {d.redrawReason ? <Alert type="info" showIcon className="mb-16" title={`第 ${d.attemptNo} 次抽取（重新抽取理由：${d.redrawReason}）`} /> : null}
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label="执法机关">{d.agencyName}</Descriptions.Item>
              <Descriptions.Item label="状态"><Tag color={d.status === 'drawn' ? 'success' : d.status === 'voided' ? 'default' : 'processing'}>{d.statusLabel}</Tag></Descriptions.Item>
              <Descriptions.Item label="公布承诺时间">{d.committedAt.slice(0, 19).replace('T', ' ')}（UTC）</Descriptions.Item>
              {d.drawnAt ? <Descriptions.Item label="抽取时间">{d.drawnAt.slice(0, 19).replace('T', ' ')}（UTC）</Descriptions.Item> : null}
              <Descriptions.Item label="检查期限">{d.dueFrom} 至 {d.dueTo}</Descriptions.Item>
              <Descriptions.Item label="抽取池">{d.data.pool.length} 家（已排除达到年度检查上限的 {d.filters.atCapExcluded ?? 0} 家）</Descriptions.Item>
              <Descriptions.Item label="分层数量">{Object.entries(d.data.strata).map(([k, n]) => `${d.strataLabels[k] ?? k} ${n} 家`).join('；')}</Descriptions.Item>
              <Descriptions.Item label="执法人员名录">{d.data.officers.length} 名，每家抽 {d.data.officersPerEnterprise} 名；回避关系 {d.data.exclusions.length} 条</Descriptions.Item>
              <Descriptions.Item label="抽取池哈希"><span className="draw-hash" data-testid="pool-hash">{d.data.poolHash}</span></Descriptions.Item>
              <Descriptions.Item label="人员名录哈希"><span className="draw-hash">{d.data.officerHash}</span></Descriptions.Item>
              <Descriptions.Item label="种子承诺值"><span className="draw-hash">{d.data.seedCommitment}</span></Descriptions.Item>
              <Descriptions.Item label="随机种子"><span className="draw-hash" data-testid="seed">{d.data.seed ?? '抽取后公开'}</span></Descriptions.Item>
            </Descriptions>
          </Card>
          {d.data.result ? (
            <Card className="public-card" title={`抽取结果（${d.data.result.picks.length} 家）`}>
              <Table
                size="small"
                rowKey="enterpriseId"
                pagination={false}
                scroll={{ x: true }}
                dataSource={d.data.result.picks}
                columns={[
                  { title: '序号', render: (_, __, i) => i + 1, width: 60 },
                  { title: '被检查单位', dataIndex: 'enterpriseId', render: (e: string) => d.enterpriseNames[e] ?? e },
                  { title: '层', dataIndex: 'stratum', render: (s: string) => d.strataLabels[s] ?? s },
                  { title: '执法人员', dataIndex: 'officerIds', render: officerText },
                ]}
              />
              {d.data.result.skipped.length ? <Typography.Paragraph type="secondary" className="mt-16 mb-0">跳过：{d.data.result.skipped.map((s) => `${d.enterpriseNames[s.enterpriseId] ?? s.enterpriseId}（${s.reason}）`).join('；')}</Typography.Paragraph> : null}
            </Card>
          ) : null}
          <Card className="public-card" title="复核">
            <Button type="primary" disabled={!d.data.seed} onClick={() => setReport(replayDraw(d.data))}>在本机重新计算并比对</Button>
            {report ? (
              <>
                <Alert className="mt-16" type={report.ok ? 'success' : 'error'} showIcon title={report.ok ? '复核一致：公开结果可由公开数据重新计算得到' : '复核不一致'} data-testid="replay-result" />
                <List size="small" dataSource={report.checks} renderItem={(c) => <List.Item>{c.ok ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <CloseCircleFilled style={{ color: '#ff4d4f' }} />} {c.label}</List.Item>} />
              </>
            ) : null}
          </Card>
          <Card className="public-card" title="抽取算法（zhifa-draw-v1）">
            <AlgorithmText />
          </Card>
          <Card className="public-card" title={`抽取池（${d.data.pool.length} 家）`}>
            <Table size="small" rowKey="id" pagination={{ pageSize: 20, showSizeChanger: false }} dataSource={d.data.pool} columns={[{ title: '被检查单位', dataIndex: 'id', render: (e: string) => d.enterpriseNames[e] ?? e }, { title: '层', dataIndex: 'stratum', render: (s: string) => d.strataLabels[s] ?? s }, { title: '编号', dataIndex: 'id', render: (e: string) => <span className="draw-hash">{e}</span> }]} />
          </Card>
        </>
      ) : null}
    </div>
  );
}
