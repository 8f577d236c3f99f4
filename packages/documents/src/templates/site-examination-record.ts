import { z } from 'zod';
import { formatChineseTimeRange } from '../chinese-format';
import { isoDateTime, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { fields as fieldRow, heading, officersBlock, p, partyName, partySignature, signatureBlock } from './sections';

export const version = '2020.1';

export const fields = z.object({
  subject: text('勘验事由', 500),
  startedAt: isoDateTime('勘验开始时间'),
  endedAt: isoDateTime('勘验结束时间'),
  place: text('勘验场所', 200),
  weather: optionalText('天气情况', 50),
  presentPersons: optionalText('当事人（代理人）及见证人', 500),
  findings: text('勘验情况', 5000),
  exhibits: optionalText('现场照片、图示及提取物证', 1000),
});

export const template = defineTemplate({
  code: 'site-examination-record',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      fieldRow({ label: '勘验事由', value: f.subject }),
      fieldRow({ label: '勘验时间', value: formatChineseTimeRange(f.startedAt, f.endedAt) }),
      fieldRow({ label: '勘验场所', value: f.place, width: 1.7 }, { label: '天气', value: f.weather, width: 0.8 }),
      fieldRow({ label: '被勘验单位', value: partyName(ctx) }),
      fieldRow({ label: '勘验人', value: ctx.officers.map((o) => `${o.name}（${o.certNo}）`).join('、') }),
      fieldRow({ label: '在场人员', value: f.presentPersons }),
      heading('勘验情况：'),
      p(f.findings),
      ...(f.exhibits ? [heading('现场照片、图示及提取物证：'), p(f.exhibits)] : []),
      partySignature(ctx, '当事人（签名）'),
      signatureBlock('见证人（签名）', ctx.signatures.witness),
      signatureBlock('记录人（签名）', ctx.signatures.recorder),
      officersBlock(ctx, '勘验人（签名）', true),
    ];
  },
});
