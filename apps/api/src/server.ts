import type { FastifyInstance } from 'fastify';
import { seedDemo, seedReference } from '../seed/seed';
import { systemClock, type Clock } from './platform/clock';
import type { Config } from './platform/config';
import { connect } from './platform/db/connect';
import { migrateToLatest } from './platform/db/migrate';
import { buildApp } from './platform/http/app';
import type { AppDeps } from './platform/http/context';
import { allRoutes } from './routes';

export interface Server {
  app: FastifyInstance;
  deps: AppDeps;
  /** What this start loaded: reference records added, demo records added (null: demo data off). */
  seeded: { reference: number; demo: number | null };
  close(): Promise<void>;
}

/** Connects, migrates, seeds and builds the HTTP app; used by main and by the tests. */
export async function createServer(config: Config, opts: { clock?: Clock; serveStatic?: boolean; logger?: boolean } = {}): Promise<Server> {
  const { db, dialect } = connect(config.databaseUrl);
  const clock = opts.clock ?? systemClock;
  await migrateToLatest(db);
  const reference = await seedReference(db, clock);
  const demo = config.demo ? await seedDemo(db, clock, config) : null;
  const deps: AppDeps = { db, dialect, config, clock };
  const app = await buildApp(deps, { routes: allRoutes, serveStatic: opts.serveStatic ?? false, logger: opts.logger ?? false });
  return {
    app,
    deps,
    seeded: { reference, demo },
    close: async () => {
      await app.close();
      await db.destroy();
    },
  };
}
