import { DotLoading, ErrorBlock, List, PullToRefresh, Tag } from 'antd-mobile';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../api/error-message';
import { fetchMyTasks, type MyTasks } from './tasks-api';

/** Days from `today` to `due` (YYYY-MM-DD), negative when overdue. */
function daysLeft(due: string, today: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/**
 * 我的任务: the inspection tasks a scheme or a 双随机 draw assigned to this officer, nearest due first.
 * The offline inspection itself comes with the inspections issue.
 */
export function TasksPage() {
  const [data, setData] = useState<MyTasks | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      setData(await fetchMyTasks());
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

  return (
    <section className="page" aria-labelledby="tasks-title">
      <h1 id="tasks-title" className="page-title">我的任务</h1>
      <PullToRefresh onRefresh={load}>
        {error ? <ErrorBlock status="disconnected" title="任务加载失败" description={error} /> : null}
        {!data && !error ? (
          <div className="tasks-loading">
            <DotLoading /> 正在加载任务
          </div>
        ) : null}
        {data && data.items.length === 0 ? (
          <ErrorBlock
            className="tasks-empty"
            status="empty"
            title="暂无任务"
            description={data.officer ? '检查计划或检查方案分派给您的任务会显示在这里。' : '您的账号尚未关联执法人员库中的人员，请联系管理员。'}
          />
        ) : null}
        {data && data.items.length > 0 ? (
          <List className="tasks-list" aria-label="任务列表">
            {data.items.map((t) => {
              const left = daysLeft(t.dueTo, today);
              return (
                <List.Item
                  key={t.id}
                  data-testid="task-item"
                  description={
                    <>
                      <div>
                        检查期限：{t.dueFrom} 至 {t.dueTo}
                      </div>
                      <div>
                        来源：{t.sourceLabel} · {t.agencyName}
                      </div>
                      <div>检查人员：{t.officers.join('、')}</div>
                    </>
                  }
                  extra={left < 0 ? <Tag color="danger">已逾期</Tag> : left <= 7 ? <Tag color="warning">剩 {left} 天</Tag> : <Tag color="primary">待检查</Tag>}
                >
                  <span className="task-enterprise">{t.enterpriseName}</span>
                </List.Item>
              );
            })}
          </List>
        ) : null}
      </PullToRefresh>
    </section>
  );
}
