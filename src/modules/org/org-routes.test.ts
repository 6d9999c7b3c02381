import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

describe.each(testEngines())('organisation and scope over HTTP (%s)', (engine) => {
  let t: TestApp;
  let ids: Record<string, number>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    const units = await t.services.org.listUnits();
    const id = (n: string) => units.find((u) => u.aliases.includes(n) || u.name === n)?.id as number;
    ids = {
      msa: id('州市场监管局'),
      agri: id('州农业农村局'),
      yongjing: id('永靖县人民政府'),
      linxia: id('临夏市人民政府'),
    };
    await t.addUser('msa1', 'department', { unitId: ids.msa });
    await t.addUser('yj1', 'county', { regionCode: '622923' });
    await t.addUser('office1', 'office');
    await t.addUser('viewer1', 'viewer');
  });
  afterAll(() => t.close());

  it('lists the prefecture, its eight counties and the registered units', async () => {
    const c = t.client();
    await c.login('viewer1');
    const regions = (await c.get('/api/regions')).json().items;
    expect(regions).toHaveLength(9);
    expect(regions[0]).toMatchObject({ code: '622900', level: 'prefecture' });
    const units = (await c.get('/api/units')).json().items;
    expect(units.filter((u: { kind: string }) => u.kind === 'county_government')).toHaveLength(8);
    expect((await t.client().get('/api/units')).statusCode).toBe(401);
  });

  it('lets a department edit its own contact but not another unit', async () => {
    const c = t.client();
    await c.login('msa1');
    const own = await c.put(`/api/units/${ids.msa}/contact`, { contactPerson: '张三', contactPhone: '0930-1234567' });
    expect(own.statusCode).toBe(200);
    expect(own.json().unit.contactPerson).toBe('张三');
    const other = await c.put(`/api/units/${ids.agri}/contact`, { contactPerson: '李四', contactPhone: null });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('FORBIDDEN_SCOPE');
    const agri = (await t.services.org.listUnits()).find((u) => u.id === ids.agri);
    expect(agri?.contactPerson).toBeNull();
  });

  it('lets a county edit units in its region only', async () => {
    const c = t.client();
    await c.login('yj1');
    expect(
      (await c.put(`/api/units/${ids.yongjing}/contact`, { contactPerson: '王五', contactPhone: null })).statusCode,
    ).toBe(200);
    expect(
      (await c.put(`/api/units/${ids.linxia}/contact`, { contactPerson: '王五', contactPhone: null })).statusCode,
    ).toBe(403);
    expect(
      (await c.post('/api/units', { name: '永靖县某局', kind: 'department', regionCode: '622923' })).statusCode,
    ).toBe(403);
  });

  it('refuses viewers any write and validates unit names and aliases', async () => {
    const v = t.client();
    await v.login('viewer1');
    expect((await v.put(`/api/units/${ids.msa}/contact`, { contactPerson: 'x', contactPhone: null })).statusCode).toBe(
      403,
    );
    const o = t.client();
    await o.login('office1');
    const dup = await o.post('/api/units', { name: '临夏州统计局新', kind: 'department', aliases: ['州市场监管局'] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toContain('州市场监管局');
    const badRegion = await o.post('/api/units', { name: '某开发区', kind: 'development_zone', regionCode: '12345' });
    expect(badRegion.json().error.code).toBe('REGION_CODE_INVALID');
    const ok = await o.post('/api/units', {
      name: '临夏州数据局',
      shortName: '州数据局',
      kind: 'department',
      regionCode: '622900',
      aliases: ['州数据局'],
    });
    expect(ok.statusCode).toBe(200);
    const log = await t.services.store.audit.list({ page: 1, pageSize: 5, action: 'unit.created' });
    expect(log.items[0]?.after).toMatchObject({ name: '临夏州数据局', aliases: ['州数据局'] });
  });
});
