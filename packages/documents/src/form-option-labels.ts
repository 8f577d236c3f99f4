import { signerCapacityLabel } from '@zhifa/shared/contract/document';

/**
 * Chinese names of the enumeration values of the templates' field schemas, as the form's select
 * options show them. One table for every template: a value means the same wherever it appears.
 * A test fails when a template's enumeration has a value without a name here.
 */
const labels: Record<string, string> = {
  // 签收人身份（送达回执）
  ...signerCapacityLabel,
  // 呈批环节 / 告知类别
  beforeNotice: '行政处罚告知前',
  beforeDecision: '行政处罚决定前',
  penaltyNotice: '行政处罚告知',
  hearingNotice: '听证告知',
  // 强制措施
  seal: '查封',
  seize: '扣押',
  // 保存期限
  permanent: '永久',
  years30: '定期（30年）',
  years10: '定期（10年）',
  // 性别
  male: '男',
  female: '女',
  // 检查结果
  compliant: '符合',
  nonCompliant: '不符合',
  notApplicable: '不涉及',
  // 法制审核结论
  approve: '同意',
  amend: '修改后同意',
  reject: '不同意',
  // 延期（分期）缴纳
  deferral: '延期缴纳',
  installment: '分期缴纳',
  // 罚款缴纳方式
  onSite: '当场缴纳',
  bank: '到指定银行缴纳',
  // 当场收缴依据（行政处罚法第六十八条、第六十九条）
  smallFine: '依法给予一百元以下罚款的（第六十八条第一项）',
  hardToEnforce: '不当场收缴事后难以执行的（第六十八条第二项）',
  remoteArea: '边远、水上、交通不便地区，当事人提出当场缴纳的（第六十九条）',
  // 复查结果
  rectified: '已整改',
  partlyRectified: '整改不到位',
  notRectified: '未整改',
  // 送达方式
  direct: '直接送达',
  left: '留置送达',
  post: '邮寄送达',
  entrusted: '委托送达',
  publicNotice: '公告送达',
  electronic: '电子送达（经受送达人同意）',
  // 停止供应的种类
  electricity: '供电',
  explosives: '供应民用爆炸物品',
  // 责令改正
  immediate: '立即改正',
  byDeadline: '限期改正',
  // 处罚种类
  warning: '警告',
  fine: '罚款',
  confiscation: '没收违法所得、没收非法财物',
  suspension: '责令停产停业',
  revocation: '暂扣或者吊销许可证',
  other: '其他',
};

export const enumOptionLabel = (value: string): string | undefined => (Object.hasOwn(labels, value) ? labels[value] : undefined);
