import { formDescriptor } from './form-descriptor';

/**
 * What a new draft starts with: only what the system knows. The party, the officers and the agency
 * are not template fields (the API fills them from the registry and the session); of the template
 * fields, only dates that mean "the day this document is made" start as today. Everything else
 * starts empty — never the template's sample case.
 */
const todayFields: Record<string, readonly string[]> = {
  'hearing-report': ['reportedOn'],
  'legal-review-opinion': ['reviewedOn'],
  'rectification-review-opinion': ['reviewedOn'],
};

/** The template fields of a new draft of `typeCode` made on `today` (YYYY-MM-DD). */
export function newDraftFields(typeCode: string, today: string): Record<string, unknown> {
  const keys = new Set(formDescriptor(typeCode).fields.map((f) => f.key));
  return Object.fromEntries((todayFields[typeCode] ?? []).filter((k) => keys.has(k)).map((k) => [k, today]));
}

/** Types and keys that start as today (for the test that checks they exist and are dates). */
export const draftTodayFields: Readonly<Record<string, readonly string[]>> = todayFields;
