import type { CitationCheck, CitationCheckItem, CitationRole, CitationUpdate, CitedProvision, FieldError } from '@zhifa/shared';
import type { z } from 'zod';
import type { DocumentCitationTable } from '../../platform/db/schema';
import type { Db } from '../../platform/db/connect';
import type { Tx } from '../../platform/db/tx';
import type { Ctx } from '../../platform/http/context';
import { conflict, forbidden, invalidField, notFound } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import { toChinaDate } from '@zhifa/shared/rules/discretion';
import { parseCitations, type CitedRef } from './citation-parse';
import * as citeRepo from './citation.repository';
import * as repo from './document.repository';
import { valuesAt } from './statutory-limits';

/**
 * Citations are references (issue 8): the citation fields of a document are resolved against the law
 * library, in the version in force on the relevant date (the date of the act for the violated
 * provision and its penalty, the issue date for a procedural basis). What resolves is printed as the
 * library cites it; what does not is shown to the drafter and blocks issue unless a reason is recorded.
 * At issue the resolved provision ids and versions are stored with the document.
 */

type Q = Db | Tx;

/** The citation fields of the templates, with the role of what they cite. */
const CITATION_FIELDS: readonly { path: string; role: CitationRole }[] = [
  { path: 'violatedProvisions', role: 'violated' },
  { path: 'problems[].violatedProvision', role: 'violated' },
  { path: 'penaltyProvisions', role: 'penalty' },
  { path: 'basis', role: 'basis' },
];

interface Doc {
  id: string;
  fields: string;
}

const parseFields = (json: string): Record<string, unknown> => JSON.parse(json || '{}') as Record<string, unknown>;

/** The act's date: recorded by the drafter, or the date of 违法行为发生时间 in the fields, or the issue date. */
async function actDateOf(db: Q, doc: Doc, fields: Record<string, unknown>, issueDate: string): Promise<{ date: string; source: CitationCheck['actDateSource']; reasons: Record<string, string> }> {
  const s = await citeRepo.settingsOf(db, doc.id);
  const reasons = s ? (JSON.parse(s.reasons) as Record<string, string>) : {};
  if (s?.act_date) return { date: s.act_date, source: 'recorded', reasons };
  const occurred = fields.occurredAt;
  if (typeof occurred === 'string' && /^\d{4}-\d{2}-\d{2}/.test(occurred)) return { date: occurred.slice(0, 10), source: 'fields', reasons };
  return { date: issueDate, source: 'issueDate', reasons };
}

async function resolveRef(db: Q, ref: CitedRef, date: string): Promise<CitedProvision> {
  const out: CitedProvision = { written: ref.written, provisionId: null, lawVersionId: null, versionTag: null, versionEffectiveFrom: null, citation: null, kind: null, message: null };
  const law = await citeRepo.lawByTitle(db, ref.lawTitle);
  if (!law) return { ...out, message: `法律法规库中没有《${ref.lawTitle}》，请从法律法规库中选择条款` };
  const versions = await citeRepo.versionsOfLaw(db, law.id);
  const v = versions.find((x) => x.effective_from <= date && (x.effective_to === null || date <= x.effective_to));
  if (!v) {
    const known = versions.map((x) => `${x.tag}年版自 ${x.effective_from} 施行`).join('；') || '无';
    return { ...out, message: `《${law.title}》在 ${date} 施行的版本不在法律法规库中（库中：${known}），引用的条文序号可能与当时的文本不同` };
  }
  const paragraph = ref.paragraph ?? (ref.item !== null ? 1 : null);
  const p = await citeRepo.provisionAt(db, v.id, { article: ref.article, paragraph, item: ref.item });
  const base = { ...out, lawVersionId: v.id, versionTag: v.tag, versionEffectiveFrom: v.effective_from };
  if (!p) return { ...base, message: `《${law.title}》（${v.tag}年版，${v.effective_from} 起施行）中没有“${ref.written.replace(/^《[^》]+》/, '')}”，或该条款尚未录入法律法规库` };
  return { ...base, provisionId: p.id, citation: p.citation, kind: p.kind ?? null };
}

async function checkItem(db: Q, path: string, role: CitationRole, text: string, date: string, reason: string | null): Promise<CitationCheckItem> {
  const parsed = parseCitations(text);
  const refs: CitedProvision[] = [];
  for (const r of parsed.refs) refs.push(await resolveRef(db, r, date));
  const resolved = refs.length > 0 && refs.every((r) => r.provisionId);
  const message = refs.length === 0 ? '未引用法律法规库中的条款（应写作《法律法规名称》第×条第×款第×项，或从法律法规库中选择）' : (refs.find((r) => r.message)?.message ?? null);
  const rendered = resolved && parsed.complete ? refs.map((r) => r.citation!).join('、') : text;
  return { path, role, text, relevantDate: date, resolved, refs, rendered, message: resolved ? null : message, reason: resolved ? null : reason };
}

/** Every citation field of the document, resolved for `issueDate` (today while drafting). */
export async function checkCitations(db: Q, doc: Doc, issueDate: string, fieldsOverride?: Record<string, unknown>): Promise<CitationCheck> {
  const fields = fieldsOverride ?? parseFields(doc.fields);
  const act = await actDateOf(db, doc, fields, issueDate);
  const items: CitationCheckItem[] = [];
  for (const f of CITATION_FIELDS) {
    for (const v of valuesAt(fields, f.path)) {
      if (typeof v.value !== 'string' || !v.value.trim()) continue;
      const date = f.role === 'basis' ? issueDate : act.date;
      items.push(await checkItem(db, v.path, f.role, v.value, date, act.reasons[v.path] ?? null));
    }
  }
  return { actDate: act.date, actDateSource: act.source, items, blocking: items.filter((i) => !i.resolved && !i.reason).length };
}

/** The fields as printed: each citation field that holds only citations, as the library cites them. */
export async function renderCitations(db: Q, doc: Doc, fields: Record<string, unknown>, issueDate: string): Promise<Record<string, unknown>> {
  const check = await checkCitations(db, doc, issueDate, fields);
  const changed = check.items.filter((i) => i.rendered !== i.text);
  if (!changed.length) return fields;
  const out = structuredClone(fields);
  for (const i of changed) {
    const parts = i.path.split('.');
    let node = out as Record<string, unknown>;
    for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
    node[parts[parts.length - 1]!] = i.rendered;
  }
  return out;
}

/** Problems that block issue: citations that do not resolve and have no recorded reason. */
export function citationProblems(check: CitationCheck): FieldError[] {
  return check.items
    .filter((i) => !i.resolved && !i.reason)
    .map((i) => ({ path: `body.fields.${i.path}`, message: `引用的法条：${i.message ?? '未能在法律法规库中找到'}；请改为法律法规库中${i.role === 'basis' ? '现行有效' : `违法行为发生时（${i.relevantDate}）施行`}的条款，或记录理由后签发` }));
}

/** At issue, in the issue transaction: the citations with their provision ids and versions. */
export async function recordCitations(tx: Tx, documentId: string, check: CitationCheck, now: string): Promise<void> {
  const rows: DocumentCitationTable[] = check.items.flatMap((i): DocumentCitationTable[] =>
    i.resolved
      ? i.refs.map((r) => ({ id: newId(), document_id: documentId, path: i.path, role: i.role, relevant_date: i.relevantDate, provision_id: r.provisionId, law_version_id: r.lawVersionId, citation: r.citation!, resolved: 1, reason: null, created_at: now }))
      : [{ id: newId(), document_id: documentId, path: i.path, role: i.role, relevant_date: i.relevantDate, provision_id: null, law_version_id: null, citation: i.text, resolved: 0, reason: i.reason, created_at: now }],
  );
  await citeRepo.insertCitations(tx, rows);
}

// ── API: the drafter's view and the reasons ──────────────────────────────────────────────────

async function scoped(ctx: Ctx, id: string) {
  const row = await repo.findDocument(ctx.db, ctx.scope, id);
  if (!row) throw notFound('文书');
  return row;
}

/** The check of the document's citations: for a draft as of today, for an issued one as of its issue date (the stored ids are in document_citations). */
export async function getCitations(ctx: Ctx, id: string): Promise<CitationCheck> {
  const row = await scoped(ctx, id);
  return checkCitations(ctx.db, row, row.issued_on ?? toChinaDate(ctx.clock.now()));
}

export async function updateCitations(ctx: Ctx, id: string, input: z.output<typeof CitationUpdate>): Promise<CitationCheck> {
  const row = await scoped(ctx, id);
  if (row.status !== 'draft' && row.status !== 'returned' && row.status !== 'approved') throw conflict('文书已签发或已结束，不能再修改法条引用');
  if (row.owner_id !== ctx.actor?.id) throw forbidden('只有文书的起草人可以修改法条引用');
  const today = toChinaDate(ctx.clock.now());
  if (input.actDate && input.actDate > today) throw invalidField('body.actDate', '违法行为发生日期：不能晚于今天');
  const current = await citeRepo.settingsOf(ctx.db, id);
  const reasons = { ...(current ? (JSON.parse(current.reasons) as Record<string, string>) : {}) };
  for (const [path, reason] of Object.entries(input.reasons ?? {})) {
    if (reason) reasons[path] = reason;
    else delete reasons[path];
  }
  const actDate = input.actDate !== undefined ? input.actDate : (current?.act_date ?? null);
  const now = ctx.now();
  await ctx.tx(async (tx) => {
    await citeRepo.upsertSettings(tx, { document_id: id, act_date: actDate, reasons: JSON.stringify(reasons), updated_by: ctx.actor!.id, updated_at: now });
    await ctx.audit(tx, { action: 'document.citations.update', objectType: 'document', objectId: id, detail: { actDate, reasons } });
  });
  return checkCitations(ctx.db, row, today);
}
