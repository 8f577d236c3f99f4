/**
 * Integrity of the reference and demo seed data: unique keys, links that resolve, legal links of
 * the check items, valid demo credit codes, and agreement with the organisation/user seeds.
 */
import { describe, expect, it } from 'vitest';
import { completenessScore } from '@zhifa/shared/rules/completeness';
import { validateCreditCode } from '@zhifa/shared/rules/credit-code';
import { deriveSector, findIndustry } from '@zhifa/shared/rules/industry';
import { applicableDiscretion, validateDiscretionVersions } from '@zhifa/shared/rules/discretion';
import { demoUsers } from '../demo/users';
import { demoDistricts, demoEnterprises, generateEnterprises, pilotEnterprises, syntheticEnterprises } from '../demo/enterprises';
import { officers, recusals } from '../demo/officers';
import { forbiddenNames } from '../demo/people';
import { agencies, units } from './agencies';
import { campaigns } from './campaigns';
import { checkItems, checkUnits, checklists, keyItemKeys } from './check-items';
import { codeTables } from './code-tables';
import { laws, lawVersions, provisions } from './laws';
import { violations } from './violations';

/** The annex of seed 000 (铜应急发〔2020〕87号), in order. */
const seedPilotNames = [
  '陕西铜川凤凰建材有限公司（铁龙头石灰石矿）',
  '陕西铜川凤凰建材有限公司（水泥生产线）',
  '陕西省烟草公司铜川市公司',
  '陕西省一九四煤田地质有限公司',
  '陕西美鑫产业投资有限公司',
  '陕西果业铜川集团有限公司',
  '冀东水泥铜川有限公司（宝鉴山石灰石矿）',
  '冀东水泥铜川有限公司（水泥生产线）',
  '铜川药王山生态水泥有限公司（水泥生产线）',
  '陕西东铭车辆系统股份有限公司',
  '国家粮食和物资储备局陕西局六三〇处',
  '铜川国有华盛盐业有限公司',
  '陕西铜川工业技师学院',
  '铜川煤炭基本建设技工学校',
  '陕西长翔职业技能培训有限公司',
  '中国石油天然气股份有限公司陕西铜川销售分公司',
  '国家粮食和物资储备局陕西局二五〇处',
  '中石化铜川油气开发有限公司',
  '陕西铭山石油化工有限公司',
  '中国石化销售股份有限公司陕西铜川石油分公司',
  '铜川市同乐烟花爆竹配送有限公司',
  '陕西铜川大兴制衣有限责任公司',
];

const provisionKeys = new Set(provisions.map((p) => p.key));
const violationByKey = new Map(violations.map((v) => [v.key, v]));
const itemKeys = new Set(checkItems.map((i) => i.key));
const agencyKeys = new Set(agencies.map((a) => a.key));
const unitByKey = new Map(units.map((u) => [u.key, u]));
const enterpriseKeys = new Set(demoEnterprises.map((e) => e.key));
const officerByKey = new Map(officers.map((o) => [o.key, o]));

describe('keys', () => {
  it('are unique across every dataset', () => {
    const all = [
      ...laws.map((x) => x.key),
      ...lawVersions.map((x) => x.key),
      ...provisions.map((x) => x.key),
      ...violations.map((x) => x.key),
      ...violations.flatMap((v) => v.discretionVersions.map((d) => d.key)),
      ...violations.flatMap((v) => v.discretionVersions.flatMap((d) => d.tiers.map((t) => t.key))),
      ...checklists.map((x) => x.key),
      ...checkUnits.map((x) => x.key),
      ...checkItems.map((x) => x.key),
      ...campaigns.map((x) => x.key),
      ...agencies.map((x) => x.key),
      ...units.map((x) => x.key),
      ...codeTables.map((x) => x.key),
      ...demoEnterprises.map((x) => x.key),
      ...officers.map((x) => x.key),
      ...recusals.map((x) => x.key),
    ];
    const dupes = all.filter((k, i) => all.indexOf(k) !== i);
    expect(dupes).toEqual([]);
  });

  it('use the documented prefixes', () => {
    for (const p of provisions) expect(p.key).toMatch(/^provision:[a-z-]+@\d{4}:\d+(\.\d+){0,2}$/);
    for (const v of violations) expect(v.key).toMatch(/^violation:[a-z0-9-]+$/);
    for (const i of checkItems) expect(i.key).toMatch(/^check-item:[a-z0-9-]+:[a-z0-9-]+$/);
  });
});

describe('法律法规库', () => {
  it('links versions to laws and provisions to versions and parents', () => {
    const lawKeys = new Set(laws.map((l) => l.key));
    const versionKeys = new Set(lawVersions.map((v) => v.key));
    for (const v of lawVersions) expect(lawKeys.has(v.lawKey), v.key).toBe(true);
    for (const p of provisions) {
      expect(versionKeys.has(p.lawVersionKey), p.key).toBe(true);
      if (p.parentKey !== null) expect(provisionKeys.has(p.parentKey), p.key).toBe(true);
      expect(p.text.trim().length, p.key).toBeGreaterThan(0);
      expect(p.citation).toMatch(/^《.+》第.+条/);
    }
  });

  it('has the articles the brief asks for', () => {
    const has = (law: string, n: number) => provisionKeys.has(`provision:${law}@${law === 'administrative-compulsion-law' ? '2011' : law === 'industry-trade-major-hazard-standard' ? '2023' : '2021'}:${n}`);
    for (const n of [4, 5, 20, 21, 22, 23, 24, 25, 27, 28, 30, 36, 38, 39, 41, 42, 43, 44, 45, 47, 49, 65, 67, 68, 70, 78, 81, 97, 99, 101, 102, 112]) {
      expect(has('work-safety-law', n), `安全生产法 ${n}`).toBe(true);
    }
    for (const n of [33, 36, 37, 42, 44, 45, 47, 51, 52, 54, 57, 58, 59, 60, 61, 63, 64, 67, 72, 73, 85]) {
      expect(has('administrative-penalty-law', n), `行政处罚法 ${n}`).toBe(true);
    }
    for (const n of [19, 25, 27, 35, 36, 37, 45, 53, 54, 69]) expect(has('administrative-compulsion-law', n), `行政强制法 ${n}`).toBe(true);
    for (const n of [3, 4, 5, 11, 12, 13]) expect(has('industry-trade-major-hazard-standard', n), `判定标准 ${n}`).toBe(true);
  });

  it('cites items the way 文书 do', () => {
    const p = provisions.find((x) => x.key === 'provision:work-safety-law@2021:99.1.2');
    expect(p?.citation).toBe('《中华人民共和国安全生产法》第九十九条第二项');
    expect(provisions.find((x) => x.key === 'provision:work-safety-law@2021:41.2')?.citation).toBe('《中华人民共和国安全生产法》第四十一条第二款');
    expect(provisions.find((x) => x.key === 'provision:work-safety-law@2021:112')?.citation).toBe('《中华人民共和国安全生产法》第一百一十二条');
  });

  it('marks nothing as verified and records a source for every version', () => {
    for (const v of lawVersions) {
      expect(v.verified).toBe(false);
      expect(v.source.length).toBeGreaterThan(0);
    }
  });
});

describe('违法行为库', () => {
  it('has at least 40 violations whose provisions exist', () => {
    expect(violations.length).toBeGreaterThanOrEqual(40);
    for (const v of violations) {
      expect(v.violatedProvisionKeys.length, v.key).toBeGreaterThan(0);
      expect(v.penaltyProvisionKeys.length, v.key).toBeGreaterThan(0);
      for (const k of [...v.violatedProvisionKeys, ...v.penaltyProvisionKeys]) expect(provisionKeys.has(k), `${v.key} → ${k}`).toBe(true);
    }
  });

  it('has consistent, dated discretion with a switch on 2026-02-01', () => {
    for (const v of violations) {
      expect(validateDiscretionVersions(v.discretionVersions), v.key).toEqual([]);
      expect(applicableDiscretion(v, '2025-06-01')?.key).toBe(`${v.key.replace('violation:', 'discretion:')}@2021`);
      expect(applicableDiscretion(v, '2026-03-01')?.key).toBe(`${v.key.replace('violation:', 'discretion:')}@2026`);
      expect(applicableDiscretion(v, '2021-08-31')).toBeNull();
    }
  });

  it('keeps the 2021 statutory amounts (e.g. Art. 99: ≤5万, 逾期 5–20万, 个人 1–2万)', () => {
    const v = violationByKey.get('violation:safety-equipment-not-to-standard')!;
    const s = applicableDiscretion(v, '2024-01-01')!.statutory;
    expect(s.unitFine).toEqual({ minFen: 0, maxFen: 20_000_000 });
    expect(s.personFine).toEqual({ minFen: 1_000_000, maxFen: 2_000_000 });
    expect(s.otherPenalties).toContain('suspendForRectification');
  });
});

describe('检查事项库', () => {
  it('has at least 60 published items, each with a violation whose violated provision exists', () => {
    const published = checkItems.filter((i) => i.status === 'published');
    expect(published.length).toBeGreaterThanOrEqual(60);
    for (const i of published) {
      const v = violationByKey.get(i.violationKey);
      expect(v, `${i.key} → ${i.violationKey}`).toBeDefined();
      expect(v!.violatedProvisionKeys.some((k) => provisionKeys.has(k)), i.key).toBe(true);
    }
  });

  it('resolves every link of every item', () => {
    const unitKeys = new Set(checkUnits.map((u) => u.key));
    const listKeys = new Set(checklists.map((c) => c.key));
    for (const i of checkItems) {
      expect(listKeys.has(i.checklistKey), i.key).toBe(true);
      expect(unitKeys.has(i.unitKey), i.key).toBe(true);
      expect(checkUnits.find((u) => u.key === i.unitKey)?.checklistKey).toBe(i.checklistKey);
      for (const k of i.relatedViolationKeys) expect(violationByKey.has(k), `${i.key} → ${k}`).toBe(true);
      expect(provisionKeys.has(i.onSite.provisionKey), i.key).toBe(true);
      for (const k of i.majorHazardBasisKeys) expect(provisionKeys.has(k), `${i.key} → ${k}`).toBe(true);
      if (i.majorHazard) expect(i.majorHazardBasisKeys.length, i.key).toBeGreaterThan(0);
      if (i.ownerAgencyKey !== null) expect(agencyKeys.has(i.ownerAgencyKey), i.key).toBe(true);
      expect(i.methods.length).toBeGreaterThan(0);
      if (i.onSite.measure === 'rectifyWithinDeadline') expect(i.onSite.defaultDays, i.key).toBeGreaterThan(0);
    }
  });

  it('has the 25 key items: 钢8 铝7 粉6 有限空间4', () => {
    expect(keyItemKeys.steel).toHaveLength(8);
    expect(keyItemKeys.aluminium).toHaveLength(7);
    expect(keyItemKeys.dust).toHaveLength(6);
    expect(keyItemKeys.confinedSpace).toHaveLength(4);
    for (const k of [...keyItemKeys.aluminium, ...keyItemKeys.dust]) expect(checkItems.find((i) => i.key === k)?.majorHazard, k).toBe(true);
  });
});

describe('专项 campaigns', () => {
  it('resolve their items, parents and owners', () => {
    const campaignKeys = new Set(campaigns.map((c) => c.key));
    for (const c of campaigns) {
      expect(c.itemKeys.length, c.key).toBeGreaterThan(0);
      for (const k of c.itemKeys) expect(itemKeys.has(k), `${c.key} → ${k}`).toBe(true);
      expect(new Set(c.itemKeys).size, c.key).toBe(c.itemKeys.length);
      if (c.parentKey !== null) expect(campaignKeys.has(c.parentKey), c.key).toBe(true);
      if (c.ownerAgencyKey !== null) expect(agencyKeys.has(c.ownerAgencyKey), c.key).toBe(true);
    }
    expect(campaigns.find((c) => c.key === 'campaign:industry-trade-25')?.itemKeys).toHaveLength(25);
    expect(campaigns.some((c) => c.sourceLevel === 'province')).toBe(true);
    expect(campaigns.some((c) => c.sourceLevel === 'city')).toBe(true);
  });
});

describe('organisation tree', () => {
  it('links parents', () => {
    for (const a of agencies) if (a.parentKey !== null) expect(agencyKeys.has(a.parentKey), a.key).toBe(true);
    for (const u of units) {
      expect(agencyKeys.has(u.agencyKey), u.key).toBe(true);
      if (u.parentKey !== null) expect(unitByKey.get(u.parentKey)?.agencyKey, u.key).toBe(u.agencyKey);
    }
  });
});

describe('demo enterprises', () => {
  it('has at least 222 enterprises with valid credit codes', () => {
    expect(demoEnterprises.length).toBeGreaterThanOrEqual(222);
    expect(syntheticEnterprises.length).toBeGreaterThanOrEqual(200);
    for (const e of demoEnterprises) expect(validateCreditCode(e.creditCode), `${e.name} ${e.creditCode}`).toEqual({ ok: true });
  });

  it('has the 22 pilot names exactly as in the seed, supervised by the city', () => {
    expect(pilotEnterprises.map((e) => e.name)).toEqual(seedPilotNames);
    for (const e of pilotEnterprises) {
      expect(e.supervisingAgencyKey).toBe('agency:610200');
      expect(e.isPilot).toBe(true);
    }
  });

  it('marks everything as demo, links agencies and stays inside Tongchuan', () => {
    const names = new Set<string>();
    for (const e of demoEnterprises) {
      expect(e.isDemo).toBe(true);
      expect(agencyKeys.has(e.locatedAgencyKey), e.key).toBe(true);
      if (e.supervisingAgencyKey !== null) expect(agencyKeys.has(e.supervisingAgencyKey), e.key).toBe(true);
      if (e.location) {
        expect(e.location.lon).toBeGreaterThanOrEqual(108.9);
        expect(e.location.lon).toBeLessThanOrEqual(109.2);
        expect(e.location.lat).toBeGreaterThanOrEqual(34.9);
        expect(e.location.lat).toBeLessThanOrEqual(35.5);
      }
      expect(names.has(e.name), e.name).toBe(false);
      names.add(e.name);
    }
  });

  it('uses described 4-digit industry codes consistent with the sector', () => {
    for (const e of demoEnterprises) {
      expect(findIndustry(e.industryCode ?? '')?.level, `${e.name} ${e.industryCode}`).toBe('class');
      const derived = deriveSector(e.industryCode, { licenceTypes: e.licences.map((l) => l.type) });
      // a fireworks shop whose licence is (deliberately) missing from its base data derives as commerce
      if (!(e.sector === 'fireworks' && e.licences.length === 0)) expect(derived, e.name).toBe(e.sector);
    }
  });

  it('shares one credit code between two sites of one legal entity only', () => {
    const byCode = new Map<string, Set<string>>();
    for (const e of demoEnterprises) byCode.set(e.creditCode, (byCode.get(e.creditCode) ?? new Set()).add(e.legalEntityName));
    for (const [code, entities] of byCode) expect(entities.size, code).toBe(1);
  });

  it('is deterministic', () => {
    const again = generateEnterprises(20200801, new Set(pilotEnterprises.map((e) => e.creditCode)));
    expect(again).toEqual(syntheticEnterprises);
  });

  it('leaves some base data incomplete in every district, more in some than others', () => {
    const rates = demoDistricts.map((d) => {
      const list = syntheticEnterprises.filter((e) => e.locatedAgencyKey === d.agencyKey);
      expect(list.length).toBe(d.count);
      const incomplete = list.filter((e) => !completenessScore(e).complete).length;
      expect(incomplete, d.agencyKey).toBeGreaterThan(0);
      return incomplete / list.length;
    });
    expect(Math.max(...rates)).toBeGreaterThan(Math.min(...rates));
    expect(pilotEnterprises.filter((e) => completenessScore(e).complete).length).toBeGreaterThanOrEqual(18);
  });

  it('uses no name of a real person from the seeds', () => {
    const people = [
      ...demoEnterprises.flatMap((e) => [e.legalRepresentative, e.principalName, e.safetyManagerName]),
      ...officers.map((o) => o.name),
      ...demoUsers.map((u) => u.displayName),
    ].filter((n): n is string => n !== null);
    for (const n of people) expect(forbiddenNames, n).not.toContain(n);
  });
});

describe('demo officers', () => {
  it('has at least 30 officers with unique certificate numbers and resolvable units', () => {
    expect(officers.length).toBeGreaterThanOrEqual(30);
    expect(new Set(officers.map((o) => o.certNo)).size).toBe(officers.length);
    for (const o of officers) {
      expect(agencyKeys.has(o.agencyKey), o.key).toBe(true);
      expect(unitByKey.get(o.unitKey)?.agencyKey, o.key).toBe(o.agencyKey);
      expect(o.certValidFrom < o.certValidTo).toBe(true);
    }
  });

  it('has exactly one expired certificate', () => {
    const expired = officers.filter((o) => o.certValidTo < '2026-01-01');
    expect(expired).toHaveLength(1);
    for (const o of officers.filter((x) => !expired.includes(x))) expect(o.certValidTo >= '2028-06-30', o.key).toBe(true);
  });

  it('agrees with the demo accounts', () => {
    for (const o of officers.filter((x) => x.username !== null)) {
      const u = demoUsers.find((x) => x.username === o.username);
      expect(u, o.username!).toBeDefined();
      expect({ name: o.name, agencyKey: o.agencyKey, unitKey: o.unitKey }).toEqual({ name: u!.displayName, agencyKey: u!.agencyKey, unitKey: u!.unitKey });
    }
    for (const u of demoUsers.filter((x) => x.roles.some((r) => r.code === 'officer'))) {
      expect(officers.some((o) => o.username === u.username), u.username).toBe(true);
    }
  });

  it('has recusals that link an officer to an enterprise', () => {
    expect(recusals.length).toBeGreaterThanOrEqual(1);
    for (const r of recusals) {
      expect(officerByKey.has(r.officerKey), r.key).toBe(true);
      expect(enterpriseKeys.has(r.enterpriseKey), r.key).toBe(true);
    }
  });
});
