/** The one place the documents module touches the approval engine (modules/approval): its service and registry only. */
import type { Db } from '../../platform/db/connect';
import type { Tx } from '../../platform/db/tx';
import { registerApprovalObjectType, type ApprovalObjectType } from '../approval/approval-object-types';
import { approvalTrail as engineTrail, hasActiveChain as engineHasActiveChain, isUniqueViolation, startApproval, type ApprovalTrail } from '../approval/approval.service';
import type { Ctx } from '../../platform/http/context';

export type { ApprovalEvent, ApprovalInstanceInfo, ApprovalObjectType } from '../approval/approval-object-types';

export const registerObjectType = (def: ApprovalObjectType): void => registerApprovalObjectType(def);

export const submitForApproval = (tx: Tx, ctx: Ctx, input: { objectType: string; objectId: string; title: string; summary: string | null }): Promise<{ id: string }> =>
  startApproval(tx, ctx, input);

/** True when the agency has an active approval chain for the object type (e.g. `document:rectification-order`). */
export const hasActiveChain = (db: Db | Tx, agencyId: string, objectType: string): Promise<boolean> => engineHasActiveChain(db, agencyId, objectType);

/** A unique index caught a second submit (or insert) racing the first. */
export const uniqueViolation = (e: unknown): boolean => isUniqueViolation(e);

export const documentObjectType = (typeCode: string): string => `document:${typeCode}`;
export const DOCUMENT_TYPE_OBJECT = 'documentType';

export type { ApprovalTrail };
/** The steps and history of an approval (who approved which step, with what opinion, when). */
export const approvalTrail = (db: Db | Tx, instanceId: string): Promise<ApprovalTrail | null> => engineTrail(db, instanceId);
export { approvalRecordsOf, type ApprovalRecord } from '../approval/approval-record.service';
