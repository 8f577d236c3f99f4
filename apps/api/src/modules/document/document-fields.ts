import { formDescriptor, newDraftFields, validateFields, withoutSystemOwned, type FieldValidationMode } from '@zhifa/documents';
import { Permission, systemGeneratedDocumentTypes, type DocumentForm, type FieldError } from '@zhifa/shared';
import { toChinaDate } from '@zhifa/shared/rules/discretion';
import { scopeFor } from '../../platform/auth/scope';
import type { Ctx } from '../../platform/http/context';
import { forbidden, invalidFields, notFound, unauthenticated } from '../../platform/http/errors';
import * as officers from '../registry/officer.service';
import type * as typeRepo from './document-type.repository';
import * as numbering from './numbering.service';

/**
 * The template fields of a draft as the API accepts them (issues 7 and 8): checked against the
 * type's field schema — unknown keys refused at every level, sizes bounded by the schema, fields
 * the system fills (approval opinions, payment accounts) refused when typed. A draft may be
 * incomplete; submitting and issuing check the complete schema (draftProblems).
 * Also the form of a type and what a new draft of it starts with.
 */

const fieldPath = (p: string): string => (p ? `body.fields.${p}` : 'body.fields');

/** Field errors of `fields` for the type's template version; empty when acceptable. */
export function fieldErrors(typeCode: string, version: string | undefined, fields: Record<string, unknown>, mode: FieldValidationMode = 'draft'): FieldError[] {
  return validateFields(typeCode, version || undefined, fields, mode).map((i) => ({ path: fieldPath(i.path), message: i.message }));
}

/** Refuses (400, naming each field) template fields a draft may not store. */
export function checkDraftFields(typeCode: string, version: string | undefined, fields: Record<string, unknown>): void {
  const errors = fieldErrors(typeCode, version, fields);
  if (errors.length) throw invalidFields(errors);
}

/** Refuses drafting a type the system generates from its own records (文书送达回执 from a service record). */
export function checkDraftable(t: Pick<typeRepo.TypeRow, 'code' | 'name'>): void {
  const from = systemGeneratedDocumentTypes[t.code];
  if (from) throw invalidFields([{ path: 'body.typeCode', message: `文书类型：${from}，不能手工起草` }]);
}

/** Types whose documents the officers sign need them chosen before a draft is saved (Q9: two). */
export function checkDraftOfficers(t: Pick<typeRepo.TypeRow, 'signatories'>, officerIds: readonly string[]): void {
  const signatories = JSON.parse(t.signatories || '[]') as string[];
  if (signatories.includes('officers') && officerIds.length < 2) {
    throw invalidFields([{ path: 'body.officerIds', message: '执法人员：保存草稿前须选择两名执法人员（文书上显示两名，问题解释第9条）' }]);
  }
}

/** Stored fields without the keys the system fills (a correction starts from the issued fields). */
export const withoutSystemFields = (typeCode: string, fields: Record<string, unknown>): Record<string, unknown> => withoutSystemOwned(typeCode, fields);

/**
 * The form of a type for the caller's agency today, and what a new draft starts with: the drafting
 * officer (when the account is linked to one in the registry), the agency, today's date where a
 * field means today — nothing else, never sample data.
 */
export async function draftForm(ctx: Ctx, t: Pick<typeRepo.TypeRow, 'code' | 'name'>, version: string): Promise<DocumentForm> {
  const actor = ctx.actor;
  if (!actor) throw unauthenticated();
  if (actor.kind !== 'user') throw forbidden('接口令牌不能起草文书');
  let form;
  try {
    form = formDescriptor(t.code, version || undefined);
  } catch {
    throw notFound('文书类型的表单');
  }
  const today = toChinaDate(ctx.clock.now());
  const officerIds: string[] = [];
  const own = await officers.officerIdOfUser(ctx.db, actor.id);
  if (own) {
    const o = await officers.getOfficer({ ...ctx, scope: scopeFor(actor, Permission.OfficerRead) }, own).catch(() => null);
    if (o && o.status === 'active') officerIds.push(o.id);
  }
  const settings = await numbering.settingsRow(ctx.db, actor.agencyId, ctx.now());
  return {
    typeCode: t.code,
    typeName: t.name,
    version: form.version,
    fields: form.fields,
    draft: { fields: newDraftFields(t.code, today), officerIds, agencyName: settings.agency_name, today },
  };
}
