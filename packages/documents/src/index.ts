/**
 * @zhifa/documents — pure rendering of 执法文书: a fully resolved document in, PDF or DOCX bytes out.
 * No database, no HTTP: numbering, approval, signing and storage live in the API.
 */
export { documentTypes, findDocumentType, isOnePageForm, multiPageForms } from './document-types';
export type { DocumentCategory, DocumentKind, DocumentStage, DocumentTypeDefinition, RequiredApproval, SealKind, Signatory } from './document-types';
export { getTemplate, getTemplateVersions, templates } from './templates/index';
export type { DocumentTemplate, TemplateContext } from './templates/document-template';
export { renderPdf } from './render-pdf';
export { renderDocx, type DocxFonts } from './render-docx';
export { resolveDocument } from './resolve-document';
export { RenderInputSchema, AgencySnapshotSchema, PartySnapshotSchema, OfficerSnapshotSchema, FontSourceSchema } from './render-input';
export type { AgencySnapshot, FontSource, OfficerSnapshot, PartySnapshot, RenderInput, Signature } from './render-input';
export { DocumentRenderError, type DocumentRenderErrorCode, type DocumentRenderIssue } from './document-render-error';
export { generateSm2KeyPair, sm2Sign, sm2Verify, sm3Hex, type Sm2KeyPair, type Sm2Options } from './crypto';
export { remediesRules, paymentRules, remediesText, ruleInForce } from './statutory-clauses';
export { formatChineseDate, formatChineseDateTime, formatFine, formatYuanInWords } from './chinese-format';
export { MAX_OFFICERS_SHOWN, type Block, type ResolvedDocument } from './blocks';
export { formDescriptor, describeFields, systemOwnedKeys, systemOwnerLabel, FormDescriptorError, type FormDescriptor, type FormField, type SystemOwner } from './form-descriptor';
export { validateFields, withoutSystemOwned, type FieldIssue, type FieldValidationMode } from './field-validation';
export { newDraftFields } from './draft-defaults';
export type { ApprovalCell } from './field-schemas';
