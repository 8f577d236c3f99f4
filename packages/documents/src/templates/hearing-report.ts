import { z } from 'zod';
import { formatChineseDate } from '../chinese-format';
import { isoDate, opinion, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { form, formPair, formRow, opinionRow, partyName } from './sections';

export const version = '2021.1';

export const fields = z.object({
  caseName: text('案件名称', 200),
  hearingOn: isoDate('听证日期'),
  place: text('听证地点', 200),
  hearingOfficer: text('听证主持人', 50),
  attendees: text('听证参加人', 500),
  summary: text('听证会基本情况', 3000),
  partyArguments: text('当事人陈述申辩要点', 3000),
  findings: text('听证认定的事实及证据', 3000),
  recommendation: text('处理意见及建议', 2000),
  reportedOn: isoDate('报告日期'),
  approvalOpinion: opinion('机关负责人意见'),
});

export const template = defineTemplate({
  code: 'hearing-report',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      form([
        formRow('案件名称', f.caseName),
        formRow('当事人', partyName(ctx)),
        formPair('听证日期', formatChineseDate(f.hearingOn), '听证地点', f.place),
        formPair('听证主持人', f.hearingOfficer, '听证参加人', f.attendees),
        formRow('听证会基本情况', f.summary, 3),
        formRow('当事人陈述申辩要点', f.partyArguments, 3),
        formRow('听证认定的事实及证据', f.findings, 3),
        {
          cells: [
            { text: '处理意见及建议', kind: 'label' },
            { text: f.recommendation, span: 3, sign: { label: '听证主持人（签名）', name: ctx.signatures.hearingOfficer?.name ?? f.hearingOfficer, date: formatChineseDate(f.reportedOn) } },
          ],
          minLines: 4,
        },
        opinionRow('机关负责人意见', f.approvalOpinion, '负责人（签名）', ctx.seal),
      ]),
    ];
  },
});
