import { dataScopeLabel } from '@zhifa/shared';
import { Alert, Card, Col, Empty, Row, Skeleton, Tag } from 'antd';
import { createElement } from 'react';
import { Link } from 'react-router-dom';
import { menuEntries } from '../../../app/menu';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { dayjs, formatDate } from '../../../lib/format';
import { hasPermission, useSession } from '../../auth/session';
import { useWorkbench } from '../api';
import { WorkbenchSectionCard } from '../components/WorkbenchSectionCard';
import '../dashboard.css';

function greeting(): string {
  const h = dayjs().tz('Asia/Shanghai').hour();
  return h < 11 ? '上午好' : h < 13 ? '中午好' : h < 18 ? '下午好' : '晚上好';
}

/** 工作台: what waits for me (approvals, reviews, documents, deadlines, administration to-dos), then my roles and pages. */
export function DashboardPage() {
  const me = useSession();
  const work = useWorkbench();
  const shortcuts = menuEntries.filter((e) => e.path !== '/' && hasPermission(me, e.permission));
  const expiresInDays = me.passwordExpiresAt ? dayjs(me.passwordExpiresAt).diff(dayjs(), 'day') : null;
  const sections = work.data?.sections ?? [];
  const waiting = sections.reduce((n, s) => n + s.count, 0);

  return (
    <PageContainer
      title="工作台"
      description={`${greeting()}，${me.displayName}。${work.data ? (waiting ? `共有 ${waiting} 项事务等待您处理。` : '目前没有等待您处理的事务。') : ''}`}
    >
      {expiresInDays !== null && expiresInDays <= 14 ? (
        <Alert
          className="mb-16"
          type="warning"
          showIcon
          title={`您的密码将于 ${formatDate(me.passwordExpiresAt)} 到期（剩余 ${Math.max(expiresInDays, 0)} 天）`}
          action={<Link to="/profile">立即修改</Link>}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        {work.isError ? (
          <Col span={24}>
            <QueryErrorAlert error={work.error} onRetry={() => void work.refetch()} title="待办事项加载失败" />
          </Col>
        ) : null}
        {work.isPending ? (
          <Col span={24}>
            <Card>
              <Skeleton active />
            </Card>
          </Col>
        ) : null}
        {sections.map((s) => (
          <Col key={s.key} xs={24} lg={12} xxl={8}>
            <WorkbenchSectionCard section={s} />
          </Col>
        ))}
        {work.data && !sections.length ? (
          <Col span={24}>
            <Card>
              <Empty description="您的角色没有需要在工作台处理的事务" />
            </Card>
          </Col>
        ) : null}
        <Col span={24}>
          <Card
            title="常用功能"
            extra={
              <span className="workbench-roles" aria-label="我的角色">
                {me.roles.length ? (
                  me.roles.map((r) => (
                    <Tag key={r.roleId} color="blue">{`${r.roleName}（数据范围：${dataScopeLabel[r.dataScope]}）`}</Tag>
                  ))
                ) : (
                  <Tag>尚未分配角色</Tag>
                )}
                <Tag>{me.unit ? `${me.agency.name} · ${me.unit.name}` : me.agency.name}</Tag>
              </span>
            }
          >
            <div className="shortcut-grid">
              {shortcuts.map((e) => (
                <Link key={e.key} to={e.path} className="shortcut">
                  <span className="shortcut-icon">{createElement(e.icon)}</span>
                  <span>{e.label}</span>
                </Link>
              ))}
            </div>
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
