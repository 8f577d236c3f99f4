import { ErrorBlock } from 'antd-mobile';

/** 我的任务. Tasks arrive with the inspections issue; until then, the empty state. */
export function TasksPage() {
  return (
    <section className="page" aria-labelledby="tasks-title">
      <h1 id="tasks-title" className="page-title">我的任务</h1>
      <ErrorBlock
        className="tasks-empty"
        status="empty"
        title="暂无任务"
        description="检查计划或检查方案分派给您的任务会显示在这里。任务下载到本机后，没有网络也能办理。"
      />
    </section>
  );
}
