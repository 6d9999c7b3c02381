import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app.ts';

describe.each(testEngines())('demo data over HTTP (%s)', (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let viewer: TestClient;

  beforeAll(async () => {
    t = await createTestApp(engine);
    await t.addUser('admin1', 'admin');
    await t.addUser('viewer1', 'viewer');
    admin = t.client();
    await admin.login('admin1');
    viewer = t.client();
    await viewer.login('viewer1');
    // Whatever a first start loaded, begin without demo data.
    await admin.request('DELETE', '/api/demo');
  });
  afterAll(() => t.close());

  it('tells anyone, logged in or not, whether demo data exist', async () => {
    const res = await t.client().get('/api/demo/status');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ present: false, counts: { food_samples: 0, air_hourly: 0 } });
  });

  it('lets only an administrator generate and remove demo data', async () => {
    expect((await viewer.post('/api/demo', { year: 2023, scale: 0.02 })).statusCode).toBe(403);
    expect((await viewer.request('DELETE', '/api/demo')).statusCode).toBe(403);
    const anonymous = t.client();
    await anonymous.session();
    expect((await anonymous.post('/api/demo', { year: 2023 })).statusCode).toBe(401);

    const made = await admin.post('/api/demo', { year: 2023, scale: 0.02 });
    expect(made.statusCode).toBe(200);
    expect(made.json()).toMatchObject({ year: 2023, scale: 0.02, counts: { food_samples: 300 } });
    const status = (await viewer.get('/api/demo/status')).json();
    expect(status.present).toBe(true);
    expect(status.counts.food_samples).toBe(300);

    const removed = await admin.request('DELETE', '/api/demo');
    expect(removed.statusCode).toBe(200);
    expect(removed.json().removed.food_samples).toBe(300);
    expect((await t.client().get('/api/demo/status')).json().present).toBe(false);
  });

  it('rejects a year out of range', async () => {
    const res = await admin.post('/api/demo', { year: 1999 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});
