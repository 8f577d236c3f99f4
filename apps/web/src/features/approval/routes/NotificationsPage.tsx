import { Button, Card, List, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { PageContainer } from '../../../components/PageContainer';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { useMarkRead, useNotifications } from '../api';
import '../approval.css';

const kindLabel: Record<string, { label: string; color: string }> = {
  'approval.reminder': { label: '催办', color: 'red' },
  'approval.result': { label: '审批结果', color: 'blue' },
  'approval.delegated': { label: '转办', color: 'purple' },
};

/** 消息通知: reminders and approval results addressed to me (no e-mail is sent). */
export function NotificationsPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const list = useNotifications({ page, pageSize: 20, ...(unreadOnly ? { unread: 'true' as const } : {}) });
  const markRead = useMarkRead();
  const navigate = useNavigate();

  return (
    <PageContainer
      title="消息通知"
      description="审批催办、审批结果与转办提醒。"
      extra={
        <Button onClick={() => markRead.mutate('all')} loading={markRead.isPending && markRead.variables === 'all'}>
          全部标为已读
        </Button>
      }
    >
      <Card>
        <Segmented
          className="mb-16"
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => {
            setUnreadOnly(v === 'unread');
            setPage(1);
          }}
          options={[
            { value: 'all', label: '全部' },
            { value: 'unread', label: '未读' },
          ]}
        />
        {list.isError ? <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <List
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: unreadOnly ? '没有未读通知' : '暂无通知' }}
          pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
          renderItem={(n) => {
            const kind = kindLabel[n.kind];
            return (
              <List.Item
                className={n.readAt ? 'notification-row' : 'notification-row notification-unread'}
                actions={[
                  n.link ? (
                    <Button key="open" type="link" size="small" onClick={() => { if (!n.readAt) markRead.mutate(n.id); void navigate(n.link!); }}>
                      查看
                    </Button>
                  ) : null,
                  !n.readAt ? (
                    <Button key="read" type="link" size="small" onClick={() => markRead.mutate(n.id)}>
                      标为已读
                    </Button>
                  ) : null,
                ].filter(Boolean)}
              >
                <List.Item.Meta
                  title={
                    <span>
                      {kind ? <Tag color={kind.color}>{kind.label}</Tag> : null}
                      {n.title}
                    </span>
                  }
                  description={<Typography.Text type="secondary">{formatDateTime(n.createdAt)}{n.readAt ? ` · 已读` : ' · 未读'}</Typography.Text>}
                />
              </List.Item>
            );
          }}
        />
      </Card>
    </PageContainer>
  );
}
