import { BellOutlined } from '@ant-design/icons';
import type { Notification } from '@zhifa/shared/contract/approval';
import { Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../../lib/format';
import { useMarkRead, useNotifications, useUnreadCount } from '../api';

/** The header bell: unread count, the latest unread notifications, and a way to the full list. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const count = useUnreadCount();
  const latest = useNotifications({ page: 1, pageSize: 6, unread: 'true' });
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const unread = count.data?.unread ?? 0;

  const go = (n: Notification) => {
    markRead.mutate(n.id);
    setOpen(false);
    if (n.link) void navigate(n.link);
  };

  const content = (
    <div className="notification-popover">
      {latest.data?.items.length ? (
        <List
          size="small"
          dataSource={latest.data.items}
          renderItem={(n) => (
            <List.Item className="notification-item" onClick={() => go(n)}>
              <div>
                <div>{n.title}</div>
                <Typography.Text type="secondary" className="notification-time">
                  {formatDateTime(n.createdAt)}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有未读通知" />
      )}
      <Flex justify="space-between" className="notification-footer">
        <Button type="link" size="small" disabled={!unread} loading={markRead.isPending && markRead.variables === 'all'} onClick={() => markRead.mutate('all')}>
          全部标为已读
        </Button>
        <Link to="/notifications" onClick={() => setOpen(false)}>
          查看全部通知
        </Link>
      </Flex>
    </div>
  );

  return (
    <Popover content={content} title="通知" trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen}>
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button type="text" className="app-header-icon" icon={<BellOutlined />} aria-label={unread ? `通知（${unread} 条未读）` : '通知'} />
      </Badge>
    </Popover>
  );
}
