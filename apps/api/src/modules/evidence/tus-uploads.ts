import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { Server, type Upload } from '@tus/server';
import type { Config } from '../../platform/config';
import { EvidenceMetadata, storeEvidence, type EvidenceMetadataInput } from '../../platform/files/evidence.service';
import type { Ctx } from '../../platform/http/context';
import { AppError } from '../../platform/http/errors';

export const TUS_PATH = '/api/uploads/tus';
const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;
/** Set by the server from the session, never taken from the client. */
const OWNER_KEY = 'zhifaOwner';

/** The request context of each tus request, handed from the authenticated route to the tus hooks. */
const ctxOf = new WeakMap<IncomingMessage, Ctx>();

type TusRequest = { runtime?: { node?: { req?: IncomingMessage } } };
const ctxFor = (req: unknown): Ctx => {
  const raw = (req as TusRequest).runtime?.node?.req;
  const ctx = raw ? ctxOf.get(raw) : undefined;
  if (!ctx) throw { status_code: 401, body: problemBody(401, '请先登录') };
  return ctx;
};

const problemBody = (status: number, detail: string, errors?: unknown) => JSON.stringify({ status, detail, ...(errors ? { errors } : {}) });

/** The tus Upload-Metadata (strings) as evidence metadata; the numbers are parsed here, checked by the service. */
export function evidenceMetadataOf(meta: Record<string, string | null> | undefined): EvidenceMetadataInput {
  const m = meta ?? {};
  const num = (k: string): number | null => (m[k] === undefined || m[k] === null || m[k] === '' ? null : Number(m[k]));
  return {
    id: m.id ?? '',
    declaredSha256: m.sha256 ?? '',
    mediaType: (m.mediaType ?? m.filetype ?? '') as EvidenceMetadataInput['mediaType'],
    capturedAt: m.capturedAt ?? '',
    lat: num('lat'),
    lon: num('lon'),
    gpsAccuracyM: num('gpsAccuracyM'),
    deviceId: m.deviceId ?? '',
  };
}

const servers = new Map<string, { tus: Server; directory: string }>();

/**
 * The tus 1.0 server (creation, termination, expiration) for evidence uploads; partial uploads live in
 * DATA_DIR/uploads/tus until complete. On completion the bytes are checked against the SHA-256 the
 * device declared in Upload-Metadata and moved into the evidence store; the answer carries the content
 * address in `Zhifa-Evidence-Sha256`. Only the officer who created an upload may continue or end it.
 */
function tusServerFor(config: Config): { tus: Server; directory: string } {
  let entry = servers.get(config.dataDir);
  if (entry) return entry;
  const directory = join(config.dataDir, 'uploads', 'tus');
  const datastore = new FileStore({ directory, expirationPeriodInMilliseconds: 7 * 24 * 3600 * 1000 });
  const tus = new Server({
    path: TUS_PATH,
    datastore,
    relativeLocation: true,
    // Same origin only: the field app is served by this server (no CORS headers for other sites).
    allowedOrigins: [],
    maxSize: MAX_UPLOAD_BYTES,
    exposedHeaders: ['Zhifa-Evidence-Sha256', 'Zhifa-Evidence-Id'],
    onIncomingRequest: async (req, uploadId) => {
      const ctx = ctxFor(req);
      if (req.method === 'POST' || !uploadId) return;
      const upload = await datastore.getUpload(uploadId).catch(() => null);
      if (upload && upload.metadata?.[OWNER_KEY] !== ctx.auditActor.actorId) throw { status_code: 404, body: problemBody(404, '上传不存在或不属于当前用户') };
    },
    onUploadCreate: async (req, upload) => {
      const ctx = ctxFor(req);
      const problems = metadataProblems(upload);
      if (problems) throw { status_code: 400, body: problemBody(400, problems.map((p) => p.message).join('；'), problems) };
      return { metadata: { ...upload.metadata, [OWNER_KEY]: ctx.auditActor.actorId } };
    },
    onUploadFinish: async (req, upload) => {
      const ctx = ctxFor(req);
      try {
        const { evidence } = await storeEvidence(ctx, evidenceMetadataOf(upload.metadata), { path: join(directory, upload.id) });
        return { status_code: 204, headers: { 'Zhifa-Evidence-Sha256': evidence.sha256, 'Zhifa-Evidence-Id': evidence.id } };
      } catch (e) {
        if (e instanceof AppError) throw { status_code: e.status, body: problemBody(e.status, e.detail ?? e.message, e.errors) };
        throw e;
      } finally {
        // Stored (or refused): the partial copy is no longer needed; a retry re-uploads, idempotently.
        await datastore.remove(upload.id).catch(() => undefined);
      }
    },
  });
  entry = { tus, directory };
  servers.set(config.dataDir, entry);
  return entry;
}

/** The whole metadata is checked at creation, so a bad upload is refused before any byte is sent. */
function metadataProblems(upload: Upload): { path: string; message: string }[] | null {
  const parsed = EvidenceMetadata.safeParse(evidenceMetadataOf(upload.metadata));
  const out = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: METADATA_KEY[String(i.path[0])] ?? String(i.path[0]), message: i.message }));
  if (upload.size === undefined) out.push({ path: 'Upload-Length', message: '请在创建上传时声明 Upload-Length' });
  return out.length ? out : null;
}

/** Field names in Upload-Metadata where they differ from the service's. */
const METADATA_KEY: Record<string, string> = { declaredSha256: 'sha256' };

/** Hands an authenticated request to the tus server; the reply is written by tus. */
export async function handleTus(ctx: Ctx, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { tus } = tusServerFor(ctx.config);
  ctxOf.set(req, ctx);
  await tus.handle(req, res);
}
