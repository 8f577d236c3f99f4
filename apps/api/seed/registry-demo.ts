/**
 * Loads the demo registry: the 22 pilot and the synthetic enterprises (demo/enterprises.ts), the
 * officers linked to their demo accounts, and the recusals (demo/officers.ts). Idempotent: ids are
 * stable (stableId of the seed key) and only missing records are written, in one transaction, through
 * the same rules as the API (stored sector, completeness).
 */
import type { EnterpriseSeed } from './demo/types';
import { demoEnterprises } from './demo/enterprises';
import { officers, recusals } from './demo/officers';
import { appendAudit, systemActor } from '../src/platform/audit/audit';
import type { Clock } from '../src/platform/clock';
import type { Db } from '../src/platform/db/connect';
import { inTransaction } from '../src/platform/db/tx';
import { newId } from '../src/platform/ids';
import { stableId } from '../src/platform/stable-id';
import { evaluate, sectorOf, type EnterpriseData } from '../src/modules/registry/enterprise-rules';
import * as enterpriseRepo from '../src/modules/registry/enterprise.repository';
import { toOfficerRow } from '../src/modules/registry/officer.service';
import * as officerRepo from '../src/modules/registry/officer.repository';
import { upsertSearchDocuments } from '../src/modules/search/search.service';
import { enterpriseSearchDocument } from '../src/modules/registry/enterprise-search';

export function enterpriseDataOf(e: EnterpriseSeed): EnterpriseData {
  const data: EnterpriseData = {
    name: e.name,
    creditCode: e.creditCode,
    legalEntityName: e.legalEntityName,
    registeredAddress: e.address,
    address: e.address,
    divisionCode: e.divisionCode,
    town: e.town,
    locatedAgencyId: stableId(e.locatedAgencyKey),
    supervisingAgencyId: e.supervisingAgencyKey ? stableId(e.supervisingAgencyKey) : null,
    location: e.location,
    legalRepresentative: e.legalRepresentative,
    principalName: e.principalName,
    principalPhone: e.principalPhone,
    safetyManagerName: e.safetyManagerName,
    safetyManagerPhone: e.safetyManagerPhone,
    industryCode: e.industryCode,
    sectorConfirmed: null,
    scale: e.scale,
    employeeCount: e.employeeCount,
    standardizationLevel: e.standardizationLevel,
    status: e.status,
    riskFlags: [...e.riskFlags],
    licences: e.licences.map((l) => ({ type: l.type, number: l.number ?? null, validFrom: l.validFrom ?? null, validTo: l.validTo ?? null })),
    majorHazardSources: e.majorHazardSources ? e.majorHazardSources.map((m) => ({ ...m })) : null,
    principalAssessed: e.principalAssessed,
    combustibleDustTypes: e.combustibleDustTypes ? [...e.combustibleDustTypes] : null,
    ammoniaInventoryKg: e.ammoniaInventoryKg,
    confinedSpaceCount: e.confinedSpaceCount,
    deepWellCastingLines: e.deepWellCastingLines,
    hazardousProcesses: e.hazardousProcesses ? [...e.hazardousProcesses] : null,
    note: e.note ?? null,
  };
  // The seed's sector is what an officer confirmed when it differs from the one the code suggests
  // (e.g. a fireworks shop whose licence was left out to show an unfinished record).
  if (sectorOf(data) !== e.sector) data.sectorConfirmed = e.sector;
  return data;
}

export async function seedRegistryDemo(db: Db, clock: Clock): Promise<{ enterprises: number; officers: number; recusals: number }> {
  const [haveEnterprises, haveOfficers, haveRecusals] = await Promise.all([
    enterpriseRepo.existingIds(db, demoEnterprises.map((e) => stableId(e.key))),
    officerRepo.existingIds(db, officers.map((o) => stableId(o.key))),
    officerRepo.existingRecusalIds(db, recusals.map((r) => stableId(r.key))),
  ]);
  const newEnterprises = demoEnterprises.filter((e) => !haveEnterprises.has(stableId(e.key)));
  const newOfficers = officers.filter((o) => !haveOfficers.has(stableId(o.key)));
  const newRecusals = recusals.filter((r) => !haveRecusals.has(stableId(r.key)));
  if (!newEnterprises.length && !newOfficers.length && !newRecusals.length) return { enterprises: 0, officers: 0, recusals: 0 };

  const accounts = new Map((await officerRepo.usersByUsername(db, officers.flatMap((o) => (o.username ? [o.username] : [])))).map((u) => [u.username, u]));
  const now = clock.now().toISOString();
  return inTransaction(db, async (tx) => {
    const rows = newEnterprises.map((e) => {
      const data = enterpriseDataOf(e);
      const id = stableId(e.key);
      return { id, data, row: enterpriseRepo.toEnterpriseRow(id, data, evaluate(data), { isPilot: e.isPilot, isDemo: true, createdAt: now, updatedAt: now }) };
    });
    await enterpriseRepo.insertEnterprises(tx, rows.map((r) => r.row));
    await upsertSearchDocuments(tx, rows.map((r) => enterpriseSearchDocument(r.row)));
    await enterpriseRepo.replaceLicences(tx, [], rows.flatMap((r) => enterpriseRepo.licenceRows(r.id, r.data.licences, newId)));
    await enterpriseRepo.insertChanges(
      tx,
      rows.map((r) => ({ id: newId(), enterprise_id: r.id, at: now, actor_id: null, actor_name: systemActor.actorName, source: 'seed' as const, field: '*', label: '演示数据导入', old_value: null, new_value: r.data.name, request_id: null })),
    );
    await officerRepo.insertOfficers(
      tx,
      newOfficers.map((o) =>
        toOfficerRow(
          stableId(o.key),
          {
            name: o.name, gender: o.gender, userId: o.username ? (accounts.get(o.username)?.id ?? null) : null, agencyId: stableId(o.agencyKey), unitId: stableId(o.unitKey),
            title: o.title, phone: null, certNo: o.certNo, certIssuer: o.certIssuer, certValidFrom: o.certValidFrom, certValidTo: o.certValidTo,
            status: 'active', specialties: [], note: o.note ?? null,
          },
          { isDemo: true, createdAt: now, updatedAt: now },
        ),
      ),
    );
    await officerRepo.insertRecusals(
      tx,
      newRecusals.map((r) => ({ id: stableId(r.key), officer_id: stableId(r.officerKey), enterprise_id: stableId(r.enterpriseKey), reason: r.reason, valid_from: r.declaredOn, valid_to: null, is_demo: 1, created_by: null, created_at: now, updated_at: now })),
    );
    const counts = { enterprises: newEnterprises.length, officers: newOfficers.length, recusals: newRecusals.length };
    await appendAudit(tx, systemActor, { action: 'seed.registry', detail: counts }, now);
    return counts;
  });
}
