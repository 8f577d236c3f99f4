import { dataScopeLabel } from '@zhifa/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Card, Col, Descriptions, Row, Tag } from 'antd';
import { PageContainer } from '../../../components/PageContainer';
import { formatDate } from '../../../lib/format';
import { meKey } from '../../auth/api';
import { ChangePasswordForm } from '../../auth/components/ChangePasswordForm';
import { useSession } from '../../auth/session';
import { TotpCard } from '../components/TotpCard';

/** 个人设置: my account, password and 动态口令. */
export function ProfilePage() {
  const me = useSession();
  const qc = useQueryClient();
  return (
    <PageContainer title="个人设置" description="查看本人账户信息，修改密码，管理动态口令。">
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <div className="stack">
            <Card title="我的信息">
              <Descriptions
                column={1}
                bordered
                size="middle"
                items={[
                  { key: 'username', label: '用户名', children: me.username },
                  { key: 'name', label: '姓名', children: me.displayName },
                  { key: 'agency', label: '所属机关', children: me.agency.name },
                  { key: 'unit', label: '所属科室', children: me.unit?.name ?? '—' },
                  {
                    key: 'roles',
                    label: '角色（数据范围）',
                    children: me.roles.length ? (
                      <span className="tag-list">
                        {me.roles.map((r) => (
                          <Tag key={r.roleId} color="blue">
                            {r.roleName}（{dataScopeLabel[r.dataScope]}）
                          </Tag>
                        ))}
                      </span>
                    ) : (
                      '未分配角色'
                    ),
                  },
                  { key: 'expires', label: '密码有效期至', children: me.passwordExpiresAt ? formatDate(me.passwordExpiresAt) : '长期有效' },
                  { key: 'idle', label: '空闲自动退出', children: `${me.idleTimeoutMinutes} 分钟无操作后自动退出登录` },
                ]}
              />
            </Card>
            <TotpCard />
          </div>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="修改密码">
            <ChangePasswordForm onChanged={() => void qc.invalidateQueries({ queryKey: meKey })} />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
