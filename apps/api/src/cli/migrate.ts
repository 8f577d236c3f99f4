import { loadConfig } from '../platform/config';
import { connect } from '../platform/db/connect';
import { migrateToLatest } from '../platform/db/migrate';

const config = loadConfig();
const { db } = connect(config.databaseUrl);
const applied = await migrateToLatest(db);
console.log(applied.length ? `已执行迁移：\n  ${applied.join('\n  ')}` : '数据库已是最新结构');
await db.destroy();
