import { lawKindLabel, lawKinds, type Law, type LawDetail, type LawKind, type LawVersionCreateData, type LawVersionSummary, type ProvisionCreateData, type ProvisionDetail, type ProvisionTreeNode } from '@zhifa/shared/contract/law';
import { toChinaDate } from '@zhifa/shared/rules/discretion';
import type { Db } from '../../platform/db/connect';
import type { LawTable, LawVersionTable, ProvisionTable } from '../../platform/db/schema';
import type { Ctx } from '../../platform/http/context';
import { invalidField, notFound } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import { upsertSearchDocument, type SearchDocumentInput } from '../search/search.service';
import * as items from './check-item.repository';
import * as repo from './law.repository';
import { visibilityFor } from './owner-visibility';
import { citationFor } from '@zhifa/shared/rules/provision-citation';
import { provisionSortOrder, structureProblem } from './provision-rules';

export const today = (ctx: Pick<Ctx, 'clock'>): string => toChinaDate(ctx.clock.now());

type VersionRow = LawVersionTable & { provision_count?: number | string | null };

export const toVersion = (r: VersionRow, date: string): LawVersionSummary => ({
  id: r.id,
  key: r.key,
  lawId: r.law_id,
  tag: r.tag,
  title: r.title,
  documentNumber: r.document_number,
  adoptedOn: r.adopted_on,
  effectiveFrom: r.effective_from,
  effectiveTo: r.effective_to,
  source: r.source,
  textSource: r.text_source,
  verified: r.verified === 1,
  note: r.note,
  provisionCount: Number(r.provision_count ?? 0),
  inForce: r.effective_from <= date && (r.effective_to === null || date <= r.effective_to),
});

function toLaw(r: LawTable, versions: LawVersionSummary[]): Law {
  const current = versions.find((v) => v.inForce) ?? versions[versions.length - 1] ?? null;
  return { id: r.id, key: r.key, title: r.title, shortTitle: r.short_title, kind: r.kind as LawKind, issuer: r.issuer, versionCount: versions.length, currentVersion: current };
}

export async function listLaws(ctx: Ctx, f: { q?: string | undefined; kind?: LawKind | undefined }): Promise<Law[]> {
  const laws = (await repo.listLaws(ctx.db, f)).sort((a, b) => lawKinds.indexOf(a.kind as LawKind) - lawKinds.indexOf(b.kind as LawKind) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
  const versions = await repo.listVersions(ctx.db, laws.map((l) => l.id));
  const date = today(ctx);
  return laws.map((l) => toLaw(l, versions.filter((v) => v.law_id === l.id).map((v) => toVersion(v, date))));
}

export async function getLaw(ctx: Ctx, id: string): Promise<LawDetail> {
  const law = await repo.findLaw(ctx.db, id);
  if (!law) throw notFound('法律法规');
  const date = today(ctx);
  const versions = (await repo.listVersions(ctx.db, [id])).map((v) => toVersion(v, date));
  return { ...toLaw(law, versions), versions };
}

/** A version's provisions as a tree: 条 → 款 → 项 → 目. */
export async function provisionTree(ctx: Ctx, versionId: string) {
  const version = await repo.findVersion(ctx.db, versionId);
  if (!version) throw notFound('法律法规版本');
  const law = (await repo.findLaw(ctx.db, version.law_id))!;
  const [withCount] = await repo.listVersions(ctx.db, [law.id]).then((vs) => vs.filter((v) => v.id === versionId));
  const rows = await repo.listProvisions(ctx.db, versionId);
  const nodes = new Map<string, ProvisionTreeNode>(rows.map((r) => [r.id, { ...repo.toProvision(r), children: [] }]));
  const articles: ProvisionTreeNode[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id)!;
    const parent = r.parent_id ? nodes.get(r.parent_id) : undefined;
    if (parent) parent.children.push(node);
    else articles.push(node);
  }
  return { version: toVersion(withCount ?? version, today(ctx)), law: { id: law.id, title: law.title, shortTitle: law.short_title }, articles };
}

/** One provision with its citation, its place in the tree and where it is used. */
export async function getProvision(ctx: Ctx, id: string): Promise<ProvisionDetail> {
  const row = await repo.findProvision(ctx.db, id);
  if (!row) throw notFound('法律条款');
  const plain = (await repo.findVersion(ctx.db, row.law_version_id))!;
  const version = (await repo.listVersions(ctx.db, [plain.law_id])).find((v) => v.id === plain.id) ?? plain;
  const law = (await repo.findLaw(ctx.db, plain.law_id))!;
  const ancestors: ProvisionTable[] = [];
  for (let p = row.parent_id; p; ) {
    const parent = await repo.findProvision(ctx.db, p);
    if (!parent) break;
    ancestors.unshift(parent);
    p = parent.parent_id;
  }
  const [children, violations, checkItems] = await Promise.all([
    repo.childProvisions(ctx.db, id),
    repo.violationsCiting(ctx.db, id),
    items.itemsCiting(ctx.db, visibilityFor(ctx.actor, ctx.scope), id),
  ]);
  return {
    ...repo.toProvision(row),
    law: { id: law.id, title: law.title, shortTitle: law.short_title, kind: law.kind as LawKind },
    version: toVersion(version, today(ctx)),
    ancestors: ancestors.map(repo.toProvision),
    children: children.map(repo.toProvision),
    usedBy: {
      violations: violations.map((v) => ({ id: v.id, code: v.code, name: v.name, role: v.role })),
      checkItems: checkItems.map((c) => ({ id: c.id, code: c.code, content: c.content, status: c.status, checklistName: c.checklist_name, role: c.role })),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Search documents for the law library
// ---------------------------------------------------------------------------------------------

export function lawSearchDocument(law: Pick<LawTable, 'id' | 'title' | 'short_title' | 'kind' | 'issuer' | 'updated_at'>, documentNumbers: readonly string[]): SearchDocumentInput {
  return {
    entityType: 'law',
    entityId: law.id,
    agencyId: null,
    title: law.title,
    subtitle: `${lawKindLabel[law.kind as LawKind] ?? law.kind} · ${law.issuer}`,
    body: [law.short_title, ...documentNumbers].join('；'),
    sortKey: law.title,
    updatedAt: law.updated_at,
  };
}

export function provisionSearchDocument(p: Pick<ProvisionTable, 'id' | 'citation' | 'text' | 'heading' | 'sort_order' | 'updated_at'>, version: Pick<LawVersionTable, 'key' | 'id' | 'effective_from' | 'effective_to'>): SearchDocumentInput {
  const period = `${version.effective_from} 起施行${version.effective_to ? `，${version.effective_to} 失效` : ''}`;
  return {
    entityType: 'provision',
    entityId: p.id,
    agencyId: null,
    title: p.citation,
    subtitle: p.heading ? `${p.heading} · ${period}` : period,
    body: p.text,
    sortKey: `${version.key ?? version.id}:${String(p.sort_order).padStart(10, '0')}`,
    updatedAt: p.updated_at,
  };
}

// ---------------------------------------------------------------------------------------------
// 法律法规库维护 (law.manage)
// ---------------------------------------------------------------------------------------------

export async function createLaw(ctx: Ctx, input: { title: string; shortTitle: string; kind: LawKind; issuer: string }): Promise<Law> {
  if (await repo.findLawByTitle(ctx.db, input.title)) throw invalidField('body.title', '法律法规名称：已存在同名法律法规，请为其新增版本');
  const now = ctx.now();
  const row: LawTable = { id: newId(), key: null, title: input.title, short_title: input.shortTitle, kind: input.kind, issuer: input.issuer, created_at: now, updated_at: now };
  await ctx.tx(async (tx) => {
    await repo.insertLaw(tx, row);
    await upsertSearchDocument(tx, lawSearchDocument(row, []));
    await ctx.audit(tx, { action: 'checklist.law.create', objectType: 'law', objectId: row.id, detail: { title: input.title, kind: input.kind } });
  });
  return toLaw(row, []);
}

export async function createVersion(ctx: Ctx, lawId: string, input: LawVersionCreateData): Promise<LawVersionSummary> {
  const law = await repo.findLaw(ctx.db, lawId);
  if (!law) throw notFound('法律法规');
  if (await repo.findVersionByTag(ctx.db, lawId, input.tag)) throw invalidField('body.tag', '版本标识：该法律法规已有相同标识的版本');
  const versions = await repo.listVersions(ctx.db, [lawId]);
  const overlap = versions.find((v) => v.effective_from <= (input.effectiveTo ?? '9999-12-31') && input.effectiveFrom <= (v.effective_to ?? '9999-12-31'));
  if (overlap) {
    throw invalidField('body.effectiveFrom', `施行日期：与版本“${overlap.tag}”（${overlap.effective_from} 至 ${overlap.effective_to ?? '今'}）的施行期间重叠，请先为旧版本设置失效日期`);
  }
  const now = ctx.now();
  const row: LawVersionTable = {
    id: newId(), key: null, law_id: lawId, tag: input.tag, title: input.title, document_number: input.documentNumber, adopted_on: input.adoptedOn,
    effective_from: input.effectiveFrom, effective_to: input.effectiveTo, source: input.source, text_source: input.textSource, verified: input.verified ? 1 : 0,
    note: input.note, created_at: now, updated_at: now,
  };
  const numbers = [...versions.map((v) => v.document_number), input.documentNumber].filter((n): n is string => Boolean(n));
  await ctx.tx(async (tx) => {
    await repo.insertVersion(tx, row);
    await upsertSearchDocument(tx, lawSearchDocument({ ...law, updated_at: now }, numbers));
    await ctx.audit(tx, { action: 'checklist.lawVersion.create', objectType: 'lawVersion', objectId: row.id, detail: { lawId, tag: input.tag, effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo, verified: input.verified } });
  });
  return toVersion({ ...row, provision_count: 0 }, today(ctx));
}

export async function createProvision(ctx: Ctx, versionId: string, input: ProvisionCreateData) {
  const version = await repo.findVersion(ctx.db, versionId);
  if (!version) throw notFound('法律法规版本');
  const parent = input.parentId ? await repo.findProvision(ctx.db, input.parentId) : null;
  if (input.parentId && (!parent || parent.law_version_id !== versionId)) throw invalidField('body.parentId', '上级条款：不存在或不属于该版本');
  const n = { article: input.article, paragraph: input.paragraph, item: input.item, subItem: input.subItem };
  const problem = structureProblem(n, parent ? { article: parent.article, paragraph: parent.paragraph, item: parent.item, subItem: parent.sub_item } : null);
  if (problem) throw invalidField(problem.path, problem.message);
  if (await repo.findSameNumber(ctx.db, versionId, n)) throw invalidField('body.article', '条：该版本中已有相同序号的条款');
  const multiParagraph = input.item === null ? input.paragraph !== null : await repo.articleHasParagraphRows(ctx.db, versionId, input.article);
  const now = ctx.now();
  const row: ProvisionTable = {
    id: newId(), key: null, law_version_id: versionId, parent_id: parent?.id ?? null, article: input.article, paragraph: input.paragraph, item: input.item, sub_item: input.subItem,
    heading: input.heading ?? parent?.heading ?? null, text: input.text, text_is_paraphrase: input.textIsParaphrase ? 1 : 0,
    citation: input.citation ?? citationFor(version.title, n, multiParagraph), note: input.note, sort_order: provisionSortOrder(n), created_at: now, updated_at: now, kind: input.kind,
  };
  await ctx.tx(async (tx) => {
    await repo.insertProvision(tx, row);
    await upsertSearchDocument(tx, provisionSearchDocument(row, version));
    await ctx.audit(tx, { action: 'checklist.provision.create', objectType: 'provision', objectId: row.id, detail: { lawVersionId: versionId, citation: row.citation, paraphrase: input.textIsParaphrase } });
  });
  return repo.toProvision(row);
}

/** For other modules (cases, documents): the citation and text of provisions by id. */
export async function provisionRefs(db: Db, ids: readonly string[], date: string) {
  return (await repo.provisionRefs(db, ids)).map((r) => repo.toProvisionRef(r, date));
}

