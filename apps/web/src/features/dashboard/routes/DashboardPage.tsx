import { dataScopeLabel } from '@zhifa/shared';
import { Alert, Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import { createElement } from 'react';
import { Link } from 'react-router-dom';
import { menuEntries } from '../../../app/menu';
import { PageContainer } from '../../../components/PageContainer';
import { dayjs, formatDate } from '../../../lib/format';
import { hasPermission, useSession } from '../../auth/session';

function greeting(): string {
  const h = dayjs().tz('Asia/Shanghai').hour();
  return h < 11 ? '上午好' : h < 13 ? '中午好' : h < 18 ? '下午好' : '晚上好';
}

/** 工作台: who I am, my roles and data scope, and the pages I can open. */
export function DashboardPage() {
  const me = useSession();
  const shortcuts = menuEntries.filter((e) => e.path !== '/' && hasPermission(me, e.permission));
  const expiresInDays = me.passwordExpiresAt ? dayjs(me.passwordExpiresAt).diff(dayjs(), 'day') : null;

  return (
    <PageContainer title="工作台" description={`${greeting()}，${me.displayName}。欢迎使用应急管理综合行政执法系统。`}>
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
        <Col xs={24} xl={14}>
          <Card title="我的账户">
            <Descriptions
              column={1}
              bordered
              size="middle"
              items={[
                { key: 'name', label: '姓名', children: `${me.displayName}（${me.username}）` },
                { key: 'agency', label: '所属机关', children: me.agency.name },
                { key: 'unit', label: '所属科室', children: me.unit?.name ?? '—' },
                {
                  key: 'totp',
                  label: '动态口令',
                  children: me.totpEnabled ? <Tag color="success">已启用</Tag> : <Tag>未启用</Tag>,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title="我的角色与数据范围">
            {me.roles.length ? (
              <ul className="role-scope-list">
                {me.roles.map((r) => (
                  <li key={r.roleId}>
                    <span className="role-scope-name">{r.roleName}</span>
                    <Tag color="blue">数据范围：{dataScopeLabel[r.dataScope]}</Tag>
                  </li>
                ))}
              </ul>
            ) : (
              <Typography.Text type="secondary">您的账户尚未分配角色，请联系本单位系统管理员。</Typography.Text>
            )}
          </Card>
        </Col>
        <Col span={24}>
          <Card title="常用功能">
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
