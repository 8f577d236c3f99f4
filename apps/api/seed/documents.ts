/**
 * Seed data of the documents module (issue 4). Idempotent: only missing rows are written.
 *
 * Reference (every installation): the catalogue of document types and the template versions of
 * @zhifa/documents, default document settings of every agency (编号格式 `{简称}应急{简称}〔年〕序号号`,
 * GB/T 9704 hexagonal brackets, per-type serials), the template versions the pilot agencies use from which date
 * (告知书 2020.1 → 2021.1 on 2021-07-15, when the revised 行政处罚法 took effect), the statutory
 * periods of service as dated rule values, and the approval chain for an agency's own new document
 * types (法制审核).
 *
 * Demo (embedded mode): each pilot agency's 演示样章 seal images (seed/assets, with its own name), the
 * signatures of the officers of officer1 and officer2, SM2 keys of the pilot agencies, and two
 * payment accounts of the pilot city (synthetic account numbers).
 */
import { generateSm2KeyPair } from '@zhifa/documents';
import { demoAccounts, demoAgency } from '@zhifa/documents/fixtures/index';
import { appendAudit, systemActor } from '../src/platform/audit/audit';
import type { Clock } from '../src/platform/clock';
import { SecretBox } from '../src/platform/crypto/secret-box';
import type { Db } from '../src/platform/db/connect';
import type { RuleValueTable } from '../src/platform/db/schema';
import { inTransaction, type Tx } from '../src/platform/db/tx';
import { fileStoreFor } from '../src/platform/files/file-store';
import { recordFile } from '../src/platform/files/file.repository';
import { stableId } from '../src/platform/stable-id';
import * as typeRepo from '../src/modules/document/document-type.repository';
import { registerTemplateVersions, seedCatalogue } from '../src/modules/document/document-type.service';
import * as docRepo from '../src/modules/document/document.repository';
import * as numberingRepo from '../src/modules/document/numbering.repository';
import { defaultSettingsRow } from '../src/modules/document/numbering.service';
import { RULE_ABSENT_DELIVERY, RULE_CALENDAR, RULE_PAYMENT, RULE_PUBLIC_NOTICE } from '../src/modules/document/service-rules';
import { checkImage } from '../src/modules/document/image-rules';
import { statutoryLimitSeeds } from './reference/statutory-limits';
import { demoAsset, demoSealNames, demoSignatureNames } from './document-demo-images';

const PILOT = ['agency:610200', 'agency:610202', 'agency:610203', 'agency:610204', 'agency:610222', 'agency:tcxq'];

/** 本级人民政府 (复议机关 since 2024-01-01) of the pilot agencies; 新区 is a functional zone, left to configure. */
const governments: Record<string, string> = {
  'agency:610200': '铜川市人民政府',
  'agency:610202': '铜川市王益区人民政府',
  'agency:610203': '铜川市印台区人民政府',
  'agency:610204': '铜川市耀州区人民政府',
  'agency:610222': '宜君县人民政府',
};

interface RuleSeed {
  key: string;
  from: string;
  to: string | null;
  value: unknown;
  source: string;
  verified: boolean;
  note: string | null;
}

/**
 * Statutory periods of service. [K] = from the researchers' knowledge of the statute, not checked
 * against the official text here: verified 0 until someone checks (reference.md §2.2).
 */
const ruleSeeds: RuleSeed[] = [
  { key: RULE_ABSENT_DELIVERY, from: '1996-10-01', to: '2021-07-14', value: { days: 7, unit: 'calendarDays' }, source: '《中华人民共和国行政处罚法》（1996年）第四十条', verified: false, note: '当事人不在场的，七日内依照民事诉讼法送达。[K] 未与官方文本核对' },
  { key: RULE_ABSENT_DELIVERY, from: '2021-07-15', to: null, value: { days: 7, unit: 'workingDays' }, source: '《中华人民共和国行政处罚法》（2021年修订）第六十一条、第八十五条', verified: false, note: '第八十五条：“七日”指工作日。[K] 未与官方文本核对' },
  { key: RULE_PUBLIC_NOTICE, from: '1991-04-09', to: '2021-12-31', value: { days: 60, unit: 'calendarDays' }, source: '《中华人民共和国民事诉讼法》公告送达条款（2021年修正前）', verified: false, note: '自发出公告之日起，经过六十日，即视为送达。[K]' },
  { key: RULE_PUBLIC_NOTICE, from: '2022-01-01', to: null, value: { days: 30, unit: 'calendarDays' }, source: '《中华人民共和国民事诉讼法》（2021年修正）第九十五条', verified: false, note: '2021年修正将公告送达期间由六十日缩短为三十日（2022-01-01施行）。[K] 须与官方文本核对' },
  { key: RULE_PAYMENT, from: '1996-10-01', to: null, value: { days: 15, unit: 'calendarDays' }, source: '《中华人民共和国行政处罚法》第六十七条（2021年修订；1996年法第四十六条）', verified: false, note: '自收到行政处罚决定书之日起十五日内缴纳罚款。[K]' },
  {
    key: RULE_CALENDAR, from: '2025-01-01', to: '2025-12-31', source: '国务院办公厅关于2025年部分节假日安排的通知', verified: false, note: '须与国务院办公厅通知核对后标记为已核实',
    value: {
      year: 2025,
      holidays: ['2025-01-01', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-03', '2025-02-04', '2025-04-04', '2025-05-01', '2025-05-02', '2025-05-05', '2025-06-02', '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'],
      workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    },
  },
  {
    key: RULE_CALENDAR, from: '2026-01-01', to: '2026-12-31', source: '国务院办公厅关于2026年部分节假日安排的通知', verified: false, note: '须与国务院办公厅通知核对后标记为已核实',
    value: {
      year: 2026,
      holidays: ['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-23', '2026-04-06', '2026-05-01', '2026-05-04', '2026-05-05', '2026-06-19', '2026-09-25', '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
      workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    },
  },
  ...statutoryLimitSeeds,
];

/** Template versions in force at the pilot agencies, with the day they took effect. */
const templateSeeds = [
  { typeCode: 'penalty-notice', version: '2020.1', from: '2020-01-01' },
  { typeCode: 'penalty-notice', version: '2021.1', from: '2021-07-15' },
  { typeCode: 'hearing-notice', version: '2020.1', from: '2020-01-01' },
  { typeCode: 'hearing-notice', version: '2021.1', from: '2021-07-15' },
];

const legalChainSteps = JSON.stringify([
  { name: '法制审核', roleCode: 'legalReviewer', roleName: '法制审核员', agency: 'own', unitMode: 'any', unitId: null, unitName: null, mode: 'any', remindAfterHours: 48 },
]);

export async function seedDocumentReference(tx: Tx, now: string): Promise<number> {
  let added = await seedCatalogue(tx, now);
  added += await registerTemplateVersions(tx, now);
  const agencies = await tx.selectFrom('agencies').select(['id', 'short_name', 'parent_id']).execute();
  for (const a of agencies) {
    const key = PILOT.find((k) => stableId(k) === a.id);
    const parent = a.parent_id ? agencies.find((p) => p.id === a.parent_id) : undefined;
    const parentName = parent ? (await tx.selectFrom('agencies').select('name').where('id', '=', parent.id).executeTakeFirst())?.name ?? null : null;
    const r = await numberingRepo.insertSettingsIfMissing(tx, { ...defaultSettingsRow(a, now), government: key ? (governments[key] ?? null) : null, superior_agency: parentName });
    added += Number(r[0]?.numInsertedOrUpdatedRows ?? 0);
  }
  for (const key of PILOT) {
    for (const t of templateSeeds) {
      const r = await typeRepo.insertTemplateSettingIfMissing(tx, { id: stableId(`templateSetting:${key}:${t.typeCode}:${t.from}`), agency_id: stableId(key), type_code: t.typeCode, version: t.version, effective_from: t.from, created_by: null, created_at: now });
      added += Number(r[0]?.numInsertedOrUpdatedRows ?? 0);
    }
    if (!(await tx.selectFrom('approval_chains').select('id').where('agency_id', '=', stableId(key)).where('object_type', '=', 'documentType').executeTakeFirst())) {
      await tx.insertInto('approval_chains').values({ id: stableId(`approvalChain:${key}:documentType`), agency_id: stableId(key), object_type: 'documentType', name: '新增文书类型法制审核', version: 1, steps: legalChainSteps, status: 'active', created_at: now, updated_at: now, updated_by: null }).execute();
      added++;
    }
  }
  for (const r of ruleSeeds) {
    const id = stableId(`rule:${r.key}:${r.from}`);
    if (await docRepo.ruleById(tx, id)) continue;
    const row: RuleValueTable = { id, key: r.key, jurisdiction_agency_id: null, effective_from: r.from, effective_to: r.to, value: JSON.stringify(r.value), source: r.source, verified: r.verified ? 1 : 0, note: r.note, created_at: now };
    await docRepo.insertRule(tx, row);
    added++;
  }
  return added;
}

/** Demo assets; needs the data directory (file store) and the secret (sealed keys). */
export async function seedDocumentDemo(db: Db, clock: Clock, opts: { dataDir: string; secret: string }): Promise<number> {
  const store = fileStoreFor(opts.dataDir);
  const seals: { agencyKey: string; kind: 'agencySeal' | 'enforcementSeal'; bytes: Buffer }[] = demoSealNames.flatMap((s) => [
    { agencyKey: s.agencyKey, kind: 'agencySeal' as const, bytes: demoAsset(`seal-${s.file}-agency`) },
    { agencyKey: s.agencyKey, kind: 'enforcementSeal' as const, bytes: demoAsset(`seal-${s.file}-enforcement`) },
  ]);
  const signatures = demoSignatureNames.map((s) => ({ certNo: s.certNo, bytes: demoAsset(`signature-${s.file}`) }));
  const stored = new Map<Buffer, Awaited<ReturnType<typeof store.put>>>();
  for (const b of [...seals.map((s) => s.bytes), ...signatures.map((s) => s.bytes)]) stored.set(b, await store.put(b));
  const box = new SecretBox(opts.secret, 'document-signing-key');
  return inTransaction(db, async (tx) => {
    const now = clock.now().toISOString();
    let added = 0;
    for (const f of stored.values()) await recordFile(tx, f, 'image/png', now, null);
    for (const s of seals) {
      const agencyId = stableId(s.agencyKey);
      if (!(await tx.selectFrom('agencies').select('id').where('id', '=', agencyId).executeTakeFirst())) continue;
      if ((await docRepo.activeSeals(tx, agencyId)).some((x) => x.kind === s.kind)) continue;
      const size = checkImage(s.bytes, 'seal');
      await docRepo.insertSeal(tx, { id: stableId(`seal:${s.agencyKey}:${s.kind}`), agency_id: agencyId, kind: s.kind, file_sha256: stored.get(s.bytes)!.sha256, width: size.ok ? size.width : 0, height: size.ok ? size.height : 0, active: 1, uploaded_by: null, uploaded_at: now });
      added++;
    }
    for (const key of PILOT) {
      const agencyId = stableId(key);
      if (!(await tx.selectFrom('agencies').select('id').where('id', '=', agencyId).executeTakeFirst())) continue;
      if (!(await docRepo.activeKey(tx, agencyId))) {
        const pair = generateSm2KeyPair();
        await docRepo.insertKeyIfNone(tx, { id: stableId(`signingKey:${key}:1`), agency_id: agencyId, public_key: pair.publicKey, private_key_sealed: box.seal(pair.privateKey), status: 'active', created_at: now });
        added++;
      }
    }
    // Handwritten signatures of the officers of the demo accounts officer1 (王建国) and officer2 (刘思远).
    for (const s of signatures) {
      const officerId = stableId(`officer:${s.certNo}`);
      const officer = await tx.selectFrom('officers').select(['id', 'agency_id']).where('id', '=', officerId).executeTakeFirst();
      if (!officer || (await docRepo.officerSignatures(tx, [officerId])).length) continue;
      await docRepo.insertOfficerSignature(tx, { id: stableId(`officerSignature:${s.certNo}`), officer_id: officerId, agency_id: officer.agency_id, file_sha256: stored.get(s.bytes)!.sha256, active: 1, uploaded_by: null, uploaded_at: now });
      added++;
    }
    const city = stableId('agency:610200');
    // The city's address and court for the documents (the address is marked 演示地址).
    const settings = await numberingRepo.findSettings(tx, city);
    if (settings && !settings.address) {
      await numberingRepo.upsertSettings(tx, { ...settings, address: demoAgency.address, postcode: demoAgency.postcode, phone: demoAgency.phone, court: settings.court ?? demoAgency.court, updated_at: now });
      added++;
    }
    for (const [i, a] of demoAccounts.entries()) {
      if (await docRepo.paymentAccountByNumber(tx, city, a.accountNumber)) continue;
      await docRepo.insertPaymentAccountIfMissing(tx, { id: stableId(`paymentAccount:610200:${i}`), agency_id: city, bank: a.bank, account_name: a.accountName, account_number: a.accountNumber, active: 1, sort_order: i, created_at: now, updated_at: now });
      added++;
    }
    if (added) await appendAudit(tx, systemActor, { action: 'seed.documents.demo', detail: { added } }, now);
    return added;
  });
}
