import { serviceMethodLabel, serviceMethods, type FieldError, type ServiceMethod } from '@zhifa/shared';
import { holidayYears, periodOf, ruleInForce, type RuleRow } from './rule-values';
import { addDays, periodEnd, type Calendar } from './working-days';

/**
 * 送达 (service) rules. Only the lawful methods (Q7): 直接、留置、邮寄、委托、公告, and 电子 only with the
 * party's recorded consent (行政处罚法第六十一条). 留置 needs a witness. The statutory periods come from
 * rule_values (keys below), never from constants here.
 */

export { serviceMethodLabel, serviceMethods, type ServiceMethod };

export const RULE_ABSENT_DELIVERY = 'document.service.absentDeliveryDays';
export const RULE_PUBLIC_NOTICE = 'document.service.publicNoticeDays';
export const RULE_PAYMENT = 'penalty.paymentDays';
export const RULE_CALENDAR = 'calendar.cn.holidays';

export interface ServiceInput {
  method: ServiceMethod;
  /** Local time YYYY-MM-DDTHH:mm (Asia/Shanghai). */
  servedAt: string;
  witnessName?: string | null | undefined;
  witnessSignature?: boolean;
  /** An unrevoked consent of this party to electronic service was found. */
  consentFound: boolean;
  consentSignedOn?: string | null;
  /** A signature image of the recipient, or a photo of the signed paper receipt, was recorded. */
  recipientSigned?: boolean;
  receiptPhoto?: boolean;
  /** 公告送达: the recorded ground and the failed attempts it rests on. */
  publicNoticeGround?: string | null | undefined;
  failedAttempts?: readonly { method: ServiceMethod; attemptedOn: string; result: string }[] | undefined;
}

export function serviceProblems(s: ServiceInput, ctx: { issuedOn: string; today: string }): FieldError[] {
  const errors: FieldError[] = [];
  const servedOn = s.servedAt.slice(0, 10);
  if (s.method === 'electronic') {
    if (!s.consentFound) errors.push({ path: 'body.method', message: '送达方式：电子送达须经受送达人同意并签订确认书，未找到该当事人有效的电子送达同意记录（行政处罚法第六十一条）' });
    else if (s.consentSignedOn && s.consentSignedOn > servedOn) errors.push({ path: 'body.consentId', message: '电子送达同意：确认书签订日期晚于送达日期' });
  }
  if (s.method === 'left' && !s.witnessName?.trim() && !s.witnessSignature) {
    errors.push({ path: 'body.witnessName', message: '见证人：留置送达须有见证人在场并签名（或拍照、录像记录）' });
  }
  if (servedOn < ctx.issuedOn) errors.push({ path: 'body.servedAt', message: `送达时间：不能早于文书签发日期 ${ctx.issuedOn}` });
  if (servedOn > ctx.today) errors.push({ path: 'body.servedAt', message: '送达时间：不能晚于今天' });
  if (s.method === 'direct' && !s.recipientSigned && !s.receiptPhoto) {
    errors.push({ path: 'body.recipientSignatureFileId', message: '受送达人签收：直接送达须有受送达人在送达回执上签名（签名图片）或签收回执的照片；受送达人拒绝签收的，应登记为留置送达并由见证人签名' });
  }
  if (s.method === 'publicNotice') errors.push(...publicNoticeProblems(s, ctx.issuedOn, servedOn));
  return errors;
}

/** 公告送达 is the last resort: a recorded ground and the earlier attempts by other methods that failed (民事诉讼法第九十五条). */
function publicNoticeProblems(s: ServiceInput, issuedOn: string, servedOn: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!s.publicNoticeGround) errors.push({ path: 'body.publicNoticeGround', message: '公告送达理由：公告送达须记录理由（受送达人下落不明，或者用其他方式无法送达），民事诉讼法第九十五条' });
  const attempts = s.failedAttempts ?? [];
  if (!attempts.some((a) => a.method !== 'publicNotice')) {
    errors.push({ path: 'body.failedAttempts', message: '已尝试的其他送达方式：公告送达须记录此前已尝试但未能送达的其他方式、日期和情况（直接、留置、邮寄等），不能作为首选送达方式' });
  }
  attempts.forEach((a, i) => {
    if (a.method === 'publicNotice') errors.push({ path: `body.failedAttempts.${i}.method`, message: '送达方式：已尝试的送达应为公告以外的方式' });
    if (a.attemptedOn > servedOn || a.attemptedOn < issuedOn) errors.push({ path: `body.failedAttempts.${i}.attemptedOn`, message: `送达日期：应在文书签发日期 ${issuedOn} 与公告日期 ${servedOn} 之间` });
  });
  return errors;
}

export interface Deadline {
  key: string;
  label: string;
  /** YYYY-MM-DD. */
  date: string;
  /** met / overdue for a deadline with the act already done; null while open or for an effective date. */
  met: boolean | null;
  basis: string | null;
  /** The rule row and the holiday data it used are verified (false = configuration still to be checked). */
  verified: boolean;
}

export interface DeadlineFacts {
  /** 成文日期 (issuedOn). */
  decidedOn: string;
  /** A decision served after pronouncement (决定书: carries 救济告知). */
  isDecision: boolean;
  /** A penalty decision with a fine to pay. */
  hasFine: boolean;
  /** The first service, if any. */
  service: { method: ServiceMethod; servedOn: string } | null;
  agencyIds?: readonly string[];
}

/**
 * Deadlines a document sets: 送达 within the period when the party was not present at the
 * decision (7 working days since 2021-07-15), the day 公告送达 takes effect, and the day a fine is
 * due (15 days after service). For later issues (case module, reminders) to use.
 */
export function serviceDeadlines(f: DeadlineFacts, rules: readonly RuleRow[]): Deadline[] {
  const cal: Calendar = { years: holidayYears(rules, RULE_CALENDAR) };
  const out: Deadline[] = [];
  const servedOn = f.service?.servedOn ?? null;
  let effectiveOn = servedOn;

  if (f.isDecision) {
    const row = ruleInForce(rules, RULE_ABSENT_DELIVERY, f.decidedOn, f.agencyIds);
    const period = periodOf(row);
    if (period && row) {
      const end = periodEnd(cal, f.decidedOn, period);
      out.push({
        key: 'service.absentDelivery',
        label: `当事人不在场时的送达期限（${period.days}${period.unit === 'workingDays' ? '个工作日' : '日'}内）`,
        date: end.date,
        met: servedOn ? servedOn <= end.date : null,
        basis: row.source,
        verified: row.verified && end.verified,
      });
    }
  }
  if (f.service?.method === 'publicNotice') {
    const row = ruleInForce(rules, RULE_PUBLIC_NOTICE, f.service.servedOn, f.agencyIds);
    const period = periodOf(row);
    if (period && row) {
      effectiveOn = addDays(f.service.servedOn, period.days);
      out.push({ key: 'service.publicNoticeEffective', label: `公告送达生效日（自公告之日起经过${period.days}日）`, date: effectiveOn, met: null, basis: row.source, verified: row.verified });
    }
  }
  if (f.hasFine && effectiveOn) {
    const row = ruleInForce(rules, RULE_PAYMENT, effectiveOn, f.agencyIds);
    const period = periodOf(row);
    if (period && row) {
      const end = periodEnd(cal, effectiveOn, period);
      out.push({ key: 'penalty.paymentDue', label: `缴纳罚款期限（收到决定书之日起${period.days}日内）`, date: end.date, met: null, basis: row.source, verified: row.verified && end.verified });
    }
  }
  return out;
}
