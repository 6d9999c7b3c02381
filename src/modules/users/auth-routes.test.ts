import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testEngines } from '../../../test/support/engines.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../test/support/test-app.ts';

describe.each(testEngines())('auth over HTTP (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
    await t.addUser('alice', 'office');
    await t.addUser('bob', 'viewer');
    await t.addUser('carol', 'viewer');
  });
  afterAll(() => t.close());

  it('hands out a CSRF token and refuses a login without it', async () => {
    const c = t.client();
    const s = await c.session();
    expect(s.json()).toMatchObject({ user: null });
    expect(s.json().csrfToken).toMatch(/^[\w-]{20,}$/);
    const res = await c.request(
      'POST',
      '/api/auth/login',
      { username: 'alice', password: TEST_PASSWORD },
      { csrf: false },
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('AUTH_CSRF');
  });

  it('logs in with a session cookie that is httpOnly and SameSite=Strict, and logs out', async () => {
    const c = t.client();
    const res = await c.login('alice');
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ username: 'alice', role: 'office' });
    const cookie = res.cookies.find((x) => x.name === 'zl_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    expect((await c.get('/api/plans')).statusCode).toBe(200);
    expect((await c.post('/api/auth/logout')).statusCode).toBe(200);
    const after = await c.get('/api/plans');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('AUTH_REQUIRED');
  });

  it('answers a wrong password and an unknown user alike, and locks after repeated failures', async () => {
    const c = t.client();
    const unknown = await c.login('nobody', 'whatever-123');
    const wrong = await c.login('bob', 'wrong-password-1');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().error).toEqual(wrong.json().error);
    for (let i = 0; i < 3; i++) expect((await c.login('bob', 'wrong-password-1')).statusCode).toBe(401);
    const fifth = await c.login('bob', 'wrong-password-1');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error.code).toBe('AUTH_LOCKED');
    // Locked: even the right password is refused until the lock expires.
    expect((await c.login('bob')).json().error.code).toBe('AUTH_LOCKED');
    const bob = await t.services.store.users.findByUsername('bob');
    const audit = await t.services.store.audit.list({ page: 1, pageSize: 50, action: 'auth.locked' });
    expect(audit.items.map((a) => a.entityId)).toContain(String(bob?.id));
  });

  it('ends an idle session', async () => {
    const c = t.client();
    expect((await c.login('carol')).statusCode).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + (t.config.sessionIdleMinutes + 1) * 60_000);
      const res = await c.get('/api/plans');
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toContain('过期');
    } finally {
      vi.useRealTimers();
    }
  });

  it('forces a first password change, rejects weak passwords and ends other sessions', async () => {
    const admin = t.client();
    await t.addUser('root1', 'admin');
    await admin.login('root1');
    const created = await admin.post('/api/users', { username: 'dave', displayName: '戴维', role: 'viewer' });
    expect(created.statusCode).toBe(200);
    const initial: string = created.json().initialPassword;
    expect(initial).toMatch(/^[A-Za-z0-9]{16}$/);

    const d1 = t.client();
    const login = await d1.login('dave', initial);
    expect(login.json().user.mustChangePassword).toBe(true);
    expect((await d1.get('/api/plans')).statusCode).toBe(403);
    const d2 = t.client();
    await d2.login('dave', initial);

    const weak = await d1.post('/api/auth/password', { oldPassword: initial, newPassword: 'short' });
    expect(weak.json().error.code).toBe('AUTH_WEAK_PASSWORD');
    const wrongOld = await d1.post('/api/auth/password', {
      oldPassword: 'nope-nope-1',
      newPassword: 'A-much-better-pw-9',
    });
    expect(wrongOld.statusCode).toBe(401);
    const ok = await d1.post('/api/auth/password', { oldPassword: initial, newPassword: 'A-much-better-pw-9' });
    expect(ok.statusCode).toBe(200);
    d1.csrf = ok.json().csrfToken;
    expect((await d1.get('/api/plans')).statusCode).toBe(200);
    expect((await d2.get('/api/plans')).statusCode).toBe(401);
    expect((await t.client().login('dave', initial)).statusCode).toBe(401);
  });

  it('rejects malformed bodies with field details and changes nothing', async () => {
    const c = t.client();
    await c.session();
    const res = await c.request('POST', '/api/auth/login', { username: 42 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.details.length).toBeGreaterThan(0);
    const bad = await c.request('POST', '/api/auth/login', undefined, {
      payload: '{not json',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('answers unknown API paths with a coded 404', async () => {
    const res = await t.client().get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });
});
