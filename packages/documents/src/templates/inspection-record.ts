import { z } from 'zod';
import { formatChineseTimeRange } from '../chinese-format';
import { isoDateTime, list, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { fields as fieldRow, heading, numbered, officersBlock, p, partyName, partySignature, signatureBlock } from './sections';

export const version = '2020.1';

const findingText = { compliant: '符合', nonCompliant: '不符合', notApplicable: '不涉及' } as const;

export const fields = z.object({
  place: text('检查场所', 200),
  startedAt: isoDateTime('检查开始时间'),
  endedAt: isoDateTime('检查结束时间'),
  onSiteManager: optionalText('现场负责人', 50),
  onSiteManagerTitle: optionalText('现场负责人职务', 50),
  checks: list(
    z.object({
      content: text('检查内容', 500),
      finding: z.enum(['compliant', 'nonCompliant', 'notApplicable'], { error: '检查结果应为符合、不符合或不涉及' }).describe('检查结果'),
      note: optionalText('情况说明', 500),
    }),
    '检查内容',
  ),
  problems: list(text('发现的问题', 1000), '发现的问题', 0).default([]),
  handling: optionalText('处理情况', 1000),
  /** The manager refused to sign: the refusal is recorded and a witness signs (安全生产法 Art. 68). */
  partyRefusedToSign: z.boolean().default(false).describe('被检查单位负责人拒绝签字'),
});

export const template = defineTemplate({
  code: 'inspection-record',
  version,
  fields,
  layout(ctx) {
    const f = ctx.fields;
    const names = ctx.officers.map((o) => o.name).join('、');
    const certs = ctx.officers.map((o) => o.certNo).join('、');
    return [
      fieldRow({ label: '被检查单位', value: partyName(ctx) }),
      fieldRow({ label: '地址', value: ctx.party?.address }),
      fieldRow({ label: '法定代表人（负责人）', value: ctx.party?.legalRepresentative, width: 1.25 }, { label: '联系电话', value: ctx.party?.phone }),
      fieldRow({ label: '现场负责人', value: f.onSiteManager, width: 1 }, { label: '职务', value: f.onSiteManagerTitle, width: 1 }),
      fieldRow({ label: '检查场所', value: f.place }),
      fieldRow({ label: '检查时间', value: formatChineseTimeRange(f.startedAt, f.endedAt) }),
      p(`我们是${ctx.agency.name}的行政执法人员${names}，证件号码为${certs}，这是我们的证件（出示证件）。现依法对你单位进行现场检查，请予以配合。`),
      heading('检查情况：'),
      {
        type: 'table',
        columns: [0.7, 3.8, 1.2, 2.4],
        header: [
          { text: '序号', kind: 'label' },
          { text: '检查内容', kind: 'label' },
          { text: '检查结果', kind: 'label' },
          { text: '情况说明', kind: 'label' },
        ],
        rows: f.checks.map((c, i) => ({
          cells: [{ text: String(i + 1), align: 'center' }, { text: c.content }, { text: findingText[c.finding], align: 'center' }, { text: c.note ?? '' }],
        })),
      },
      heading('发现的问题：'),
      ...(f.problems.length ? numbered(f.problems) : [p('未发现安全生产违法行为和事故隐患。')]),
      ...(f.handling ? [heading('处理情况：'), p(f.handling)] : []),
      ...(f.partyRefusedToSign ? [p('被检查单位负责人拒绝在本记录上签字，检查人员已将情况记录在案，并由见证人签名证明。')] : []),
      partySignature(ctx, '被检查单位现场负责人（签名）'),
      ...(f.partyRefusedToSign || ctx.signatures.witness ? [signatureBlock('见证人（签名）', ctx.signatures.witness)] : []),
      officersBlock(ctx, '检查人员（签名）', true),
    ];
  },
});
