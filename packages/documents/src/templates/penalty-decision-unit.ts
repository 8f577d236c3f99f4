import { defineTemplate } from './document-template';
import { penaltyDecisionBlocks, penaltyDecisionFields } from './penalty-sections';

export const version = '2021.1';

export const fields = penaltyDecisionFields;

export const template = defineTemplate({
  code: 'penalty-decision-unit',
  version,
  fields,
  layout: (ctx) => penaltyDecisionBlocks(ctx, ctx.fields, '被处罚单位'),
});
