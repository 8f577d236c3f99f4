import type { z } from 'zod';
import { MAX_OFFICERS_SHOWN, type ResolvedDocument } from './blocks';
import { DocumentRenderError, type DocumentRenderIssue } from './document-render-error';
import { findDocumentType } from './document-types';
import { RenderInputSchema, type RenderInput } from './render-input';
import type { TemplateContext } from './templates/document-template';
import { getTemplate } from './templates/index';

const toIssues = (error: z.ZodError): DocumentRenderIssue[] =>
  error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));

/** Validates the input and runs the template: the renderer-neutral part of rendering. */
export function resolveDocument(input: RenderInput): ResolvedDocument {
  const parsed = RenderInputSchema.safeParse(input);
  if (!parsed.success) throw new DocumentRenderError('INVALID_INPUT', '文书数据不完整或格式有误', toIssues(parsed.error));
  const data = parsed.data;
  const type = findDocumentType(data.documentType);
  if (!type) throw new DocumentRenderError('UNKNOWN_DOCUMENT_TYPE', `未知的文书类型：${data.documentType}`);
  const template = getTemplate(type.code, data.templateVersion);
  const fields = template.fields.safeParse(data.fields);
  if (!fields.success) throw new DocumentRenderError('INVALID_FIELDS', `${type.name}的字段有误`, toIssues(fields.error));
  const ctx: TemplateContext<unknown> = {
    fields: fields.data,
    type,
    agency: data.agency,
    party: data.party,
    // Q9: more officers may take part, but a document shows two.
    officers: data.officers.slice(0, MAX_OFFICERS_SHOWN),
    signatures: data.signatures,
    seal: type.seal === 'none' ? undefined : data.seals[type.seal],
    issuedOn: data.issuedOn,
    number: data.number ?? null,
  };
  const title = template.title ?? type.name;
  const resolved: ResolvedDocument = {
    agencyName: data.agency.name,
    title,
    number: data.number ?? null,
    blocks: template.layout(ctx),
    subject: [title, data.number, data.party?.name].filter(Boolean).join(' '),
  };
  if (data.verification) resolved.verification = data.verification;
  if (data.deterministic) {
    resolved.deterministic = { creationDate: new Date(data.deterministic.creationDate), documentId: data.deterministic.documentId };
  }
  return resolved;
}
