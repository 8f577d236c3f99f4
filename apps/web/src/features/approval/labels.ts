import type { ApprovalStatus, ApprovalTaskStatus } from '@zhifa/shared/contract/approval';

/** Tag colours of the approval statuses. */
export const approvalStatusColor: Record<ApprovalStatus, string> = {
  pending: 'processing',
  returned: 'warning',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

export const taskStatusColor: Record<ApprovalTaskStatus, string> = {
  open: 'processing',
  approved: 'success',
  returned: 'warning',
  rejected: 'error',
  delegated: 'purple',
  cancelled: 'default',
};

export const stepNumber = (index: number): string => `第 ${index + 1} 步`;
