import { z } from 'zod';
import { formatChineseDateTime } from '../chinese-format';
import { isoDateTime, list, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, contactBlock, copiesNote, p, partyName, you } from './sections';

export const version = '2021.1';

export const fields = z.object({
  caseName: text('案件名称', 200),
  hearingAt: isoDateTime('听证时间'),
  place: text('听证地点', 200),
  isPublic: z.boolean().describe('公开举行'),
  hearingOfficer: text('听证主持人', 50),
  hearingMembers: list(text('听证员', 50), '听证员', 0).default([]),
  clerk: text('书记员', 50),
  contactName: optionalText('联系人', 50),
  contactPhone: optionalText('联系电话', 40),
});

export const template = defineTemplate({
  code: 'hearing-meeting-notice',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const who = you(ctx);
    return [
      addressee(partyName(ctx)),
      p(`根据${who}的申请，本机关定于${formatChineseDateTime(f.hearingAt)}在${f.place}对${f.caseName}一案${f.isPublic ? '公开' : '不公开'}举行听证会。`),
      p(`听证主持人：${f.hearingOfficer}；${f.hearingMembers.length ? `听证员：${f.hearingMembers.join('、')}；` : ''}书记员：${f.clerk}。`),
      p(`${who}可以亲自参加听证，也可以委托一至二人代理。委托代理人参加听证的，应当在听证会举行前向本机关提交授权委托书。${who}认为主持人与本案有直接利害关系的，有权申请回避，应当在听证会举行前向本机关提出并说明理由。`),
      p(`${who}无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本机关终止听证。`),
      ...contactBlock(ctx, { name: f.contactName, phone: f.contactPhone }),
      agencyDate(ctx),
      copiesNote(),
    ];
  },
});
