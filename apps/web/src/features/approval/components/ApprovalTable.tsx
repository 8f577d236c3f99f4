import type { Page } from '@zhifa/shared';
import type { ApprovalBox, ApprovalListItem } from '@zhifa/shared/contract/approval';
import { Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../lib/format';
import { stepNumber } from '../labels';
import { ApprovalStatusTag } from './ApprovalStatusTag';

export interface ApprovalTableProps {
  box: ApprovalBox;
  data: Page<ApprovalListItem> | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

const emptyText: Record<ApprovalBox, string> = { todo: '暂无待办审批', done: '暂无已办审批', mine: '您还没有发起过审批' };

/** One inbox: 待办 shows when each task reached me (and whether it is overdue); the others the latest state. */
export function ApprovalTable({ box, data, loading, onPageChange }: ApprovalTableProps) {
  const columns: ColumnsType<ApprovalListItem> = [
    {
      title: '审批事项',
      key: 'title',
      render: (_, a) => (
        <div className="two-line">
          <Link to={`/approvals/${a.id}`} className="approval-title-link">
            {a.title}
          </Link>
          {a.summary ? <div className="muted approval-summary">{a.summary}</div> : null}
        </div>
      ),
    },
    { title: '类型', dataIndex: 'objectTypeLabel', key: 'type', width: 150 },
    {
      title: '状态 / 当前步骤',
      key: 'status',
      width: 210,
      render: (_, a) => (
        <div className="two-line">
          <ApprovalStatusTag status={a.status} />
          {a.status === 'pending' && a.currentStep !== null ? <div className="muted">{`${stepNumber(a.currentStep)} ${a.currentStepName ?? ''}`}</div> : null}
        </div>
      ),
    },
    {
      title: '提交人',
      key: 'submitter',
      width: 190,
      render: (_, a) => (
        <div className="two-line">
          <div>{a.submitterName}</div>
          <div className="muted">{a.agencyName}</div>
        </div>
      ),
    },
    box === 'todo'
      ? {
          title: '到达时间',
          key: 'since',
          width: 190,
          render: (_, a) => (
            <span>
              {formatDateTime(a.taskSince)}
              {a.overdue ? (
                <Tooltip title="已超过该步骤的催办时限">
                  <Tag color="red" className="inline-tag">
                    超时
                  </Tag>
                </Tooltip>
              ) : null}
            </span>
          ),
        }
      : { title: box === 'mine' ? '提交时间' : '最近更新', key: 'time', width: 170, render: (_, a) => formatDateTime(box === 'mine' ? a.submittedAt : a.updatedAt) },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, a) => <Link to={`/approvals/${a.id}`}>{box === 'todo' ? '办理' : '查看'}</Link>,
    },
  ];
  return (
    <Table<ApprovalListItem>
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      size="middle"
      scroll={{ x: 980 }}
      locale={{ emptyText: emptyText[box] }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (t) => `共 ${t} 条`,
        onChange: onPageChange,
      }}
    />
  );
}
