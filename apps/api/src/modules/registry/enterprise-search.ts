import type { EnterpriseTable } from '../../platform/db/schema';
import type { SearchDocumentInput } from '../search/search.service';

/**
 * The search-index entry of an enterprise: found by name, credit code (or a prefix of it) and
 * address, scoped like the enterprise itself (supervising agency, else the 属地 agency).
 */
export function enterpriseSearchDocument(row: EnterpriseTable): SearchDocumentInput {
  return {
    entityType: 'enterprise',
    entityId: row.id,
    agencyId: row.supervising_agency_id ?? row.located_agency_id,
    title: row.name,
    subtitle: row.credit_code,
    body: [row.address, row.registered_address].filter(Boolean).join('；'),
    keywords: [row.credit_code, row.legal_entity_name ?? ''].filter(Boolean),
    updatedAt: row.updated_at,
  };
}
