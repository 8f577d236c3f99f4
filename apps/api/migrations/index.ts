import type { Migration } from 'kysely';
import * as m0001 from './20261121T0001-platform';
import * as m0002 from './20261121T0002-registry';
import * as m0003 from './20261121T0003-checklist';
import * as m0004 from './20261121T0004-approval';
import * as m0005 from './20261121T0005-documents';
import * as h7b0702 from './20261207T0702-three-admins-tokens-throttle';
import * as m0802 from './20261207T0802-document-legal-gates';
import * as m0803 from './20261207T0803-document-seals-brackets';
import * as h9e0901 from './20261207T0901-evidence-objects';
import * as m20261207T1101 from './20261207T1101-planning';

/** Append-only: add new migrations at the end; never edit one that has shipped. */
export const migrations: Record<string, Migration> = {
  '20261121T0001-platform': m0001,
  '20261121T0002-registry': m0002,
  '20261121T0003-checklist': m0003,
  '20261121T0004-approval': m0004,
  '20261121T0005-documents': m0005,
  '20261207T0702-three-admins-tokens-throttle': h7b0702,
  '20261207T0802-document-legal-gates': m0802,
  '20261207T0803-document-seals-brackets': m0803,
  '20261207T0901-evidence-objects': h9e0901,
  '20261207T1101-planning': m20261207T1101,
};
