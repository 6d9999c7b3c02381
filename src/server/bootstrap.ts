// Opens the database, runs migrations and, on a first start, loads the organisation, creates
// the first administrator (password generated and printed once) and imports the bundled plan.
// Shared by the server and the CLI so both see the same, ready database.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/config.ts';
import { generatePassword } from '../core/access/password-policy.ts';
import { DEFAULT_ORG } from '../core/org/default-org.ts';
import { type DbHandle, openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createServices, type Services } from '../modules/services.ts';
import { nowIso } from '../modules/shared/clock.ts';
import { SYSTEM_CTX } from '../modules/shared/context.ts';
import { createStore } from '../modules/store.ts';
import { hashPassword } from '../modules/users/password-hash.ts';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLED_PLAN = join(PROJECT_ROOT, 'assets', 'seed', '2023-plan.txt');

export interface Runtime {
  handle: DbHandle;
  services: Services;
  close(): Promise<void>;
}

export async function openRuntime(config: Config): Promise<Runtime> {
  const handle = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(handle.db);
  } catch (e) {
    await handle.close();
    throw e;
  }
  const store = createStore(handle.db, handle.engine);
  const services = createServices(store, {
    org: DEFAULT_ORG,
    auth: { maxFailures: config.loginMaxFailures, lockMinutes: config.loginLockMinutes },
  });
  return { handle, services, close: () => handle.close() };
}

export interface FirstStart {
  orgSeeded: boolean;
  admin: { username: string; password: string } | null;
  planImported: { version: number; tasks: number } | null;
}

/** Idempotent: each step runs only when what it creates is missing. */
export async function firstStart(services: Services): Promise<FirstStart> {
  const orgSeeded = await services.org.seedIfEmpty(DEFAULT_ORG, SYSTEM_CTX);
  let admin: FirstStart['admin'] = null;
  if ((await services.store.users.count()) === 0) {
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    await services.store.transaction(async (r) => {
      const id = await r.users.insert({
        username: 'admin',
        displayName: '系统管理员',
        passwordHash,
        role: 'admin',
        unitId: null,
        regionCode: null,
        mustChangePassword: true,
        now: nowIso(),
      });
      await r.audit.record({
        actorId: null,
        actorName: '系统',
        action: 'user.created',
        entity: 'user',
        entityId: id,
        after: { username: 'admin', role: 'admin' },
      });
    });
    admin = { username: 'admin', password };
  }
  let planImported: FirstStart['planImported'] = null;
  if ((await services.store.plans.latestId()) === null && existsSync(BUNDLED_PLAN)) {
    const bytes = readFileSync(BUNDLED_PLAN);
    const r = await services.plans.importFile({ name: '2023年开展质量提升行动方案.txt', bytes }, SYSTEM_CTX);
    const plan = await services.plans.load(r.plan.id);
    planImported = { version: r.plan.version, tasks: plan.tasks.length };
  }
  return { orgSeeded, admin, planImported };
}

/** The 32-byte session key: derived from SESSION_SECRET, or generated once into the data directory. */
export function sessionKey(config: Config): Buffer {
  if (config.sessionSecret) return createHash('sha256').update(config.sessionSecret).digest();
  const file = join(config.dataDir, 'session.key');
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    if (key.length === 32) return key;
  }
  mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex'), { mode: 0o600 });
  return key;
}
