import { z } from 'zod';
import { formatChineseTimeRange } from '../chinese-format';
import { isoDateTime, list, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { fields as fieldRow, heading, officersBlock, p, partyName, partySignature, signatureBlock } from './sections';

export const version = '2021.1';

export const fields = z.object({
  caseName: text('案件名称', 200),
  startedAt: isoDateTime('听证开始时间'),
  endedAt: isoDateTime('听证结束时间'),
  place: text('听证地点', 200),
  isPublic: z.boolean().describe('公开举行'),
  hearingOfficer: text('听证主持人', 50),
  hearingMembers: list(text('听证员', 50), '听证员', 0).default([]),
  clerk: text('书记员', 50),
  partyAttendees: text('当事人及委托代理人', 500),
  proceedings: list(z.object({ speaker: text('发言人', 50), content: text('发言内容', 5000) }), '听证过程'),
  note: optionalText('备注', 500),
});

export const template = defineTemplate({
  code: 'hearing-record',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      fieldRow({ label: '案件名称', value: f.caseName }),
      fieldRow({ label: '听证时间', value: formatChineseTimeRange(f.startedAt, f.endedAt) }),
      fieldRow({ label: '听证地点', value: f.place, width: 1.8 }, { label: '听证方式', value: f.isPublic ? '公开' : '不公开', width: 0.7 }),
      fieldRow({ label: '主持人', value: f.hearingOfficer }, { label: '听证员', value: f.hearingMembers.join('、') }, { label: '书记员', value: f.clerk }),
      fieldRow({ label: '当事人', value: partyName(ctx) }),
      fieldRow({ label: '当事人及委托代理人', value: f.partyAttendees }),
      fieldRow({ label: '案件调查人员', value: ctx.officers.map((o) => `${o.name}（${o.certNo}）`).join('、') }),
      heading('听证记录：'),
      ...f.proceedings.map((x) => p(`${x.speaker}：${x.content}`, { indent: false })),
      ...(f.note ? [p(`备注：${f.note}`, { indent: false })] : []),
      p('以上笔录已经听证参加人核对无误。', { indent: false }),
      partySignature(ctx, '当事人或委托代理人（签名）'),
      officersBlock(ctx, '案件调查人员（签名）'),
      signatureBlock('听证主持人（签名）', ctx.signatures.hearingOfficer ?? { name: f.hearingOfficer }, false),
      signatureBlock('书记员（签名）', ctx.signatures.recorder ?? { name: f.clerk }, false),
    ];
  },
});
