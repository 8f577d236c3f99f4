import type { ApprovalCell } from '@zhifa/shared/contract/document-form';
import { z } from 'zod';

/**
 * Building blocks of the templates' field schemas. Every field carries its Chinese label
 * (`describe`) because the schema doubles as the form the UI shows, and Chinese error messages
 * that name the field.
 */

export const text = (label: string, max = 2000) =>
  z
    .string({ error: `${label}为必填项` })
    .trim()
    .min(1, { error: `${label}不能为空` })
    .max(max, { error: `${label}不能超过 ${max} 个字符` })
    .describe(label);

export const optionalText = (label: string, max = 2000) =>
  z.string().trim().max(max, { error: `${label}不能超过 ${max} 个字符` }).optional().describe(label);

export const isoDate = (label: string) => z.iso.date({ error: `${label}格式应为 YYYY-MM-DD` }).describe(label);

/** Local business time in Asia/Shanghai, e.g. 2020-06-18T09:30. */
export const isoDateTime = (label: string) =>
  z
    .string({ error: `${label}为必填项` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { error: `${label}格式应为 YYYY-MM-DDTHH:mm` })
    .meta({ description: label, input: 'dateTime' });

/** Money limit of any amount field (100 亿元 in fen): far above any fine, but bounded. */
export const MAX_FEN = 1_000_000_000_000;

/** Money in integer fen, as everywhere in the system (the form takes yuan). */
export const fen = (label: string) =>
  z
    .number({ error: `${label}应为数字（单位：分）` })
    .int({ error: `${label}应为整数（单位：分）` })
    .min(0, { error: `${label}不能为负数` })
    .max(MAX_FEN, { error: `${label}不能超过 100 亿元` })
    .meta({ description: label, unit: 'fen' });

export const days = (label: string) =>
  z
    .number({ error: `${label}应为天数` })
    .int({ error: `${label}应为整数` })
    .min(1, { error: `${label}至少为 1 日` })
    .max(3650, { error: `${label}不能超过 3650 日` })
    .meta({ description: label, unit: 'day' });

/** At most this many rows in any list of a document (a 卷内目录 of a large case stays well below it). */
export const MAX_LIST_ITEMS = 300;

export const list = <T extends z.ZodType>(item: T, label: string, min = 1) =>
  z
    .array(item, { error: `${label}应为列表` })
    .min(min, { error: `${label}至少填写 ${min} 项` })
    .max(MAX_LIST_ITEMS, { error: `${label}最多 ${MAX_LIST_ITEMS} 项` })
    .describe(label);

/**
 * One approval step's opinion; absent = a blank cell for handwriting. Filled by the approval engine
 * (the step's actual approver, opinion and date), never typed: `systemOwned: 'approval'`, and
 * `approvalCell` says which part of the chain fills it (see approvalCells in form-descriptor.ts).
 */
export const opinion = (label: string, cell: ApprovalCell = 'approval') =>
  z
    .object({
      opinion: text(`${label}内容`),
      signer: text(`${label}签名人`, 50),
      date: isoDate(`${label}日期`),
    })
    .optional()
    .meta({ description: label, systemOwned: 'approval', approvalCell: cell });

export type { ApprovalCell };
export type Opinion = z.infer<ReturnType<typeof opinion>>;

/** The three usual approval steps of an internal 审批表. */
export const approvalOpinions = {
  handlerOpinion: opinion('承办人意见', 'submission'),
  reviewOpinion: opinion('审核意见', 'review'),
  approvalOpinion: opinion('审批意见', 'approval'),
};

export const paymentAccount = z
  .object({
    bank: text('开户银行', 100),
    accountName: text('户名', 100),
    accountNumber: text('账号', 40),
  })
  // Filled from the agency's configured accounts chosen by id (Q4), never typed.
  .meta({ description: '缴款账户', systemOwned: 'paymentAccounts' });
export type PaymentAccount = z.infer<typeof paymentAccount>;

export const penaltyItem = z
  .object({
    kind: z.enum(['warning', 'fine', 'confiscation', 'suspension', 'revocation', 'other'], { error: '处罚种类无效' }).describe('处罚种类'),
    amountFen: fen('金额').optional(),
    text: optionalText('处罚内容', 500),
  })
  .describe('行政处罚');
export type PenaltyItem = z.infer<typeof penaltyItem>;

/** A seized / sampled / preserved item (清单 rows). */
export const goodsItem = z
  .object({
    name: text('名称', 100),
    spec: optionalText('规格型号', 100),
    origin: optionalText('产地', 100),
    condition: optionalText('成色（状态）', 50),
    unit: optionalText('单位', 20),
    quantity: text('数量', 40),
    price: optionalText('价格', 40),
    note: optionalText('备注', 200),
  })
  .describe('物品');
export type GoodsItem = z.infer<typeof goodsItem>;

/** A served or referenced document: name and number. */
export const documentRef = z.object({ name: text('文书名称', 100), number: optionalText('文书编号', 80) }).describe('文书');
export type DocumentRef = z.infer<typeof documentRef>;
