import { sourceLevelLabel, type Campaign, type CampaignDetail } from '@zhifa/shared/contract/checklist';
import type { RiskFlag } from '@zhifa/shared/rules/enterprise-codes';
import type { Sector } from '@zhifa/shared/rules/industry';
import type { CampaignTable } from '../../platform/db/schema';
import type { Ctx } from '../../platform/http/context';
import { invalidField, notFound } from '../../platform/http/errors';
import { newId } from '../../platform/ids';
import { upsertSearchDocument, type SearchDocumentInput } from '../search/search.service';
import { isActiveOn } from './applicability';
import * as repo from './campaign.repository';
import * as items from './check-item.repository';
import { today } from './law.service';
import { visibilityFor } from './owner-visibility';

const toCampaign = (r: repo.CampaignRow, date: string): Campaign => ({
  id: r.id,
  key: r.key,
  name: r.name,
  shortName: r.short_name,
  sourceLevel: r.source_level,
  ownerAgencyId: r.owner_agency_id,
  ownerAgencyName: r.owner_agency_name,
  parentId: r.parent_id,
  year: r.year,
  effectiveFrom: r.effective_from,
  effectiveTo: r.effective_to,
  appliesTo: { sectors: r.sectors === null ? null : (JSON.parse(r.sectors) as Sector[]), riskFlags: JSON.parse(r.risk_flags) as RiskFlag[] },
  description: r.description,
  status: r.status,
  isDemo: r.is_demo === 1,
  itemCount: Number(r.item_count ?? 0),
  active: isActiveOn({ status: r.status, effectiveFrom: r.effective_from, effectiveTo: r.effective_to }, date),
});

export async function listCampaigns(ctx: Ctx): Promise<Campaign[]> {
  const date = today(ctx);
  return (await repo.listCampaigns(ctx.db, visibilityFor(ctx.actor, ctx.scope))).map((r) => toCampaign(r, date));
}

export async function getCampaign(ctx: Ctx, id: string): Promise<CampaignDetail> {
  const v = visibilityFor(ctx.actor, ctx.scope);
  const row = await repo.findCampaign(ctx.db, v, id);
  if (!row) throw notFound('专项执法');
  const lineages = (await repo.campaignLineages(ctx.db, [id])).map((m) => m.item_lineage_id);
  const rows = await items.publishedItemsOfLineages(ctx.db, v, lineages);
  const order = new Map(lineages.map((l, i) => [l, i]));
  rows.sort((a, b) => order.get(a.lineage_id)! - order.get(b.lineage_id)!);
  const ref = { id: row.id, shortName: row.short_name, sourceLevel: row.source_level };
  return { ...toCampaign(row, today(ctx)), items: rows.map((r) => items.toItemSummary(r, [ref])) };
}

export function campaignSearchDocument(c: Pick<CampaignTable, 'id' | 'name' | 'short_name' | 'source_level' | 'owner_agency_id' | 'year' | 'description' | 'sort_order' | 'updated_at'>): SearchDocumentInput {
  return {
    entityType: 'campaign',
    entityId: c.id,
    agencyId: c.owner_agency_id,
    title: c.name,
    subtitle: `${c.short_name} · ${sourceLevelLabel[c.source_level]} · ${c.year}年`,
    body: c.description,
    sortKey: String(c.sort_order).padStart(5, '0'),
    updatedAt: c.updated_at,
  };
}

export interface CampaignInput {
  name: string;
  shortName: string;
  year: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  appliesTo: { sectors: Sector[] | null; riskFlags: RiskFlag[] };
  description: string;
  itemIds: string[];
}

/** A province's or city's own 专项执法 set (seed 001 Q11), made of published items it can see. */
export async function createCampaign(ctx: Ctx, input: CampaignInput): Promise<CampaignDetail> {
  if (await repo.findCampaignByName(ctx.db, input.name)) throw invalidField('body.name', '专项名称：已有同名专项执法');
  const agency = await items.agencyLevel(ctx.db, ctx.actor!.agencyId);
  if (!agency) throw notFound('所在机关');
  const v = visibilityFor(ctx.actor, ctx.scope);
  const ids = [...new Set(input.itemIds)];
  const rows = new Map((await items.findItems(ctx.db, v, ids)).map((r) => [r.id, r]));
  const found = new Map<string, string>();
  for (const id of ids) {
    const row = rows.get(id);
    if (!row || row.status !== 'published') throw invalidField('body.itemIds', '检查事项：只能选择已发布、在您数据范围内的检查事项');
    found.set(row.lineage_id, row.id);
  }
  const now = ctx.now();
  const row: CampaignTable = {
    id: newId(), key: null, name: input.name, short_name: input.shortName, source_level: agency.level, owner_agency_id: agency.id, parent_id: null, year: input.year,
    effective_from: input.effectiveFrom, effective_to: input.effectiveTo, sectors: input.appliesTo.sectors === null ? null : JSON.stringify(input.appliesTo.sectors),
    risk_flags: JSON.stringify(input.appliesTo.riskFlags), description: input.description, status: 'published', is_demo: 0,
    sort_order: (await repo.maxCampaignSortOrder(ctx.db)) + 1, created_at: now, updated_at: now,
  };
  const members = [...found.keys()].map((lineage, i) => ({ campaign_id: row.id, item_lineage_id: lineage, sort_order: i + 1 }));
  await ctx.tx(async (tx) => {
    await repo.insertCampaigns(tx, [row], members);
    await upsertSearchDocument(tx, campaignSearchDocument(row));
    await ctx.audit(tx, { action: 'checklist.campaign.create', objectType: 'campaign', objectId: row.id, detail: { name: input.name, items: members.length } });
  });
  return getCampaign(ctx, row.id);
}
