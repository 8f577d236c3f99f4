/** Why a document could not be rendered; `issues` name the offending input paths (in Chinese). */
export type DocumentRenderErrorCode = 'UNKNOWN_DOCUMENT_TYPE' | 'UNKNOWN_TEMPLATE_VERSION' | 'INVALID_INPUT' | 'INVALID_FIELDS';

export interface DocumentRenderIssue {
  path: string;
  message: string;
}

export class DocumentRenderError extends Error {
  override readonly name = 'DocumentRenderError';
  constructor(
    readonly code: DocumentRenderErrorCode,
    message: string,
    readonly issues: DocumentRenderIssue[] = [],
  ) {
    super(issues.length ? `${message}：${issues.map((i) => `${i.path ? `${i.path} ` : ''}${i.message}`).join('；')}` : message);
  }
}
