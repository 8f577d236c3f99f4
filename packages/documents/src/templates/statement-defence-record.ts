import { z } from 'zod';
import { formatChineseTimeRange } from '../chinese-format';
import { isoDateTime, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { fields as fieldRow, heading, officersBlock, p, partyName, partySignature, signatureBlock } from './sections';

export const version = '2020.1';

export const fields = z.object({
  caseName: text('案由', 200),
  startedAt: isoDateTime('开始时间'),
  endedAt: isoDateTime('结束时间'),
  place: text('地点', 200),
  speaker: text('陈述申辩人', 50),
  speakerTitle: optionalText('职务（身份）', 50),
  statement: text('陈述申辩内容', 5000),
});

export const template = defineTemplate({
  code: 'statement-defence-record',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      fieldRow({ label: '案由', value: f.caseName }),
      fieldRow({ label: '当事人', value: partyName(ctx) }),
      fieldRow({ label: '陈述申辩人', value: f.speaker }, { label: '职务（身份）', value: f.speakerTitle }),
      fieldRow({ label: '时间', value: formatChineseTimeRange(f.startedAt, f.endedAt) }),
      fieldRow({ label: '地点', value: f.place }),
      fieldRow({ label: '承办人', value: ctx.officers.map((o) => o.name).join('、') }, { label: '记录人', value: ctx.signatures.recorder?.name }),
      heading('陈述申辩内容：'),
      p(f.statement),
      p('以上笔录我已看过（已向我宣读过），与我所说的一致。', { indent: false }),
      partySignature(ctx, '陈述申辩人（签名）'),
      officersBlock(ctx, '承办人（签名）', true),
      signatureBlock('记录人（签名）', ctx.signatures.recorder),
    ];
  },
});
