import { documentTypes } from '@zhifa/documents';
import { registerObjectType } from './approval-adapter';
import { documentTypeObjectType } from './document-type.service';
import { documentApprovalType } from './document.service';

let registered = false;

/**
 * Registers the documents module with the approval engine: every catalogue type as
 * `document:<code>` (an agency may configure a chain for any of them), and `documentType` for the
 * legal review of an agency's own new type. Idempotent.
 */
export function registerDocumentModule(): void {
  if (registered) return;
  registered = true;
  for (const t of documentTypes) registerObjectType(documentApprovalType(t.code, t.name));
  registerObjectType(documentTypeObjectType);
}
