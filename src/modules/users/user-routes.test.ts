import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app.ts';

describe.each(testEngines())('users and audit over HTTP (%s)', (engine) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp(engine);
    await t.addUser('root', 'admin');
    await t.addUser('office1', 'office');
    admin = t.client();
    await admin.login('root');
  });
  afterAll(() => t.close());

  it('lets only administrators manage users and read the audit log', async () => {
    const office = t.client();
    await office.login('office1');
    expect((await office.get('/api/users')).statusCode).toBe(403);
    expect((await office.get('/api/audit')).statusCode).toBe(403);
    expect((await office.post('/api/users', { username: 'x123', displayName: 'x', role: 'admin' })).statusCode).toBe(
      403,
    );
    expect((await admin.get('/api/users')).json().total).toBeGreaterThanOrEqual(2);
  });

  it('requires a unit for department users and a region for county users', async () => {
    const noUnit = await admin.post('/api/users', { username: 'dept1', displayName: '部门甲', role: 'department' });
    expect(noUnit.json().error.code).toBe('USER_SCOPE_REQUIRED');
    const badRegion = await admin.post('/api/users', {
      username: 'cty1',
      displayName: '县甲',
      role: 'county',
      regionCode: '110101',
    });
    expect(badRegion.json().error.code).toBe('REGION_NOT_FOUND');
    const ok = await admin.post('/api/users', {
      username: 'cty1',
      displayName: '县甲',
      role: 'county',
      regionCode: '622923',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ regionCode: '622923', regionName: '永靖县', mustChangePassword: true });
    const dup = await admin.post('/api/users', { username: 'cty1', displayName: '县乙', role: 'viewer' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('USER_EXISTS');
  });

  it('records every write with who, what, before and after, and never a password', async () => {
    const created = await admin.post('/api/users', { username: 'eve01', displayName: '伊芙', role: 'viewer' });
    const id = created.json().user.id;
    await admin.patch(`/api/users/${id}`, { displayName: '伊芙二', disabled: true });
    await admin.post(`/api/users/${id}/reset-password`);
    const log = (await admin.get('/api/audit?entity=user&pageSize=100')).json();
    const mine = log.items.filter((a: { entityId: string }) => a.entityId === String(id));
    expect(mine.map((a: { action: string }) => a.action)).toEqual([
      'user.password_reset',
      'user.updated',
      'user.created',
    ]);
    const update = mine[1];
    expect(update.actorName).toBe('root-name');
    expect(update.before).toMatchObject({ displayName: '伊芙', disabled: false });
    expect(update.after).toMatchObject({ displayName: '伊芙二', disabled: true });
    expect(JSON.stringify(log)).not.toContain(created.json().initialPassword);
    expect(JSON.stringify(log)).not.toMatch(/argon2/);
  });

  it('stops a disabled user at once and refuses to let an admin disable themself', async () => {
    const rootId = (await t.services.store.users.findByUsername('root'))?.id;
    const self = await admin.patch(`/api/users/${rootId}`, { disabled: true });
    expect(self.statusCode).toBe(403);
    const viewerId = await t.addUser('viewer9', 'viewer');
    const v = t.client();
    await v.login('viewer9');
    expect((await v.get('/api/plans')).statusCode).toBe(200);
    await admin.patch(`/api/users/${viewerId}`, { disabled: true });
    expect((await v.get('/api/plans')).statusCode).toBe(401);
    expect((await t.client().login('viewer9')).json().error.code).toBe('AUTH_DISABLED');
  });
});
