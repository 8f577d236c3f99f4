import { z } from 'zod';
import { optionalText, text } from './field-schemas';

/**
 * What the API hands the renderer: a fully resolved document (number assigned, people and party
 * snapshotted, images loaded). Nothing here is looked up later, so a re-render of an issued
 * document from the stored input gives the same bytes.
 */

const png = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { error: '应为 PNG 图片数据（Buffer）' });
const IsoDate = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

export const AgencySnapshotSchema = z.object({
  name: text('执法机关名称', 100),
  shortName: text('执法机关简称', 20),
  /** 本级人民政府, the 复议 body since 2024-01-01. */
  government: optionalText('本级人民政府', 100),
  /** 上一级主管部门, the alternative 复议 body before 2024. */
  superiorAgency: optionalText('上一级主管部门', 100),
  court: optionalText('管辖人民法院', 100),
  address: optionalText('机关地址', 200),
  postcode: optionalText('邮政编码', 10),
  phone: optionalText('联系电话', 40),
});
export type AgencySnapshot = z.infer<typeof AgencySnapshotSchema>;

export const PartySnapshotSchema = z.object({
  kind: z.enum(['organization', 'soleProprietor', 'individual'], { error: '当事人类型应为单位、个体工商户或个人' }),
  name: text('当事人名称', 200),
  creditCode: optionalText('统一社会信用代码', 18),
  address: optionalText('地址'),
  postcode: optionalText('邮政编码', 10),
  legalRepresentative: optionalText('法定代表人（负责人）', 50),
  legalRepresentativeTitle: optionalText('职务', 50),
  phone: optionalText('联系电话', 40),
  gender: z.enum(['male', 'female']).optional().describe('性别'),
  birthDate: IsoDate.optional().describe('出生日期'),
  idNumber: optionalText('身份证号码', 18),
  employer: optionalText('工作单位', 200),
  position: optionalText('职务（岗位）', 50),
});
export type PartySnapshot = z.infer<typeof PartySnapshotSchema>;

export const OfficerSnapshotSchema = z.object({
  name: text('执法人员姓名', 50),
  certNo: text('执法证号', 40),
  signature: png.optional(),
});
export type OfficerSnapshot = z.infer<typeof OfficerSnapshotSchema>;

export const SignatureSchema = z.object({
  name: optionalText('签名人', 50),
  image: png.optional(),
  signedOn: IsoDate.optional(),
});
export type Signature = z.infer<typeof SignatureSchema>;

/** A font file; `postscriptName` picks a face from a .ttc collection. */
export const FontSourceSchema = z.object({ path: text('字体文件路径', 1000), postscriptName: optionalText('字体 PostScript 名称', 100) });
export type FontSource = z.infer<typeof FontSourceSchema>;

export const RenderInputSchema = z.object({
  agency: AgencySnapshotSchema,
  documentType: text('文书类型', 80),
  /** The template version the document was issued with; absent = the newest. */
  templateVersion: optionalText('模板版本', 20),
  /** The full number as issued, e.g. 铜应急责改〔2020〕1号; absent on drafts and unnumbered forms. */
  number: optionalText('文书编号', 80),
  /** 成文日期 (Asia/Shanghai business date). Chooses the dated clauses (remedies, payment). */
  issuedOn: IsoDate.optional(),
  party: PartySnapshotSchema.optional(),
  /** Template fields, validated by the template's own schema. */
  fields: z.record(z.string(), z.unknown()),
  officers: z.array(OfficerSnapshotSchema).default([]),
  signatures: z
    .object({
      party: SignatureSchema.optional(),
      witness: SignatureSchema.optional(),
      recorder: SignatureSchema.optional(),
      inquiree: SignatureSchema.optional(),
      recipient: SignatureSchema.optional(),
      hearingOfficer: SignatureSchema.optional(),
    })
    .default({}),
  seals: z.object({ agencySeal: png.optional(), enforcementSeal: png.optional() }).default({}),
  verification: z.object({ url: z.url({ error: '核验地址应为有效的网址' }), token: text('核验码', 64) }).optional(),
  /** Fixed metadata so the same issued document always renders to the same bytes. */
  deterministic: z
    .object({ creationDate: z.iso.datetime({ error: '创建时间应为 ISO 8601 时间' }), documentId: text('文书标识', 100) })
    .optional(),
  fonts: z.object({ body: FontSourceSchema.optional(), heading: FontSourceSchema.optional() }).optional(),
});
/** Input as the caller writes it (defaults may be omitted). */
export type RenderInput = z.input<typeof RenderInputSchema>;
export type ParsedRenderInput = z.output<typeof RenderInputSchema>;
