import type { AgencySnapshot, OfficerSnapshot, PartySnapshot, RenderInput } from '@zhifa/documents';
import type { FileStore } from '../../platform/files/file-store';

/**
 * The render input of an issued document as stored (documents.render_input): everything the PDF
 * was made from, with images as file-store references instead of bytes. Re-hydrating it and
 * rendering with the same template version gives the same bytes (deterministic rendering).
 */
export type SignatureRole = 'party' | 'witness' | 'recorder' | 'inquiree' | 'recipient' | 'hearingOfficer';

export interface FrozenInput {
  agency: AgencySnapshot;
  documentType: string;
  templateVersion: string;
  number?: string;
  issuedOn: string;
  party?: PartySnapshot;
  fields: Record<string, unknown>;
  officers: { name: string; certNo: string; signatureFile?: string }[];
  signatures: Partial<Record<SignatureRole, { name?: string; signedOn?: string; imageFile?: string }>>;
  seals: { agencySeal?: string; enforcementSeal?: string };
  verification?: { url: string; token: string };
  deterministic: { creationDate: string; documentId: string };
}

/** Every file a frozen input refers to. */
export function filesOf(f: Pick<FrozenInput, 'officers' | 'signatures' | 'seals'>): string[] {
  return [
    ...f.officers.flatMap((o) => (o.signatureFile ? [o.signatureFile] : [])),
    ...Object.values(f.signatures).flatMap((s) => (s?.imageFile ? [s.imageFile] : [])),
    ...Object.values(f.seals).filter((v): v is string => Boolean(v)),
  ];
}

// Images are immutable (content-addressed), so one Buffer per file is kept: the renderer caches
// its decoded form per Buffer object, which matters for throughput (seals on every document).
const imageCache = new Map<string, Buffer>();
const MAX_CACHED = 256;

export async function loadImages(store: FileStore, shas: readonly string[]): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const sha of new Set(shas)) {
    let buf = imageCache.get(sha);
    if (!buf) {
      buf = await store.get(sha);
      if (imageCache.size >= MAX_CACHED) imageCache.delete(imageCache.keys().next().value as string);
      imageCache.set(sha, buf);
    }
    out.set(sha, buf);
  }
  return out;
}

/** The renderer's input from a frozen one and the loaded images. */
export function hydrate(f: FrozenInput, images: ReadonlyMap<string, Buffer>): RenderInput {
  const img = (sha: string | undefined): Buffer | undefined => (sha ? images.get(sha) : undefined);
  const officers: OfficerSnapshot[] = f.officers.map((o) => {
    const signature = img(o.signatureFile);
    return signature ? { name: o.name, certNo: o.certNo, signature } : { name: o.name, certNo: o.certNo };
  });
  const signatures: NonNullable<RenderInput['signatures']> = {};
  for (const [role, s] of Object.entries(f.signatures) as [SignatureRole, FrozenInput['signatures'][SignatureRole]][]) {
    if (!s) continue;
    const image = img(s.imageFile);
    signatures[role] = { ...(s.name ? { name: s.name } : {}), ...(s.signedOn ? { signedOn: s.signedOn } : {}), ...(image ? { image } : {}) };
  }
  const seals: NonNullable<RenderInput['seals']> = {};
  if (img(f.seals.agencySeal)) seals.agencySeal = img(f.seals.agencySeal)!;
  if (img(f.seals.enforcementSeal)) seals.enforcementSeal = img(f.seals.enforcementSeal)!;
  return {
    agency: f.agency,
    documentType: f.documentType,
    templateVersion: f.templateVersion,
    ...(f.number ? { number: f.number } : {}),
    issuedOn: f.issuedOn,
    ...(f.party ? { party: f.party } : {}),
    fields: f.fields,
    officers,
    signatures,
    seals,
    ...(f.verification ? { verification: f.verification } : {}),
    deterministic: f.deterministic,
  };
}
