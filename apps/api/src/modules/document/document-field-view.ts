/**
 * A draft's fields as labelled lines for people (the approval page): each field under the
 * Chinese label its template schema carries (`describe`), nested objects and lists spelled out,
 * codes turned into words. Pure: the template's JSON Schema and the stored fields in, lines out.
 */

export interface LabelledField {
  label: string;
  value: string;
}

interface Schema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
}

/** The Chinese words for the enumerated values the templates use. */
const valueLabel: Record<string, string> = {
  approve: '同意', amend: '修改后同意', reject: '不同意',
  beforeNotice: '告知前', beforeDecision: '决定前',
  compliant: '符合', nonCompliant: '不符合', notApplicable: '不涉及',
  deferral: '延期缴纳', installment: '分期缴纳',
  direct: '直接送达', left: '留置送达', post: '邮寄送达', entrusted: '委托送达', publicNotice: '公告送达', electronic: '电子送达',
  electricity: '供电', explosives: '民用爆炸物品',
  onSite: '当场缴纳', bank: '银行缴纳',
  penaltyNotice: '行政处罚告知', hearingNotice: '听证告知',
  permanent: '永久', years30: '30 年', years10: '10 年',
  rectified: '已整改', partlyRectified: '整改不到位', notRectified: '未整改',
  seal: '查封', seize: '扣押',
  warning: '警告', fine: '罚款', confiscation: '没收', suspension: '责令停产停业', revocation: '吊销', other: '其他',
  male: '男', female: '女',
};

/** Field keys that hold money in integer fen. */
const isFen = (key: string): boolean => /Fen$/.test(key);

/** The schema itself, or its non-null branch of an optional/nullable union. */
function unwrap(s: Schema | undefined): Schema | undefined {
  if (!s) return s;
  const branches = s.anyOf ?? s.oneOf;
  if (!branches) return s;
  const real = branches.filter((b) => b.type !== 'null');
  return real.length === 1 ? { ...real[0], description: s.description ?? real[0]!.description } : s;
}

function scalar(key: string, v: unknown): string {
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return isFen(key) ? `${(v / 100).toFixed(2)} 元` : String(v);
  if (typeof v === 'string') return valueLabel[v] ?? v;
  return '';
}

const labelOf = (key: string, s: Schema | undefined): string => unwrap(s)?.description ?? key;

/** One value as text: objects as "标签：值；…", lists numbered when they hold objects. */
function render(key: string, v: unknown, s: Schema | undefined): string {
  const schema = unwrap(s);
  if (v === null || v === undefined || v === '') return '';
  if (Array.isArray(v)) {
    const parts = v.map((item) => render(key, item, schema?.items)).filter(Boolean);
    if (!parts.length) return '';
    return v.some((x) => x && typeof x === 'object') ? parts.map((p, i) => `${i + 1}. ${p}`).join('\n') : parts.join('、');
  }
  if (typeof v === 'object') {
    return Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => {
        const text = render(k, x, schema?.properties?.[k]);
        return text ? `${labelOf(k, schema?.properties?.[k])}：${text}` : '';
      })
      .filter(Boolean)
      .join('；');
  }
  return scalar(key, v);
}

/**
 * The fields as label/value lines, in the schema's order (keys the schema does not know follow,
 * under their key). Empty values are left out.
 */
export function labelledFields(schema: unknown, fields: Record<string, unknown>): LabelledField[] {
  const props = (schema as Schema | null)?.properties ?? {};
  const order = [...Object.keys(props).filter((k) => k in fields), ...Object.keys(fields).filter((k) => !(k in props))];
  return order.flatMap((k) => {
    const value = render(k, fields[k], props[k]);
    return value ? [{ label: labelOf(k, props[k]), value }] : [];
  });
}
