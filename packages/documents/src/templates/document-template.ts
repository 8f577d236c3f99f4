import type { z } from 'zod';
import type { Block } from '../blocks';
import type { DocumentTypeDefinition } from '../document-types';
import type { AgencySnapshot, OfficerSnapshot, ParsedRenderInput, PartySnapshot } from '../render-input';

/** Everything a template may use; officers are already cut to the two that are shown. */
export interface TemplateContext<F> {
  fields: F;
  type: DocumentTypeDefinition;
  agency: AgencySnapshot;
  party: PartySnapshot | undefined;
  officers: OfficerSnapshot[];
  signatures: ParsedRenderInput['signatures'];
  /** The seal image this document type carries (agency or enforcement seal), if supplied. */
  seal: Uint8Array | undefined;
  issuedOn: string | undefined;
  number: string | null;
}

/**
 * A template = the field schema the UI shows as the form + a function from data to blocks.
 * `version` is stored with an issued document so it re-renders with the same template.
 */
export interface DocumentTemplate<S extends z.ZodType = z.ZodType> {
  readonly code: string;
  readonly version: string;
  readonly fields: S;
  /** Overrides the catalogue name as the printed title. */
  readonly title?: string;
  // Method syntax on purpose: the registry holds templates of different field types.
  layout(ctx: TemplateContext<z.output<S>>): Block[];
}

export const defineTemplate = <S extends z.ZodType>(template: DocumentTemplate<S>): DocumentTemplate<S> => template;
