import { riskFlagLabel, riskFlags, type RiskFlag } from '@zhifa/shared/rules/enterprise-codes';
import { sectorLabel, sectors, type Sector } from '@zhifa/shared/rules/industry';

/** Options for the sector and risk-flag pickers (the shared vocabularies, in display order). */
export const sectorOptions = sectors.map((s) => ({ value: s, label: sectorLabel[s] }));
export const riskFlagOptions = riskFlags.map((f) => ({ value: f, label: riskFlagLabel[f] }));

export const sectorName = (s: Sector) => sectorLabel[s] ?? s;
export const riskFlagName = (f: RiskFlag) => riskFlagLabel[f] ?? f;

/** Where each kind of search hit opens. */
export const hitPath: Record<string, (id: string) => string | null> = {
  checkItem: (id) => `/check-items/${id}`,
  provision: (id) => `/laws/provisions/${id}`,
  violation: (id) => `/violations/${id}`,
  law: (id) => `/laws?law=${id}`,
  campaign: (id) => `/campaigns?id=${id}`,
  enterprise: (id) => `/enterprises/${id}`,
};
