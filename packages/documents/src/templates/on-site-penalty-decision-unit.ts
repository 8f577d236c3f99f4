import { defineTemplate } from './document-template';
import { onSitePenaltyBlocks, onSitePenaltyFields } from './penalty-sections';

export const version = '2021.1';

export const fields = onSitePenaltyFields;

export const template = defineTemplate({
  code: 'on-site-penalty-decision-unit',
  version,
  fields,
  layout: (ctx) => onSitePenaltyBlocks(ctx, ctx.fields, '当事人'),
});
