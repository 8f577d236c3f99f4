import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server';
let s: TestServer;
beforeAll(async () => { s = await startTestServer(); });
afterAll(async () => s?.close());
it('smoke', async () => {
  const o = await s.as('officer1');
  const types = await o.get('/api/document-types');
  expect(types.statusCode, types.body).toBe(200);
  const ents = (await o.get('/api/enterprises?q=%E4%B8%9C%E9%93%AD')).json();
  const offs = (await o.get('/api/officers?q=%E7%8E%8B%E5%BB%BA%E5%9B%BD')).json();
  console.log(ents.items?.length, offs.items?.map((x: any) => x.name));
  const off2 = (await o.get('/api/officers?q=%E5%88%98%E6%80%9D%E8%BF%9C')).json();
  const r = await o.post('/api/documents', { typeCode: 'inquiry-notice', enterpriseId: ents.items[0].id, officerIds: [offs.items[0].id, off2.items[0].id], fields: {} });
  console.log(r.statusCode, r.body.slice(0, 1500));
});
