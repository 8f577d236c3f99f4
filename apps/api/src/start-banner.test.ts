import { describe, expect, it } from 'vitest';
import { startBanner } from './start-banner';

describe('start banner', () => {
  const base = { url: 'http://localhost:3000', dialect: 'sqlite', hasAdmins: true };
  it('says demo data was loaded only when this start added some', () => {
    expect(startBanner({ ...base, demoAdded: 412 })).toContain('演示数据已加载（本次新增 412 条）');
    const again = startBanner({ ...base, demoAdded: 0 });
    expect(again).toContain('演示数据已存在（本次未加载）');
    expect(again).not.toContain('已加载');
    expect(startBanner({ ...base, dialect: 'postgres', demoAdded: null })).not.toContain('演示数据');
  });
  it('points a new installation without administrators to admin:create', () => {
    expect(startBanner({ ...base, demoAdded: null, hasAdmins: false })).toContain('npm run admin:create');
    expect(startBanner({ ...base, demoAdded: null })).not.toContain('admin:create');
  });
});
