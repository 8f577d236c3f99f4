import type { Migration } from 'kysely';
import * as m0001 from './20261121T0001-platform';

/** Append-only: add new migrations at the end; never edit one that has shipped. */
export const migrations: Record<string, Migration> = {
  '20261121T0001-platform': m0001,
};
