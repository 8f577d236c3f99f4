import { ConfigError, loadConfig } from './platform/config';
import { startJobRunner, type JobRunner } from './platform/jobs/job-runner';
import { jobsEnabled } from './platform/jobs/jobs-config';
import { adminHolders } from './modules/org/user.repository';
import { createServer } from './server';
import { startBanner } from './start-banner';

async function main(): Promise<void> {
  let config;
  let jobs;
  try {
    config = loadConfig();
    jobs = jobsEnabled();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const server = await createServer(config, { serveStatic: true, logger: true });
  const log = server.app.log;
  // Background jobs (approval reminders …) unless ZHIFA_JOBS=off; safe to run in several processes.
  const runner: JobRunner | null = jobs
    ? startJobRunner(server.deps, { onError: (err) => log.error({ err }, 'job runner failed'), onJobError: (job, error) => log.warn({ job, error }, 'job failed') })
    : null;
  const shutdown = async (signal: string) => {
    server.app.log.info({ signal }, 'shutting down');
    await runner?.stop();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await server.app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  const hasAdmins = (await adminHolders(server.deps.db)).length > 0;
  console.log(startBanner({ url, dialect: config.dialect, demoAdded: server.seeded.demo, hasAdmins }));
}

main().catch((e) => {
  console.error('启动失败：', e instanceof Error ? e.message : e);
  process.exit(1);
});
