import { defineTemplate } from './document-template';
import { penaltyDecisionBlocks, penaltyDecisionWithCorrectionFields } from './penalty-sections';

/** 2026.1: carries the 责令改正 element (行政处罚法 第二十八条). */
export const version = '2026.1';

export const fields = penaltyDecisionWithCorrectionFields;

export const template = defineTemplate({
  code: 'penalty-decision-individual',
  version,
  fields,
  layout: (ctx) => penaltyDecisionBlocks(ctx, ctx.fields, '被处罚人'),
});
