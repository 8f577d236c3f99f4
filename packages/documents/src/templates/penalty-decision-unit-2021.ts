import { defineTemplate } from './document-template';
import { penaltyDecisionBlocks, penaltyDecisionFields } from './penalty-sections';

/** Before the 责令改正 element (2026.1); kept so that issued documents re-render. */
export const version = '2021.1';

export const fields = penaltyDecisionFields;

export const template = defineTemplate({
  code: 'penalty-decision-unit',
  version,
  fields,
  layout: (ctx) => penaltyDecisionBlocks(ctx, ctx.fields, '被处罚单位'),
});
