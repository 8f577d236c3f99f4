import { approvalStatusLabel, type ApprovalStatus } from '@zhifa/shared/contract/approval';
import { Tag } from 'antd';
import { approvalStatusColor } from '../labels';

export function ApprovalStatusTag({ status }: { status: ApprovalStatus }) {
  return <Tag color={approvalStatusColor[status]}>{approvalStatusLabel[status]}</Tag>;
}
