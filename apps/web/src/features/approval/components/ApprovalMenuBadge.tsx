import { Badge } from 'antd';
import { useApprovalCounts } from '../api';

/** The 待办 count next to the 审批中心 menu entry. */
export function ApprovalMenuBadge() {
  const counts = useApprovalCounts();
  const n = counts.data?.todo ?? 0;
  return n ? <Badge count={n} size="small" className="menu-badge" title={`${n} 项待办`} /> : null;
}
