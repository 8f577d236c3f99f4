import { PlusOutlined } from '@ant-design/icons';
import { dataScopeLabel, permissionCatalogue } from '@zhifa/shared';
import { App, Button, Card, Popconfirm, Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { showError } from '../../../lib/show-error';
import { useAgencies } from '../../org/api';
import { useApiTokens, useRevokeApiToken, type ApiToken, type TokenView } from '../api';
import { ApiTokenCreateDrawer } from '../components/ApiTokenCreateDrawer';
import { ApiTokenCreatedModal } from '../components/ApiTokenCreatedModal';
import { ApiTokenStatusTag, tokenState } from '../components/ApiTokenStatusTag';

const permissionLabel = new Map(permissionCatalogue.map((p) => [p.permission as string, p.label]));

/**
 * 接口令牌. `all` (安全保密管理员): every token with the account it acts for, revoke only.
 * `mine` (an account holding 接口对接): create and revoke the account's own tokens; the secret is shown once.
 */
export function ApiTokensPage({ view }: { view: TokenView }) {
  const tokens = useApiTokens(view);
  const agencies = useAgencies();
  const revoke = useRevokeApiToken(view);
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const agencyName = useMemo(() => new Map((agencies.data ?? []).map((a) => [a.id, a.name])), [agencies.data]);

  const columns: ColumnsType<ApiToken> = [
    { title: '名称', dataIndex: 'name', key: 'name', width: 200 },
    { title: '令牌前缀', dataIndex: 'prefix', key: 'prefix', width: 130, render: (p: string) => <code>{p}…</code> },
    {
      title: '权限',
      key: 'permissions',
      width: 90,
      render: (_, t) => (
        <Tooltip title={t.permissions.map((p) => permissionLabel.get(p) ?? p).join('、')}>
          <span className="dotted">{t.permissions.length} 项</span>
        </Tooltip>
      ),
    },
    ...(view === 'all'
      ? [{ title: '所属账户', key: 'account', width: 170, render: (_: unknown, t: ApiToken) => (t.username ? `${t.userDisplayName}（${t.username}）` : <span className="muted">未绑定账户（旧令牌）</span>) }]
      : []),
    { title: '所属机关', key: 'agency', width: 170, render: (_, t) => agencyName.get(t.agencyId) ?? '—' },
    { title: '数据范围', key: 'scope', width: 110, render: (_, t) => dataScopeLabel[t.dataScope] },
    { title: '创建时间', dataIndex: 'createdAt', key: 'createdAt', width: 170, render: formatDateTime },
    { title: '到期时间', dataIndex: 'expiresAt', key: 'expiresAt', width: 170, render: (t: string | null) => (t ? formatDateTime(t) : '长期有效') },
    { title: '最近使用', dataIndex: 'lastUsedAt', key: 'lastUsedAt', width: 170, render: (t: string | null) => (t ? formatDateTime(t) : <span className="muted">未使用</span>) },
    { title: '状态', key: 'status', width: 90, render: (_, t) => <ApiTokenStatusTag token={t} /> },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, t) =>
        tokenState(t) === 'revoked' ? null : (
          <Popconfirm
            title={`吊销令牌“${t.name}”？`}
            description="吊销后使用该令牌的系统将立即无法访问，且不能恢复。"
            okText="吊销"
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              revoke.mutateAsync(t.id).then(
                () => message.success(`已吊销令牌“${t.name}”`),
                (err: unknown) => showError(message, err),
              )
            }
          >
            <Button type="link" size="small" danger>
              吊销
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <PageContainer
      title={view === 'all' ? '接口令牌' : '我的接口令牌'}
      description={
        view === 'all'
          ? '全部接口令牌及其所属业务账户。令牌由业务账户本人创建，只能使用该账户当前的权限与数据范围；安全保密管理员可查看与吊销，不能创建。'
          : '供其他系统（如上级执法监督平台）以本账户的身份调用本系统接口。令牌的权限与数据范围不会超出本账户；账户的角色变化立即生效。'
      }
      extra={
        view === 'mine' ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            创建接口令牌
          </Button>
        ) : null
      }
    >
      <Card>
        {tokens.isError ? <QueryErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} /> : null}
        <Table<ApiToken>
          rowKey="id"
          columns={columns}
          dataSource={tokens.data ?? []}
          loading={tokens.isPending}
          size="middle"
          scroll={{ x: 1300 }}
          pagination={false}
          locale={{ emptyText: '尚未创建接口令牌' }}
        />
      </Card>
      <ApiTokenCreateDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(t) => {
          setCreating(false);
          setCreated(t);
        }}
      />
      <ApiTokenCreatedModal token={created} onClose={() => setCreated(null)} />
    </PageContainer>
  );
}
