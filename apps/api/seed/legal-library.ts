/**
 * Loads the legal library seed (laws, versions, provisions, violations with dated discretion,
 * checklists, units, items, campaigns) and indexes it for search. Idempotent: a record whose key
 * is already in the database is left alone (local changes are never overwritten). Batch inserts of
 * at most 500 rows per statement, inside the caller's transaction.
 */
import type { CampaignTable, CheckItemProvisionTable, CheckItemTable, DiscretionTierTable, DiscretionVersionTable, LawTable, LawVersionTable, ProvisionTable, ViolationTable } from '../src/platform/db/schema';
import type { Tx } from '../src/platform/db/tx';
import { stableId } from '../src/platform/stable-id';
import { campaignSearchDocument } from '../src/modules/checklist/campaign.service';
import * as campaignRepo from '../src/modules/checklist/campaign.repository';
import * as itemRepo from '../src/modules/checklist/check-item.repository';
import { itemSearchDocument } from '../src/modules/checklist/check-item.service';
import * as lawRepo from '../src/modules/checklist/law.repository';
import { lawSearchDocument, provisionSearchDocument } from '../src/modules/checklist/law.service';
import { provisionSortOrder } from '../src/modules/checklist/provision-rules';
import * as violationRepo from '../src/modules/checklist/violation.repository';
import { violationSearchDocument } from '../src/modules/checklist/violation.service';
import { upsertSearchDocuments, type SearchDocumentInput } from '../src/modules/search/search.service';
import { campaigns } from './reference/campaigns';
import { checkItems, checklists, checkUnits } from './reference/check-items';
import { laws, lawVersions, provisions } from './reference/laws';
import { violations } from './reference/violations';
import { lawDataChanges } from './reference/law-data-changes';

const id = stableId;
const ref = (key: string | null) => (key === null ? null : stableId(key));
const json = (v: unknown) => JSON.stringify(v);

export async function seedLegalLibrary(tx: Tx, now: string): Promise<number> {
  const docs: SearchDocumentInput[] = [];
  let added = 0;

  // 法律法规库
  const haveLaws = await lawRepo.existingKeys(tx, 'laws');
  const haveVersions = await lawRepo.existingKeys(tx, 'law_versions');
  const haveProvisions = await lawRepo.existingKeys(tx, 'provisions');
  const lawRows: LawTable[] = laws.filter((l) => !haveLaws.has(l.key)).map((l) => ({ id: id(l.key), key: l.key, title: l.title, short_title: l.shortTitle, kind: l.kind, issuer: l.issuer, created_at: now, updated_at: now }));
  const versionRows: LawVersionTable[] = lawVersions
    .filter((v) => !haveVersions.has(v.key))
    .map((v) => ({
      id: id(v.key), key: v.key, law_id: id(v.lawKey), tag: v.tag, title: v.title, document_number: v.documentNumber, adopted_on: v.adoptedOn, effective_from: v.effectiveFrom,
      effective_to: v.effectiveTo, source: v.source, text_source: v.textSource, verified: v.verified ? 1 : 0, note: v.note ?? null, created_at: now, updated_at: now,
    }));
  const provisionRows: ProvisionTable[] = provisions
    .filter((p) => !haveProvisions.has(p.key))
    .map((p) => ({
      id: id(p.key), key: p.key, law_version_id: id(p.lawVersionKey), parent_id: ref(p.parentKey), article: p.article, paragraph: p.paragraph, item: p.item, sub_item: null,
      heading: p.heading, text: p.text, text_is_paraphrase: p.textIsParaphrase ? 1 : 0, citation: p.citation, note: p.note ?? null,
      sort_order: provisionSortOrder({ article: p.article, paragraph: p.paragraph, item: p.item, subItem: null }), created_at: now, updated_at: now, kind: p.kind ?? null,
    }));
  await lawRepo.insertChunked(tx, 'laws', lawRows);
  await lawRepo.insertChunked(tx, 'law_versions', versionRows);
  await lawRepo.insertChunked(tx, 'provisions', provisionRows);
  // Provisions seeded before they carried a kind (issue 8): classify those still unclassified.
  const kindByKey = new Map(provisions.map((p) => [p.key, p.kind]));
  for (const key of await lawRepo.unclassifiedProvisionKeys(tx)) {
    const kind = kindByKey.get(key);
    if (kind) await lawRepo.setProvisionKind(tx, key, kind, now);
  }
  for (const l of lawRows) docs.push(lawSearchDocument(l, lawVersions.filter((v) => v.lawKey === l.key && v.documentNumber).map((v) => v.documentNumber!)));
  const versionByKey = new Map(lawVersions.map((v) => [v.key, v]));
  for (const p of provisionRows) {
    const v = versionByKey.get(provisions.find((x) => x.key === p.key)!.lawVersionKey)!;
    docs.push(provisionSearchDocument(p, { key: v.key, id: id(v.key), effective_from: v.effectiveFrom, effective_to: v.effectiveTo }));
  }
  added += lawRows.length + versionRows.length + provisionRows.length;

  // 违法行为库 and 自由裁量
  const haveViolations = await lawRepo.existingKeys(tx, 'violations');
  const newViolations = violations.filter((v) => !haveViolations.has(v.key));
  const citation = new Map(provisions.map((p) => [p.key, p.citation]));
  const vRows: ViolationTable[] = newViolations.map((v) => ({ id: id(v.key), key: v.key, code: v.code, name: v.name, party_kinds: json(v.partyKinds), status: v.status, note: v.note ?? null, created_at: now, updated_at: now }));
  const links = newViolations.flatMap((v) => [
    ...v.violatedProvisionKeys.map((k, i) => ({ violation_id: id(v.key), provision_id: id(k), role: 'violated' as const, sort_order: i + 1 })),
    ...v.penaltyProvisionKeys.map((k, i) => ({ violation_id: id(v.key), provision_id: id(k), role: 'penalty' as const, sort_order: i + 1 })),
  ]);
  const dVersions: DiscretionVersionTable[] = newViolations.flatMap((v) =>
    v.discretionVersions.map((d) => ({
      id: id(d.key), key: d.key, violation_id: id(v.key), effective_from: d.effectiveFrom, effective_to: d.effectiveTo, basis: d.basis,
      statutory_unit_min_fen: d.statutory.unitFine?.minFen ?? null, statutory_unit_max_fen: d.statutory.unitFine?.maxFen ?? null,
      statutory_person_min_fen: d.statutory.personFine?.minFen ?? null, statutory_person_max_fen: d.statutory.personFine?.maxFen ?? null,
      statutory_other_penalties: json(d.statutory.otherPenalties), statutory_summary: d.statutory.summary, verified: d.verified ? 1 : 0, illustrative: d.illustrative ? 1 : 0,
      source: d.source, note: d.note ?? null, created_at: now,
    })),
  );
  const tiers: DiscretionTierTable[] = newViolations.flatMap((v) =>
    v.discretionVersions.flatMap((d) =>
      d.tiers.map((t) => ({
        id: id(t.key), key: t.key, version_id: id(d.key), level: t.level, label: t.label, circumstance: t.circumstance, no_penalty: t.noPenalty ? 1 : 0,
        unit_min_fen: t.unitFine?.minFen ?? null, unit_max_fen: t.unitFine?.maxFen ?? null, person_min_fen: t.personFine?.minFen ?? null, person_max_fen: t.personFine?.maxFen ?? null,
        other_penalties: json(t.otherPenalties), note: t.note ?? null,
      })),
    ),
  );
  await violationRepo.insertViolationData(tx, { violations: vRows, links, versions: dVersions, tiers });
  // Recorded corrections (law-data-changes.ts) for installations seeded before them.
  for (const c of lawDataChanges) {
    if (c.kind !== 'correct' || !c.table || !c.key || !c.column || c.from === undefined || c.to === undefined) continue;
    if (!(await lawRepo.correctIfUnchanged(tx, { table: c.table, key: c.key, column: c.column, from: c.from, to: c.to }, now))) continue;
    added++;
    const v = c.table === 'violations' ? violations.find((x) => x.key === c.key) : undefined;
    if (v) docs.push(violationSearchDocument({ id: id(v.key), code: v.code, name: v.name, updatedAt: now }, v.violatedProvisionKeys.map((k) => citation.get(k)!), v.penaltyProvisionKeys.map((k) => citation.get(k)!)));
  }
  for (const v of newViolations) {
    docs.push(violationSearchDocument({ id: id(v.key), code: v.code, name: v.name, updatedAt: now }, v.violatedProvisionKeys.map((k) => citation.get(k)!), v.penaltyProvisionKeys.map((k) => citation.get(k)!)));
  }
  added += vRows.length;

  // 检查事项库
  const haveLists = await lawRepo.existingKeys(tx, 'checklists');
  const haveUnits = await lawRepo.existingKeys(tx, 'check_units');
  const haveItems = await lawRepo.existingKeys(tx, 'check_items');
  await itemRepo.insertChecklistData(tx, {
    checklists: checklists
      .filter((c) => !haveLists.has(c.key))
      .map((c) => ({
        id: id(c.key), key: c.key, name: c.name, source_level: c.sourceLevel, owner_agency_id: ref(c.ownerAgencyKey), version: c.version, status: c.status,
        effective_from: c.effectiveFrom, description: c.description, sort_order: checklists.indexOf(c) + 1, created_at: now, updated_at: now,
      })),
    units: checkUnits.filter((u) => !haveUnits.has(u.key)).map((u) => ({ id: id(u.key), key: u.key, checklist_id: id(u.checklistKey), name: u.name, sort_order: u.sortOrder, created_at: now })),
  });
  const violationByKey = new Map(violations.map((v) => [v.key, v]));
  const newItems = checkItems.filter((i) => !haveItems.has(i.key));
  const itemRows: CheckItemTable[] = newItems.map((i) => ({
    id: id(i.key), key: i.key, lineage_id: id(i.key), version: i.version, checklist_id: id(i.checklistKey), unit_id: id(i.unitKey), code: i.code, sort_order: i.sortOrder,
    content: i.content, methods: json(i.methods), compliant_wording: i.compliantWording, non_compliant_wording: i.nonCompliantWording, violation_id: id(i.violationKey),
    related_violation_ids: json(i.relatedViolationKeys.map(id)), on_site_measure: i.onSite.measure, on_site_default_days: i.onSite.defaultDays, major_hazard: i.majorHazard ? 1 : 0,
    needs_review: i.needsReview ? 1 : 0, sectors: i.appliesTo.sectors === null ? null : json(i.appliesTo.sectors), risk_flags: json(i.appliesTo.riskFlags), source_level: i.sourceLevel,
    owner_agency_id: ref(i.ownerAgencyKey), status: i.status, note: i.note ?? null, created_by: null, created_by_name: '系统（参考数据）', submitted_by: null, submitted_by_name: null,
    submitted_at: null, reviewed_by: null, reviewed_by_name: null, reviewed_at: null, review_comment: null, published_at: i.status === 'published' ? now : null, retired_at: null,
    created_at: now, updated_at: now,
  }));
  // 检查依据 of a seeded item = the 认定条款 of its violation.
  const itemLinks: CheckItemProvisionTable[] = newItems.flatMap((i) => [
    ...violationByKey.get(i.violationKey)!.violatedProvisionKeys.map((k, n) => ({ item_id: id(i.key), provision_id: id(k), role: 'basis' as const, sort_order: n + 1 })),
    { item_id: id(i.key), provision_id: id(i.onSite.provisionKey), role: 'onSite' as const, sort_order: 1 },
    ...i.majorHazardBasisKeys.map((k, n) => ({ item_id: id(i.key), provision_id: id(k), role: 'majorHazard' as const, sort_order: n + 1 })),
  ]);
  await itemRepo.insertItems(tx, itemRows, itemLinks);
  const listByKey = new Map(checklists.map((c, n) => [c.key, { name: c.name, sort: n + 1 }]));
  const unitByKey = new Map(checkUnits.map((u) => [u.key, u]));
  for (const i of newItems.filter((x) => x.status === 'published')) {
    const row = itemRows.find((r) => r.key === i.key)!;
    const list = listByKey.get(i.checklistKey)!;
    const unit = unitByKey.get(i.unitKey)!;
    docs.push(itemSearchDocument({ ...row, checklist_name: list.name, checklist_sort: list.sort, unit_name: unit.name, unit_sort: unit.sortOrder }));
  }
  added += itemRows.length;

  // 专项执法
  const haveCampaigns = await lawRepo.existingKeys(tx, 'campaigns');
  const newCampaigns = campaigns.filter((c) => !haveCampaigns.has(c.key));
  const campaignRows: CampaignTable[] = newCampaigns.map((c) => ({
    id: id(c.key), key: c.key, name: c.name, short_name: c.shortName, source_level: c.sourceLevel, owner_agency_id: ref(c.ownerAgencyKey), parent_id: ref(c.parentKey), year: c.year,
    effective_from: c.effectiveFrom, effective_to: c.effectiveTo, sectors: c.appliesTo.sectors === null ? null : json(c.appliesTo.sectors), risk_flags: json(c.appliesTo.riskFlags),
    description: c.description, status: c.status, is_demo: c.isDemo ? 1 : 0, sort_order: campaigns.indexOf(c) + 1, created_at: now, updated_at: now,
  }));
  const members = newCampaigns.flatMap((c) => [...new Set(c.itemKeys)].map((k, n) => ({ campaign_id: id(c.key), item_lineage_id: id(k), sort_order: n + 1 })));
  await campaignRepo.insertCampaigns(tx, campaignRows, members);
  for (const c of campaignRows) docs.push(campaignSearchDocument(c));
  added += campaignRows.length;

  await upsertSearchDocuments(tx, docs);
  return added;
}
