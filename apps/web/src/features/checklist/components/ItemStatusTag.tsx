import { checkItemStatusLabel, type CheckItemStatus } from '@zhifa/shared/contract/checklist';
import { Tag } from 'antd';

const color: Record<CheckItemStatus, string> = { draft: 'default', legalReview: 'processing', published: 'success', retired: 'error' };

export function ItemStatusTag({ status }: { status: CheckItemStatus }) {
  return <Tag color={color[status]}>{checkItemStatusLabel[status]}</Tag>;
}
