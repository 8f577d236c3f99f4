import type { Db } from '../../platform/db/connect';
import type { CampaignItemTable, CampaignTable } from '../../platform/db/schema';
import type { Tx } from '../../platform/db/tx';
import { CHUNK } from './law.repository';
import { ownerVisible, type Visibility } from './owner-visibility';

type Q = Db | Tx;

export async function insertCampaigns(tx: Tx, rows: readonly CampaignTable[], items: readonly CampaignItemTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insertInto('campaigns').values(rows.slice(i, i + CHUNK)).execute();
  for (let i = 0; i < items.length; i += CHUNK) await tx.insertInto('campaign_items').values(items.slice(i, i + CHUNK)).execute();
}

function campaignQuery(db: Q, v: Visibility) {
  return db
    .selectFrom('campaigns')
    .leftJoin('agencies', 'agencies.id', 'campaigns.owner_agency_id')
    .selectAll('campaigns')
    .select('agencies.name as owner_agency_name')
    .select((eb) => eb.selectFrom('campaign_items').select((e) => e.fn.countAll<number>().as('n')).whereRef('campaign_items.campaign_id', '=', 'campaigns.id').as('item_count'))
    .where(ownerVisible(v, 'campaigns.owner_agency_id', 'campaigns.status'));
}

export type CampaignRow = Awaited<ReturnType<typeof listCampaigns>>[number];

export const listCampaigns = (db: Q, v: Visibility) => campaignQuery(db, v).orderBy('campaigns.sort_order').orderBy('campaigns.effective_from', 'desc').execute();

export const findCampaign = (db: Q, v: Visibility, id: string) => campaignQuery(db, v).where('campaigns.id', '=', id).executeTakeFirst();

export const findCampaignByName = (db: Q, name: string) => db.selectFrom('campaigns').select('id').where('name', '=', name).executeTakeFirst();

export const campaignLineages = (db: Q, campaignIds: readonly string[]) =>
  campaignIds.length ? db.selectFrom('campaign_items').selectAll().where('campaign_id', 'in', campaignIds).orderBy('campaign_id').orderBy('sort_order').execute() : Promise.resolve([]);

export const maxCampaignSortOrder = async (db: Q): Promise<number> => {
  const r = await db.selectFrom('campaigns').select((eb) => eb.fn.max('sort_order').as('n')).executeTakeFirst();
  return Number(r?.n ?? 0);
};
