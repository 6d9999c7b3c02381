// An app over a fresh database of one engine, with the default organisation, the bundled plan,
// and users of every role whose passwords the test knows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { type Config, testConfig } from '../../src/config/config.ts';
import type { Role } from '../../src/core/access/roles.ts';
import { DEFAULT_ORG } from '../../src/core/org/default-org.ts';
import type { Engine } from '../../src/db/engine.ts';
import { createServices, type Services } from '../../src/modules/services.ts';
import { nowIso } from '../../src/modules/shared/clock.ts';
import { createStore } from '../../src/modules/store.ts';
import { hashPassword } from '../../src/modules/users/password-hash.ts';
import { buildApp } from '../../src/server/app.ts';
import { firstStart } from '../../src/server/bootstrap.ts';
import { freshDatabase } from './engines.ts';

export const TEST_PASSWORD = 'Test-password-2023';

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  config: Config;
  /** Moves the services' clock (deadlines, colours); sessions keep the real clock. */
  setNow(at: Date): void;
  unitId(name: string): Promise<number>;
  /** Creates a user with TEST_PASSWORD; returns its id. */
  addUser(username: string, role: Role, scope?: { unitId?: number; regionCode?: string }): Promise<number>;
  client(): TestClient;
  close(): Promise<void>;
}

let passwordHash: Promise<string> | null = null;

export async function createTestApp(
  engine: Engine,
  overrides: Partial<Config> = {},
  webRoot?: string,
  opts: { now?: Date } = {},
): Promise<TestApp> {
  const handle = await freshDatabase(engine);
  // Files the app writes (evidence, exports) go to a directory of this test app's own.
  const dataDir = mkdtempSync(join(tmpdir(), 'zl-test-'));
  const config = testConfig({ dataDir, ...overrides });
  let now = opts.now;
  const services = createServices(createStore(handle.db, handle.engine), {
    org: DEFAULT_ORG,
    auth: { maxFailures: config.loginMaxFailures, lockMinutes: config.loginLockMinutes },
    now: now ? () => now as Date : undefined,
  });
  await firstStart(services);
  const app = await buildApp({ config, services, sessionKey: Buffer.alloc(32, 7), webRoot });
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  return {
    app,
    services,
    config,
    addUser: (username, role, scope = {}) =>
      services.store.users.insert({
        username,
        displayName: `${username}-name`,
        passwordHash: hash,
        role,
        unitId: scope.unitId ?? null,
        regionCode: scope.regionCode ?? null,
        mustChangePassword: false,
        now: nowIso(new Date(Date.now() - 1000)),
      }),
    setNow: (at) => {
      if (!now) throw new Error('createTestApp was not given a fixed now');
      now = at;
    },
    unitId: async (name) => {
      const u = (await services.org.listUnits()).find((x) => x.name === name || x.aliases.includes(name));
      if (!u) throw new Error(`no unit ${name}`);
      return u.id;
    },
    client: () => new TestClient(app),
    close: async () => {
      await app.close();
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A browser-like client: keeps the session cookie and sends the CSRF token. */
export class TestClient {
  private cookie = '';
  csrf = '';

  constructor(private readonly app: FastifyInstance) {}

  async request(
    method: Method,
    url: string,
    body?: unknown,
    opts: { csrf?: boolean; headers?: Record<string, string>; payload?: Buffer | string } = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...opts.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && opts.csrf !== false && this.csrf) headers['x-csrf-token'] = this.csrf;
    const res = await this.app.inject({
      method,
      url,
      headers,
      ...(opts.payload !== undefined
        ? { payload: opts.payload }
        : body !== undefined
          ? { payload: body as object }
          : {}),
    });
    const set = res.cookies.find((c) => c.name === 'zl_session');
    if (set) this.cookie = set.value ? `zl_session=${encodeURIComponent(set.value)}` : '';
    return res;
  }

  async session(): Promise<LightMyRequestResponse> {
    const res = await this.request('GET', '/api/auth/session');
    this.csrf = res.json().csrfToken;
    return res;
  }

  async login(username: string, password = TEST_PASSWORD): Promise<LightMyRequestResponse> {
    if (!this.csrf) await this.session();
    const res = await this.request('POST', '/api/auth/login', { username, password });
    if (res.statusCode === 200) this.csrf = res.json().csrfToken;
    return res;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  put = (url: string, body: unknown) => this.request('PUT', url, body);

  /** Upload one file as multipart/form-data field `file`. */
  upload(url: string, filename: string, bytes: Buffer, contentType = 'application/octet-stream') {
    const boundary = `----zl${Date.now()}`;
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return this.request('POST', url, undefined, {
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
  }
}
