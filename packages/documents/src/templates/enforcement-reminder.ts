import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { days, documentRef, isoDate, list, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, copiesNote, numbered, p, partyName, refText, you } from './sections';

export const version = '2020.1';

/** 行政强制法 Art. 35 / 54: the reminder names the obligation, its deadline, manner and amount, and the right to be heard. */
export const fields = z.object({
  decision: documentRef.describe('行政决定'),
  decidedOn: isoDate('决定日期'),
  obligations: list(text('应履行的义务（含金额）', 1000), '应履行的义务'),
  manner: text('履行方式', 500),
  complianceDays: days('履行期限（日）'),
  statementDays: days('陈述申辩期限（日）'),
});

export const template = defineTemplate({
  code: 'enforcement-reminder',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const who = you(ctx);
    return [
      addressee(partyName(ctx)),
      p(`本机关于${formatChineseDate(f.decidedOn)}作出${refText(f.decision)}。${who}在法定期限内未申请行政复议或者提起行政诉讼，又不履行该决定确定的义务。依据《中华人民共和国行政强制法》第三十五条、第五十四条的规定，现催告${who}履行下列义务：`),
      ...numbered(f.obligations),
      p(`履行方式：${f.manner}。请${who}自收到本催告书之日起${f.complianceDays}日内履行上述义务。`),
      p(`${who}有权进行陈述和申辩，可以自收到本催告书之日起${f.statementDays}日内向本机关提出。逾期仍不履行的，本机关将依法申请人民法院强制执行。`),
      agencyDate(ctx),
      copiesNote(),
    ];
  },
});
