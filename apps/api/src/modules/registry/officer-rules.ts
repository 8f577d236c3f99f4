/**
 * Pure rules of the officer library: the state of an enforcement certificate on a day, and whether
 * an officer may sign field documents at an enterprise on a day. Dates are China calendar dates
 * 'YYYY-MM-DD', compared as strings.
 */
import { certificateStateLabel, officerStatusLabel, type CertificateState, type Eligibility, type OfficerStatus } from '@zhifa/shared/contract/registry';

export interface CertificateInfo {
  certNo: string;
  certValidFrom: string;
  certValidTo: string;
}

export function certificateState(c: Pick<CertificateInfo, 'certValidFrom' | 'certValidTo'>, date: string): CertificateState {
  if (date < c.certValidFrom) return 'notYetValid';
  if (date > c.certValidTo) return 'expired';
  return 'valid';
}

export interface RecusalInfo {
  enterpriseId: string;
  reason: string;
  validFrom: string;
  validTo: string | null;
}

/** Whether a recusal is in force on `date` (both ends included; no end = open). */
export function recusalInForce(r: Pick<RecusalInfo, 'validFrom' | 'validTo'>, date: string): boolean {
  return r.validFrom <= date && (r.validTo === null || date <= r.validTo);
}

/**
 * May this officer sign field documents (现场检查记录, 责令限期整改指令书 …) at this enterprise on this
 * day? Needs a certificate valid on the day, the status 在岗, and no recusal for the enterprise in
 * force on the day. Every failed condition is listed, in Chinese, so the caller can show them all.
 */
export function eligibility(
  officer: CertificateInfo & { name: string; status: OfficerStatus },
  recusals: readonly RecusalInfo[],
  enterprise: { id: string; name: string },
  date: string,
): Eligibility {
  const reasons: string[] = [];
  const state = certificateState(officer, date);
  if (state === 'expired') reasons.push(`执法证（${officer.certNo}）已于 ${officer.certValidTo} 过期，${date} 不得执法`);
  if (state === 'notYetValid') reasons.push(`执法证（${officer.certNo}）自 ${officer.certValidFrom} 起生效，${date} ${certificateStateLabel.notYetValid}`);
  if (officer.status !== 'active') reasons.push(`${officer.name}的状态为“${officerStatusLabel[officer.status]}”，不得执法`);
  for (const r of recusals) {
    if (r.enterpriseId !== enterprise.id || !recusalInForce(r, date)) continue;
    reasons.push(`${officer.name}对“${enterprise.name}”须回避：${r.reason}（${r.validFrom} 起${r.validTo ? `，至 ${r.validTo}` : ''}）`);
  }
  return reasons.length ? { ok: false, reasons } : { ok: true };
}
