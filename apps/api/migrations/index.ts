import type { Migration } from 'kysely';
import * as m0001 from './20261121T0001-platform';
import * as m0002 from './20261121T0002-registry';
import * as m0003 from './20261121T0003-checklist';
import * as m0004 from './20261121T0004-approval';
import * as m0005 from './20261121T0005-documents';
import * as m20261207T1101 from './20261207T1101-planning';

/** Append-only: add new migrations at the end; never edit one that has shipped. */
export const migrations: Record<string, Migration> = {
  '20261121T0001-platform': m0001,
  '20261121T0002-registry': m0002,
  '20261121T0003-checklist': m0003,
  '20261121T0004-approval': m0004,
  '20261121T0005-documents': m0005,
  '20261207T1101-planning': m20261207T1101,
};
