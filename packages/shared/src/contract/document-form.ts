import { z } from 'zod';

/**
 * The form of a document type (issue 8): generated from the template's zod field schema by
 * @zhifa/documents and served by `GET /api/document-types/:code/form`, so the portal and the field
 * app draft every type through the same real form — no one types JSON.
 */

/** Who fills a field when it is not the drafter: shown read-only, refused when typed. */
export type SystemOwner = 'approval' | 'paymentAccounts';

/**
 * Which approval action fills an opinion cell: `submission` = the drafter's submission (承办人),
 * `review` = the first step of a chain of two or more (审核), `approval` = the last step (审批).
 */
export type ApprovalCell = 'submission' | 'review' | 'approval';

interface FormFieldBase {
  key: string;
  label: string;
  required: boolean;
  systemOwned?: SystemOwner;
  approvalCell?: ApprovalCell;
}

export type FormField =
  | (FormFieldBase & { kind: 'text'; maxLength: number; multiline: boolean })
  | (FormFieldBase & { kind: 'date' })
  | (FormFieldBase & { kind: 'dateTime' })
  /** Stored in fen (integer); entered in yuan. */
  | (FormFieldBase & { kind: 'money'; max: number })
  | (FormFieldBase & { kind: 'integer'; min: number | null; max: number | null; unit: 'day' | null })
  | (FormFieldBase & { kind: 'boolean'; defaultValue: boolean | null })
  | (FormFieldBase & { kind: 'select'; options: { value: string; label: string }[] })
  | (FormFieldBase & { kind: 'group'; fields: FormField[] })
  | (FormFieldBase & { kind: 'list'; item: FormField; minItems: number; maxItems: number });

export const DocumentFormSchema = z.object({
  typeCode: z.string(),
  typeName: z.string(),
  /** The template version the caller's agency uses today. */
  version: z.string(),
  /** The form fields (FormField[]; a recursive tree, typed in DocumentForm). */
  fields: z.array(z.unknown()),
  /** What a new draft starts with: only what the system knows. */
  draft: z.object({
    fields: z.record(z.string(), z.unknown()),
    /** The drafting officer, when the caller is one (the registry links the account). */
    officerIds: z.array(z.string()),
    agencyName: z.string(),
    today: z.string(),
  }),
});
export type DocumentForm = Omit<z.infer<typeof DocumentFormSchema>, 'fields'> & { fields: FormField[] };

/**
 * Types the system makes from a record another part of it owns; nobody drafts them by hand (their
 * every field would be typed over the record). The value says where they come from.
 */
export const systemGeneratedDocumentTypes: Readonly<Record<string, string>> = {
  'service-receipt': '文书送达回执在文书详情页“登记送达”时由送达记录自动生成',
};
