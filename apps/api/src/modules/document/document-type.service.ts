import { DocumentRenderError, documentTypes, getTemplate, getTemplateVersions, renderPdf } from '@zhifa/documents';
import { fixtures } from '@zhifa/documents/fixtures/index';
import { documentKindLabel, documentTypeStatusLabel, sealKindLabel, type DocumentType, type DocumentTypeCreate as DocumentTypeCreateSchema, type DocumentTypeFilingBody, type DocumentTypeStatus, type DocumentTypeUpdate, type DocumentForm, type TemplateInfo, type TemplateSetting } from '@zhifa/shared';
import { toChinaDate } from '@zhifa/shared/rules/discretion';
import { z } from 'zod';
import type { ApprovalObjectView } from '@zhifa/shared/contract/approval';
import type { DocumentTypeTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import type { Ctx } from '../../platform/http/context';
import { conflict, forbidden, invalidField, notFound, unauthenticated } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import { stableId } from '../../platform/stable-id';
import { DOCUMENT_TYPE_OBJECT, submitForApproval, uniqueViolation, type ApprovalObjectType } from './approval-adapter';
import { draftForm } from './document-fields';
import * as repo from './document-type.repository';

/**
 * 文书类型 as data (Q6). The catalogue of @zhifa/documents is seeded into document_types; an
 * agency may add an external type of its own, which stays inactive until its legal department
 * approved it (approval engine, object type `documentType`, chain step 法制审核) and its filing
 * (备案) with the agency one level up is recorded. Internal needs without a form of their own use
 * 行政执法有关事项审批表 (category "other").
 */

function actorOf(ctx: Ctx) {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/** Versions the renderer has for a type (oldest first). */
export const packageVersions = (code: string): string[] => getTemplateVersions(code).map((t) => t.version);

async function visibleAgencyIds(ctx: Ctx): Promise<string[] | null> {
  if (ctx.scope.all) return null;
  const actor = actorOf(ctx);
  return [...new Set([actor.agencyId, ...ctx.scope.agencyIds, ...(await Promise.all(ctx.scope.agencyPaths.map((p) => repo.agencyIdsUnder(ctx.db, p)))).flat()])];
}

const catalogueOrder = new Map(documentTypes.map((t, i) => [t.code, i]));

const present = (r: repo.TypeRow): DocumentType => repo.toDocumentType(r, packageVersions(r.code));

export async function listTypes(ctx: Ctx, q: { status?: DocumentTypeStatus | undefined; kind?: DocumentType['kind'] | undefined; q?: string | undefined }): Promise<DocumentType[]> {
  const rows = await repo.listTypes(ctx.db, await visibleAgencyIds(ctx));
  // The catalogue in its own order (立案 → 检查 → 现场处理 → … → 归档), an agency's own types after it.
  const rank = (code: string) => catalogueOrder.get(code) ?? Number.MAX_SAFE_INTEGER;
  return rows
    .sort((a, b) => rank(a.code) - rank(b.code) || a.created_at.localeCompare(b.created_at))
    .filter((r) => (!q.status || r.status === q.status) && (!q.kind || r.kind === q.kind) && (!q.q || r.name.includes(q.q) || r.code.includes(q.q) || (r.number_code ?? '').includes(q.q)))
    .map(present);
}

/** A type the caller may see: the catalogue, or an own type of an agency in the scope. */
export async function findVisibleType(ctx: Ctx, code: string): Promise<repo.TypeRow> {
  const row = await repo.findType(ctx.db, code);
  if (!row) throw notFound('文书类型');
  const ids = await visibleAgencyIds(ctx);
  if (row.owner_agency_id && ids && !ids.includes(row.owner_agency_id)) throw notFound('文书类型');
  return row;
}

export async function getType(ctx: Ctx, code: string): Promise<DocumentType> {
  return present(await findVisibleType(ctx, code));
}

export async function createType(ctx: Ctx, input: z.output<typeof DocumentTypeCreateSchema>): Promise<DocumentType> {
  const actor = actorOf(ctx);
  if (input.kind === 'internal') {
    throw invalidField('body.kind', '文书种类：内部文书不需新增类型，请使用《行政执法有关事项审批表》（其他类）（问题解释第6条）');
  }
  if (documentTypes.some((t) => t.code === input.code) || (await repo.findType(ctx.db, input.code))) throw invalidField('body.code', '类型代码：已被使用');
  const now = ctx.now();
  const row: DocumentTypeTable = {
    id: newId(), code: input.code, name: input.name, number_code: input.numberCode, number_code_assumed: 0, kind: input.kind, stage: input.stage, numbered: input.numberCode ? 1 : 0,
    must_serve: input.kind === 'record' ? 0 : 1, needs_approval: input.needsApproval ? 1 : 0, seal: input.seal, signatories: JSON.stringify(['officers', 'party']), has_remedies: input.hasRemedies ? 1 : 0,
    category: 'standard', party_kind: null, doc_set: 'local', builtin: 0, owner_agency_id: actor.agencyId, status: 'draft', legal_approval_id: null, legal_approved_at: null,
    filed_on: null, filed_with_agency_id: null, filing_reference: null, filed_by: null, activated_at: null, activated_by: null, note: input.note ?? null, created_at: now, updated_at: now,
  };
  await ctx.tx(async (tx) => {
    await repo.insertType(tx, row);
    await ctx.audit(tx, { action: 'document.type.create', objectType: 'documentType', objectId: row.id, detail: { code: row.code, name: row.name, kind: row.kind } });
  });
  return getType(ctx, row.code);
}

export async function updateType(ctx: Ctx, code: string, patch: DocumentTypeUpdate): Promise<DocumentType> {
  const row = await findVisibleType(ctx, code);
  if (row.builtin && (patch.name !== undefined || patch.seal !== undefined)) {
    throw invalidField(patch.name !== undefined ? 'body.name' : 'body.seal', '标准文书的名称和印章按《执法手册》式样，不能修改；可以修改文书简称和是否需要审批');
  }
  if (!row.builtin && row.status !== 'draft' && row.status !== 'rejected' && (patch.name !== undefined || patch.seal !== undefined)) {
    throw conflict(`文书类型${documentTypeStatusLabel[row.status]}，名称和印章已经法制审核，不能再修改`);
  }
  const changes: Partial<DocumentTypeTable> = {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.numberCode !== undefined ? { number_code: patch.numberCode, number_code_assumed: 0, numbered: 1 } : {}),
    ...(patch.needsApproval !== undefined ? { needs_approval: patch.needsApproval ? 1 : 0 } : {}),
    ...(patch.seal !== undefined ? { seal: patch.seal } : {}),
    ...(patch.note !== undefined ? { note: patch.note ?? null } : {}),
  };
  if (patch.numberCode !== undefined && !row.numbered && row.builtin) throw invalidField('body.numberCode', `文书简称：“${row.name}”按式样没有文书编号`);
  await ctx.tx(async (tx) => {
    await repo.updateType(tx, code, { ...changes, updated_at: ctx.now() });
    await ctx.audit(tx, { action: 'document.type.update', objectType: 'documentType', objectId: row.id, detail: { code, before: { name: row.name, numberCode: row.number_code, needsApproval: row.needs_approval === 1, seal: row.seal }, after: patch } });
  });
  return getType(ctx, code);
}

async function ownType(ctx: Ctx, code: string): Promise<repo.TypeRow> {
  const row = await findVisibleType(ctx, code);
  if (row.builtin) throw conflict('标准文书类型无需法制审核和备案');
  return row;
}

/** Sends an agency's own type to its legal department (approval chain `documentType`). */
export async function submitLegalReview(ctx: Ctx, code: string): Promise<DocumentType> {
  const actor = actorOf(ctx);
  const row = await ownType(ctx, code);
  if (row.status !== 'draft' && row.status !== 'rejected') throw conflict(`文书类型${documentTypeStatusLabel[row.status]}，不能再提交法制审核`);
  if (row.owner_agency_id !== actor.agencyId) throw forbidden('只有新增该文书类型的机关可以提交法制审核');
  try {
    await ctx.tx(async (tx) => {
      const { id } = await submitForApproval(tx, ctx, { objectType: DOCUMENT_TYPE_OBJECT, objectId: row.id, title: `新增文书类型法制审核：${row.name}`, summary: `${documentKindLabel[row.kind]}，${sealKindLabel[row.seal]}${row.note ? `。${row.note}` : ''}` });
      await repo.updateType(tx, code, { status: 'legalReview', legal_approval_id: id, updated_at: ctx.now() });
      await ctx.audit(tx, { action: 'document.type.submitLegalReview', objectType: 'documentType', objectId: row.id, detail: { code, approvalId: id } });
    });
  } catch (e) {
    if (uniqueViolation(e)) throw conflict('该文书类型已在法制审核中');
    throw e;
  }
  return getType(ctx, code);
}

/** Records the filing (备案) with the agency one level up. */
export async function recordFiling(ctx: Ctx, code: string, body: DocumentTypeFilingBody): Promise<DocumentType> {
  const row = await ownType(ctx, code);
  if (row.status !== 'legalApproved' && row.status !== 'active') throw conflict(`文书类型${documentTypeStatusLabel[row.status]}：须经法制机构审核同意后再报上一级机关备案`);
  const owner = row.owner_agency_id ? await repo.findAgencyRow(ctx.db, row.owner_agency_id) : undefined;
  const parent = owner?.parent_id ? await repo.findAgencyRow(ctx.db, owner.parent_id) : undefined;
  if (!parent) throw conflict('本机关没有上一级机关，无法备案');
  if (body.upperAgencyId !== parent.id) throw invalidField('body.upperAgencyId', `备案机关：应为上一级应急管理部门（${parent.name}）`);
  const today = toChinaDate(ctx.clock.now());
  if (body.filedOn > today) throw invalidField('body.filedOn', '备案日期：不能晚于今天');
  if (row.legal_approved_at && body.filedOn < toChinaDate(new Date(row.legal_approved_at))) throw invalidField('body.filedOn', '备案日期：不能早于法制审核同意的日期');
  await ctx.tx(async (tx) => {
    await repo.updateType(tx, code, { filed_on: body.filedOn, filed_with_agency_id: parent.id, filing_reference: body.reference, filed_by: actorOf(ctx).id, updated_at: ctx.now() });
    await ctx.audit(tx, { action: 'document.type.file', objectType: 'documentType', objectId: row.id, detail: { code, filedOn: body.filedOn, upperAgencyId: parent.id, reference: body.reference } });
  });
  return getType(ctx, code);
}

export async function activateType(ctx: Ctx, code: string): Promise<DocumentType> {
  const row = await findVisibleType(ctx, code);
  if (row.status === 'active') throw conflict('文书类型已启用');
  if (!row.builtin) {
    const missing = [
      ...(row.status !== 'legalApproved' && row.status !== 'inactive' ? ['法制机构审核同意'] : []),
      ...(row.filed_on ? [] : ['报上一级应急管理部门备案']),
    ];
    if (row.status === 'inactive' && !row.legal_approved_at) missing.unshift('法制机构审核同意');
    if (missing.length) throw conflict(`新增的对外文书须先${missing.join('并')}，才能启用（问题解释第6条）`);
  }
  await ctx.tx(async (tx) => {
    await repo.updateType(tx, code, { status: 'active', activated_at: ctx.now(), activated_by: actorOf(ctx).id, updated_at: ctx.now() });
    await ctx.audit(tx, { action: 'document.type.activate', objectType: 'documentType', objectId: row.id, detail: { code } });
  });
  return getType(ctx, code);
}

export async function deactivateType(ctx: Ctx, code: string): Promise<DocumentType> {
  const row = await findVisibleType(ctx, code);
  if (row.status !== 'active') throw conflict(`文书类型${documentTypeStatusLabel[row.status]}，无需停用`);
  await ctx.tx(async (tx) => {
    await repo.updateType(tx, code, { status: 'inactive', updated_at: ctx.now() });
    await ctx.audit(tx, { action: 'document.type.deactivate', objectType: 'documentType', objectId: row.id, detail: { code } });
  });
  return getType(ctx, code);
}

// ── approval hooks for an own type's legal review ─────────────────────────────────────────────

const setTypeStatus = (status: DocumentTypeTable['status'], approved = false) => async (tx: Tx, ctx: Ctx, instance: { objectId: string }) => {
  const row = await repo.findTypeById(tx, instance.objectId);
  if (!row) return;
  await repo.updateType(tx, row.code, { status, ...(approved ? { legal_approved_at: ctx.now() } : {}), updated_at: ctx.now() });
};

export const documentTypeObjectType: ApprovalObjectType = {
  type: DOCUMENT_TYPE_OBJECT,
  label: '新增文书类型法制审核',
  async load(ctx, objectId): Promise<ApprovalObjectView | null> {
    const t = await repo.findTypeById(ctx.db, objectId);
    if (!t) return null;
    return {
      title: `新增文书类型：${t.name}`,
      fields: [
        { label: '文书名称', value: t.name },
        { label: '文书简称', value: t.number_code ?? '（不编号）' },
        { label: '文书种类', value: documentKindLabel[t.kind] },
        { label: '印章', value: sealKindLabel[t.seal] },
        { label: '载明救济途径', value: t.has_remedies ? '是' : '否' },
        { label: '新增机关', value: t.owner_agency_name ?? '' },
        { label: '说明', value: t.note ?? '' },
      ],
      links: [{ label: '文书类型管理', href: '/document-admin/types' }],
    };
  },
  onApproved: setTypeStatus('legalApproved', true),
  onRejected: setTypeStatus('rejected'),
  onReturned: async (tx, ctx, instance, event) => setTypeStatus(event.toStep === null ? 'draft' : 'legalReview')(tx, ctx, instance),
  onWithdrawn: setTypeStatus('draft'),
  onResubmitted: setTypeStatus('legalReview'),
};

// ── templates: versions, the version each agency uses, preview ────────────────────────────────

/** The version an agency uses for a type on a date: its setting in force, else the newest. */
export async function versionInForce(db: Ctx['db'] | Tx, agencyId: string, code: string, date: string): Promise<{ version: string; effectiveFrom: string | null }> {
  const s = await repo.settingInForce(db, agencyId, code, date);
  if (s) return { version: s.version, effectiveFrom: s.effective_from };
  const versions = packageVersions(code);
  return { version: versions[versions.length - 1] ?? '', effectiveFrom: null };
}

const toSetting = (r: Awaited<ReturnType<typeof repo.templateSettings>>[number]): TemplateSetting => ({
  id: r.id, agencyId: r.agency_id, agencyName: r.agency_name, typeCode: r.type_code, version: r.version, effectiveFrom: r.effective_from, createdAt: r.created_at,
});

const schemaCache = new Map<string, unknown>();

/** The JSON Schema (with the Chinese labels) of one template version's fields; null when unknown. */
export function fieldsSchemaFor(code: string, version: string): unknown {
  const key = `${code}@${version}`;
  if (!schemaCache.has(key)) {
    let schema: unknown = null;
    try {
      schema = z.toJSONSchema(getTemplate(code, version).fields, { unrepresentable: 'any', io: 'input' });
    } catch {
      schema = null;
    }
    schemaCache.set(key, schema);
  }
  return schemaCache.get(key);
}

function fieldsSchemaOf(code: string): unknown {
  const versions = getTemplateVersions(code);
  const newest = versions[versions.length - 1];
  if (!newest) return null;
  try {
    return z.toJSONSchema(newest.fields, { unrepresentable: 'any', io: 'input' });
  } catch {
    return null;
  }
}

export async function templateInfo(ctx: Ctx, code: string): Promise<TemplateInfo> {
  const type = await findVisibleType(ctx, code);
  const known = new Map((await repo.templateVersionsOf(ctx.db, code)).map((v) => [v.version, v.registered_at]));
  const fixture = fixtures[code];
  const versions = getTemplateVersions(code).map((t) => ({ version: t.version, registeredAt: known.get(t.version) ?? '', title: t.title ?? type.name, hasFixture: Boolean(fixture) }));
  const settings = (await repo.templateSettings(ctx.db, code, await visibleAgencyIds(ctx))).map(toSetting);
  const inForce = await versionInForce(ctx.db, actorOf(ctx).agencyId, code, toChinaDate(ctx.clock.now()));
  return { typeCode: code, versions, settings, inForce, fieldsSchema: fieldsSchemaOf(code) };
}

/** The form of a type (generated from its template's field schema) and what a new draft of it starts with. */
export async function typeForm(ctx: Ctx, code: string): Promise<DocumentForm> {
  const type = await findVisibleType(ctx, code);
  const { version } = await versionInForce(ctx.db, actorOf(ctx).agencyId, code, toChinaDate(ctx.clock.now()));
  return draftForm(ctx, { code: type.code, name: type.name }, version);
}

export async function setTemplateVersion(ctx: Ctx, input: { agencyId: string; typeCode: string; version: string; effectiveFrom: string }): Promise<TemplateInfo> {
  await findVisibleType(ctx, input.typeCode);
  const agency = await repo.findAgencyRow(ctx.db, input.agencyId);
  const ids = await visibleAgencyIds(ctx);
  if (!agency || (ids && !ids.includes(agency.id))) throw invalidField('body.agencyId', '机关：不存在或不在您的管理范围内');
  const versions = packageVersions(input.typeCode);
  if (!versions.includes(input.version)) throw invalidField('body.version', `模板版本：没有 ${input.version} 版（现有：${versions.join('、') || '无'}）`);
  const row = { id: newId(), agency_id: agency.id, type_code: input.typeCode, version: input.version, effective_from: input.effectiveFrom, created_by: actorOf(ctx).id, created_at: ctx.now() };
  await ctx.tx(async (tx) => {
    await repo.upsertTemplateSetting(tx, row);
    await ctx.audit(tx, { action: 'document.template.activate', objectType: 'documentType', objectId: input.typeCode, detail: { agencyId: agency.id, version: input.version, effectiveFrom: input.effectiveFrom } });
  });
  return templateInfo(ctx, input.typeCode);
}

/** A PDF of the template version filled with its fixture (invented demo data). */
export async function previewTemplate(ctx: Ctx, code: string, version: string): Promise<Buffer> {
  await findVisibleType(ctx, code);
  if (!packageVersions(code).includes(version)) throw notFound('模板版本');
  const fixture = fixtures[code];
  if (!fixture) throw conflict('该文书类型没有样例数据，无法预览');
  try {
    return await renderPdf({ ...fixture.input, templateVersion: version, verification: { url: `${ctx.config.publicUrl}/public/verify/PREVIEW`, token: '样例-仅供预览' } });
  } catch (e) {
    if (e instanceof DocumentRenderError) throw conflict(`样例数据与 ${version} 版模板的字段不一致，无法预览：${e.message}`);
    throw e;
  }
}

/** Registers the template versions the renderer has (idempotent; called at seed time). */
export async function registerTemplateVersions(tx: Tx, now: string): Promise<number> {
  let n = 0;
  for (const t of documentTypes) {
    for (const v of packageVersions(t.code)) {
      const r = await repo.insertTemplateVersionIfMissing(tx, { type_code: t.code, version: v, registered_at: now });
      n += Number(r[0]?.numInsertedOrUpdatedRows ?? 0);
    }
  }
  return n;
}

/** Seeds the catalogue into document_types (missing codes only). */
export async function seedCatalogue(tx: Tx, now: string): Promise<number> {
  let n = 0;
  for (const t of documentTypes) {
    const r = await repo.insertTypeIfMissing(tx, {
      id: stableId(`documentType:${t.code}`), code: t.code, name: t.name, number_code: t.numberCode, number_code_assumed: t.numberCodeAssumed ? 1 : 0, kind: t.kind, stage: t.stage,
      numbered: t.numbered ? 1 : 0, must_serve: t.mustServe ? 1 : 0, needs_approval: t.needsApproval ? 1 : 0, seal: t.seal, signatories: JSON.stringify(t.signatories), has_remedies: t.hasRemedies ? 1 : 0,
      category: t.category, party_kind: t.partyKind ?? null, doc_set: t.set, builtin: 1, owner_agency_id: null, status: 'active', legal_approval_id: null, legal_approved_at: null,
      filed_on: null, filed_with_agency_id: null, filing_reference: null, filed_by: null, activated_at: now, activated_by: null, note: null, created_at: now, updated_at: now,
    });
    n += Number(r[0]?.numInsertedOrUpdatedRows ?? 0);
  }
  return n;
}

export const insertTemplateSettingIfMissing = repo.insertTemplateSettingIfMissing;
