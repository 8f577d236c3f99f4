import { z } from 'zod';
import { formatChineseTimeRange } from '../chinese-format';
import { isoDateTime, list, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { fields as fieldRow, heading, p, partyName, signatureBlock } from './sections';

export const version = '2020.1';

export const fields = z.object({
  caseName: text('案件名称', 200),
  startedAt: isoDateTime('开始时间'),
  endedAt: isoDateTime('结束时间'),
  place: text('地点', 200),
  host: text('主持人', 50),
  attendees: list(text('参加人员', 100), '参加人员'),
  recorder: text('记录人', 50),
  caseSummary: text('案情介绍（承办人）', 5000),
  discussion: list(z.object({ speaker: text('发言人', 50), opinion: text('讨论意见', 3000) }), '讨论意见'),
  conclusion: text('讨论决定', 2000),
});

export const template = defineTemplate({
  code: 'collective-deliberation-record',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    return [
      fieldRow({ label: '案件名称', value: f.caseName }),
      fieldRow({ label: '当事人', value: partyName(ctx) }),
      fieldRow({ label: '时间', value: formatChineseTimeRange(f.startedAt, f.endedAt) }),
      fieldRow({ label: '地点', value: f.place }),
      fieldRow({ label: '主持人', value: f.host }, { label: '记录人', value: f.recorder }),
      fieldRow({ label: '参加人员', value: f.attendees.join('、') }),
      heading('案情介绍：'),
      p(f.caseSummary),
      heading('讨论意见：'),
      ...f.discussion.map((d) => p(`${d.speaker}：${d.opinion}`)),
      heading('讨论决定：'),
      p(f.conclusion),
      signatureBlock('参加人员（签名）', undefined, false),
      signatureBlock('主持人（签名）', { name: f.host }, false),
      signatureBlock('记录人（签名）', ctx.signatures.recorder ?? { name: f.recorder }),
    ];
  },
});
