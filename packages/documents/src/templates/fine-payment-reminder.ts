import { z } from 'zod';
import { formatChineseDate, formatFine } from '../chinese-format';
import { days, documentRef, fen, isoDate, list, optionalText, paymentAccount } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, contactBlock, copiesNote, p, partyName, paymentAccountsTable, refText, you } from './sections';

export const version = '2021.1';

export const fields = z.object({
  decision: documentRef.describe('行政处罚决定书'),
  decidedOn: isoDate('决定日期'),
  servedOn: isoDate('送达日期'),
  fineFen: fen('罚款金额'),
  surchargeFen: fen('已产生的加处罚款金额'),
  replyDays: days('履行期限（日）'),
  paymentAccounts: list(paymentAccount, '缴款账户'),
  contactName: optionalText('联系人', 50),
  contactPhone: optionalText('联系电话', 40),
});

export const template = defineTemplate({
  code: 'fine-payment-reminder',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const who = you(ctx);
    return [
      addressee(partyName(ctx)),
      p(`本机关于${formatChineseDate(f.decidedOn)}作出${refText(f.decision)}，对${who}处以罚款${formatFine(f.fineFen)}，该决定书已于${formatChineseDate(f.servedOn)}送达${who}。${who}在法定期限内未缴纳罚款，截至本催告书作出之日已产生加处罚款${formatFine(f.surchargeFen)}。`),
      p(`依据《中华人民共和国行政强制法》第三十五条、第四十五条和第五十四条的规定，现催告${who}自收到本催告书之日起${f.replyDays}日内缴纳罚款及加处罚款，缴至下列账户：`),
      paymentAccountsTable(f.paymentAccounts),
      p(`${who}有权进行陈述和申辩。逾期仍不履行的，本机关将依法申请人民法院强制执行。`),
      ...contactBlock(ctx, { name: f.contactName, phone: f.contactPhone }),
      agencyDate(ctx),
      copiesNote(),
    ];
  },
});
