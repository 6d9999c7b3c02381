// Test support for the progress module: the same app as test/support/test-app.ts, but with the
// services' clock fixed (and movable), and evidence stored in a temporary data directory.
// Deadline colours depend on "today", so tests must not depend on the day they run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { freshDatabase } from '../../../test/support/engines.ts';
import { TEST_PASSWORD, TestClient } from '../../../test/support/test-app.ts';
import { type Config, testConfig } from '../../config/config.ts';
import type { Role } from '../../core/access/roles.ts';
import { DEFAULT_ORG } from '../../core/org/default-org.ts';
import type { Engine } from '../../db/engine.ts';
import { buildApp } from '../../server/app.ts';
import { firstStart } from '../../server/bootstrap.ts';
import { createServices, type Services } from '../services.ts';
import { nowIso } from '../shared/clock.ts';
import { createStore } from '../store.ts';
import { hashPassword } from '../users/password-hash.ts';

export interface ProgressTestApp {
  app: FastifyInstance;
  services: Services;
  config: Config;
  setNow(at: Date): void;
  addUser(username: string, role: Role, scope?: { unitId?: number; regionCode?: string }): Promise<number>;
  unitId(name: string): Promise<number>;
  client(): TestClient;
  close(): Promise<void>;
}

let passwordHash: Promise<string> | null = null;

export async function createProgressTestApp(
  engine: Engine,
  opts: { now: Date; webRoot?: string; config?: Partial<Config> },
): Promise<ProgressTestApp> {
  const handle = await freshDatabase(engine);
  const dataDir = mkdtempSync(join(tmpdir(), 'zl-progress-'));
  const config = testConfig({ dataDir, ...opts.config });
  let now = opts.now;
  const services = createServices(createStore(handle.db, handle.engine), {
    org: DEFAULT_ORG,
    auth: { maxFailures: config.loginMaxFailures, lockMinutes: config.loginLockMinutes },
    now: () => now,
  });
  await firstStart(services);
  const app = await buildApp({ config, services, sessionKey: Buffer.alloc(32, 7), webRoot: opts.webRoot });
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  return {
    app,
    services,
    config,
    setNow: (at) => {
      now = at;
    },
    // Sessions use the real clock, so users are created in real time, whatever the services' "now".
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
