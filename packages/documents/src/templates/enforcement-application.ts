import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { documentRef, isoDate, list, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { agencyDate, fields as fieldRow, heading, numbered, p, partyFields, refText } from './sections';

export const version = '2020.1';

export const fields = z.object({
  court: text('人民法院', 100),
  agencyRepresentative: text('申请人法定代表人', 50),
  agencyRepresentativeTitle: optionalText('职务', 50),
  decision: documentRef.describe('申请执行的行政决定'),
  decidedOn: isoDate('决定日期'),
  servedOn: isoDate('送达日期'),
  reminder: documentRef.describe('行政强制执行事先催告书'),
  reminderServedOn: isoDate('催告书送达日期'),
  requests: list(text('申请执行事项', 1000), '申请执行事项'),
  facts: text('事实和理由', 5000),
  attachments: list(text('附件', 200), '附件', 0).default([]),
});

export const template = defineTemplate({
  code: 'enforcement-application',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      fieldRow({ label: '申请人', value: ctx.agency.name }),
      fieldRow({ label: '住所', value: ctx.agency.address }),
      fieldRow({ label: '法定代表人', value: f.agencyRepresentative, width: 1.25 }, { label: '职务', value: f.agencyRepresentativeTitle, width: 0.75 }),
      ...partyFields(ctx, '被申请人'),
      heading('申请执行事项：'),
      ...numbered(f.requests),
      heading('事实和理由：'),
      p(`申请人于${formatChineseDate(f.decidedOn)}作出${refText(f.decision)}，并于${formatChineseDate(f.servedOn)}送达被申请人。被申请人在法定期限内未申请行政复议或者提起行政诉讼，又不履行该决定。申请人于${formatChineseDate(f.reminderServedOn)}向被申请人送达${refText(f.reminder)}，被申请人逾期仍未履行。${f.facts}`),
      p('依据《中华人民共和国行政强制法》第五十三条、第五十四条和第五十五条的规定，特申请贵院强制执行。'),
      p('此致'),
      p(f.court, { indent: false }),
      ...(f.attachments.length ? [p('附件：', { indent: false }), ...numbered(f.attachments)] : []),
      agencyDate(ctx),
    ];
  },
});
