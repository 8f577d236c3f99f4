import { ConfigError, loadConfig } from './platform/config';
import { createServer } from './server';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const server = await createServer(config, { serveStatic: true, logger: true });
  const shutdown = async (signal: string) => {
    server.app.log.info({ signal }, 'shutting down');
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await server.app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  console.log(`\nzhifa 已启动：${url}  (数据库：${config.dialect}${config.demo ? '，演示数据已加载' : ''})\n  门户 ${url}/   移动执法 ${url}/m/   接口文档 ${url}/api/docs\n`);
}

main().catch((e) => {
  console.error('启动失败：', e instanceof Error ? e.message : e);
  process.exit(1);
});
