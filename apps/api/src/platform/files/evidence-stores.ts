import { join } from 'node:path';
import type { Config } from '../config';
import { LocalObjectStore, type ObjectStore } from './object-store';
import { S3ObjectStore } from './s3-object-store';

/** Originals and thumbnails live apart: a thumbnail is never mistaken for (or swept as) evidence. */
export interface EvidenceStores {
  originals: ObjectStore;
  thumbnails: ObjectStore;
}

const cache = new Map<string, EvidenceStores>();

/** The evidence stores of a configuration: DATA_DIR/evidence/… or the S3 bucket under ZHIFA_S3_PREFIX/evidence/…. */
export function evidenceStoresFor(config: Pick<Config, 'dataDir' | 'objectStore'>): EvidenceStores {
  const c = config.objectStore;
  const cacheKey = c.kind === 'local' ? `local:${config.dataDir}` : `s3:${c.endpoint}/${c.bucket}/${c.prefix}`;
  let stores = cache.get(cacheKey);
  if (!stores) {
    stores =
      c.kind === 'local'
        ? {
            originals: new LocalObjectStore(join(config.dataDir, 'evidence', 'originals')),
            thumbnails: new LocalObjectStore(join(config.dataDir, 'evidence', 'thumbnails')),
          }
        : {
            originals: new S3ObjectStore(c, `${c.prefix}evidence/originals/`),
            thumbnails: new S3ObjectStore(c, `${c.prefix}evidence/thumbnails/`),
          };
    cache.set(cacheKey, stores);
  }
  return stores;
}
