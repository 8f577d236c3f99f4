import { z } from 'zod';
import { formatChineseTimeRange } from '../chinese-format';
import { isoDateTime, list, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { fields as fieldRow, officersBlock, p, signatureBlock } from './sections';

export const version = '2020.1';

export const fields = z.object({
  startedAt: isoDateTime('询问开始时间'),
  endedAt: isoDateTime('询问结束时间'),
  place: text('询问地点', 200),
  inquiree: z.object({
    name: text('被询问人姓名', 50),
    gender: z.enum(['male', 'female']).optional().describe('性别'),
    age: z.number().int().min(14).max(120).optional().describe('年龄'),
    idNumber: optionalText('身份证号码', 18),
    employer: optionalText('工作单位', 200),
    position: optionalText('职务', 50),
    address: optionalText('住址', 200),
    phone: optionalText('联系电话', 40),
    relation: optionalText('与本案关系', 50),
  }).describe('被询问人'),
  subject: text('询问事由', 500),
  qa: list(z.object({ question: text('问', 2000), answer: text('答', 3000) }), '询问内容'),
});

export const template = defineTemplate({
  code: 'inquiry-record',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const who = f.inquiree;
    const names = ctx.officers.map((o) => o.name).join('、');
    return [
      fieldRow({ label: '询问时间', value: formatChineseTimeRange(f.startedAt, f.endedAt) }),
      fieldRow({ label: '询问地点', value: f.place }),
      fieldRow({ label: '被询问人', value: who.name }, { label: '性别', value: who.gender === 'female' ? '女' : who.gender === 'male' ? '男' : '', width: 0.6 }, { label: '年龄', value: who.age === undefined ? '' : String(who.age), width: 0.6 }),
      fieldRow({ label: '身份证号码', value: who.idNumber }),
      fieldRow({ label: '工作单位', value: who.employer, width: 1.6 }, { label: '职务', value: who.position }),
      fieldRow({ label: '住址', value: who.address, width: 1.6 }, { label: '联系电话', value: who.phone }),
      fieldRow({ label: '与本案关系', value: who.relation }),
      fieldRow({ label: '询问人', value: names }, { label: '记录人', value: ctx.signatures.recorder?.name }),
      p(`问：我们是${ctx.agency.name}的行政执法人员${names}，这是我们的执法证件（出示证件）。现就${f.subject}依法向你进行询问调查。你应当如实回答，不得作虚假陈述。如果你认为执法人员与本案有直接利害关系，可以申请回避。你听清楚了吗？`, { indent: false }),
      p('答：听清楚了，不申请回避。', { indent: false }),
      ...f.qa.flatMap((x) => [p(`问：${x.question}`, { indent: false }), p(`答：${x.answer}`, { indent: false })]),
      p('以上笔录我已看过（已向我宣读过），与我所说的一致。', { indent: false }),
      signatureBlock('被询问人（签名）', ctx.signatures.inquiree),
      officersBlock(ctx, '询问人（签名）', true),
      signatureBlock('记录人（签名）', ctx.signatures.recorder),
    ];
  },
});
