import { documentTypes } from '@zhifa/documents/document-types';
import type { ApprovalActionKind, ApprovalObjectTypeInfo, ApprovalObjectView, ApprovalStatus } from '@zhifa/shared/contract/approval';
import type { Tx } from '../../platform/db/tx';
import type { Ctx } from '../../platform/http/context';

/** What an owning module learns about the approval of its object. */
export interface ApprovalInstanceInfo {
  id: string;
  objectType: string;
  objectId: string;
  title: string;
  agencyId: string;
  submitterId: string;
  /** The status after the action. */
  status: ApprovalStatus;
  chainId: string;
  chainVersion: number;
}

/** The action that led to the hook call. */
export interface ApprovalEvent {
  action: ApprovalActionKind;
  actorId: string;
  /** The opinion or reason the actor wrote (null when none). */
  opinion: string | null;
  /** For a return: the step it went back to, or null for the submitter. */
  toStep: number | null;
  at: string;
}

/**
 * How a module takes part in approvals. Register once when the module loads:
 *
 * ```ts
 * registerApprovalObjectType({ type: 'document:case-filing-approval', label: '立案审批表', load, onApproved, onRejected });
 * ```
 *
 * - `load` builds the read-only view shown to approvers. The engine calls it only after it has
 *   checked that the caller takes part in the approval (submitter, or assignee of an active or
 *   past step), so `load` must NOT apply the caller's data scope: an approver may sit outside it.
 *   Return null when the object no longer exists.
 * - The `on…` hooks run inside the transaction of the action (same `tx`, before its audit row):
 *   throw an AppError to refuse the action; every change rolls back with it.
 * - `onRejected` ends the approval for good (a case filing that is not approved is closed and
 *   archived, Q3). `onReturned` is called for a return to the submitter (`toStep` null, the object
 *   becomes editable for completion) and to an earlier step. `onWithdrawn` and `onResubmitted`
 *   are optional.
 */
export interface ApprovalObjectType {
  type: string;
  label: string;
  load(ctx: Ctx, objectId: string): Promise<ApprovalObjectView | null>;
  /**
   * Optional: the object as a PDF for the approval page (a draft's preview, an issued original).
   * Like `load`, called only for a participant and without the caller's data scope.
   */
  pdf?(ctx: Ctx, objectId: string): Promise<{ bytes: Buffer; filename: string } | null>;
  onApproved(tx: Tx, ctx: Ctx, instance: ApprovalInstanceInfo, event: ApprovalEvent): Promise<void>;
  onRejected(tx: Tx, ctx: Ctx, instance: ApprovalInstanceInfo, event: ApprovalEvent): Promise<void>;
  onReturned?(tx: Tx, ctx: Ctx, instance: ApprovalInstanceInfo, event: ApprovalEvent): Promise<void>;
  onWithdrawn?(tx: Tx, ctx: Ctx, instance: ApprovalInstanceInfo, event: ApprovalEvent): Promise<void>;
  onResubmitted?(tx: Tx, ctx: Ctx, instance: ApprovalInstanceInfo, event: ApprovalEvent): Promise<void>;
}

const registry = new Map<string, ApprovalObjectType>();

const TYPE_PATTERN = /^[a-z][A-Za-z0-9]*(:[a-z][A-Za-z0-9-]*)?$/;

/** Registers (or replaces) the hooks of an object type. */
export function registerApprovalObjectType(def: ApprovalObjectType): void {
  if (!TYPE_PATTERN.test(def.type)) throw new Error(`approval object type "${def.type}" should look like "caseFiling" or "document:case-filing-approval"`);
  registry.set(def.type, def);
}

export const approvalObjectType = (type: string): ApprovalObjectType | undefined => registry.get(type);

/**
 * Types a chain may be configured for before their module exists: the business objects named in
 * the issue, every document type of @zhifa/documents as `document:<code>`, and the built-in matter.
 */
const planned: { type: string; label: string }[] = [
  { type: 'generic:matter', label: '通用事项审批' },
  { type: 'inspectionScheme', label: '执法检查·现场检查方案' },
  { type: 'caseFiling', label: '案件·立案' },
  { type: 'penaltyDecision', label: '案件·行政处罚决定' },
  { type: 'plan', label: '执法计划' },
  ...documentTypes.map((d) => ({ type: `document:${d.code}`, label: d.name })),
];

export function approvalObjectTypeCatalogue(): ApprovalObjectTypeInfo[] {
  const out = new Map<string, ApprovalObjectTypeInfo>(planned.map((p) => [p.type, { ...p, registered: registry.has(p.type) }]));
  for (const r of registry.values()) out.set(r.type, { type: r.type, label: r.label, registered: true });
  return [...out.values()];
}

export const isKnownObjectType = (type: string): boolean => registry.has(type) || planned.some((p) => p.type === type);

export const objectTypeLabel = (type: string): string => registry.get(type)?.label ?? planned.find((p) => p.type === type)?.label ?? type;
