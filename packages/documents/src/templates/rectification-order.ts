import { z } from 'zod';
import { formatChineseDate, joinItemNumbers } from '../chinese-format';
import { isoDate, list, optionalText, text } from '../field-schemas';
import { defineTemplate } from './document-template';
import { addressee, agencyDate, copiesNote, numbered, officersBlock, p, partyName, partySignature, remedies, you } from './sections';

export const version = '2020.1';

const problem = z
  .object({
    description: text('存在问题', 1000),
    violatedProvision: optionalText('违反条款', 500),
    immediate: z.boolean().default(false).describe('立即整改'),
    deadline: isoDate('整改期限').optional(),
  })
  .refine((v) => v.immediate || v.deadline, { error: '每项问题应选择“立即整改”或填写整改期限', path: ['deadline'] });

export const fields = z.object({
  problems: list(problem, '存在问题'),
  inspectionRecordNumber: optionalText('现场检查记录编号', 80),
});

export const template = defineTemplate({
  code: 'rectification-order',
  version,
  fields,
  layout(ctx) {
    const { problems, inspectionRecordNumber } = ctx.fields;
    const immediate = problems.flatMap((pr, i) => (pr.immediate ? [i + 1] : []));
    const byDate = new Map<string, number[]>();
    problems.forEach((pr, i) => {
      if (!pr.immediate && pr.deadline) byDate.set(pr.deadline, [...(byDate.get(pr.deadline) ?? []), i + 1]);
    });
    const orders = [
      ...(immediate.length ? [`第${joinItemNumbers(immediate)}项问题立即整改`] : []),
      ...[...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([d, ns]) => `第${joinItemNumbers(ns)}项问题于${formatChineseDate(d)}前整改完毕`),
    ];
    const basis = inspectionRecordNumber ? `（见现场检查记录${inspectionRecordNumber}）` : '';
    return [
      addressee(partyName(ctx)),
      p(`经查，${you(ctx)}存在下列问题${basis}：`),
      ...numbered(problems.map((pr) => (pr.violatedProvision ? `${pr.description}（违反${pr.violatedProvision}）` : pr.description))),
      p(`现责令${you(ctx)}对上述${orders.join('，')}，达到有关法律法规规章和标准规定的要求。由此造成事故的，依法追究有关人员的责任。`),
      p(`整改期间，${you(ctx)}应当采取措施，确保安全生产。对拒不执行本指令的，将依据有关法律、法规、规章的规定作进一步处理。`),
      remedies(ctx, '指令'),
      partySignature(ctx),
      officersBlock(ctx),
      agencyDate(ctx),
      copiesNote('本文书一式两份：一份由执法机关存档，一份交被检查单位。'),
    ];
  },
});
