import { z } from 'zod';
import { approvalOpinions, list, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { approvalRows, form, formRow, officersText } from './sections';

export const version = '2021.1';

/** The catch-all internal form (Q6): any matter without its own form is approved on this one. */
export const fields = z.object({
  matterName: text('审批事项', 200),
  caseName: optionalText('相关案件（检查）', 200),
  content: text('事项内容及理由', 3000),
  basis: optionalText('依据', 1000),
  attachments: list(text('附件', 200), '附件', 0).default([]),
  ...approvalOpinions,
});

export const template = defineTemplate({
  code: 'matter-approval',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      form([
        formRow('审批事项', f.matterName),
        ...(f.caseName ? [formRow('相关案件', f.caseName)] : []),
        ...(ctx.party ? [formRow('当事人', ctx.party.name)] : []),
        formRow('事项内容及理由', f.content, 6),
        formRow('依据', f.basis, 2),
        formRow('附件', f.attachments.map((a, i) => `${i + 1}. ${a}`).join('\n')),
        formRow('承办人', officersText(ctx)),
        ...approvalRows(ctx, f),
      ]),
    ];
  },
});
