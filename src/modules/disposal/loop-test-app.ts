// Test support for the supervision loop: an app like test/support/test-app.ts, but with a
// movable clock, a recording credit sink and the database handle (to add sampling records as
// the records importer would).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { freshDatabase } from '../../../test/support/engines.ts';
import { TEST_PASSWORD, TestClient } from '../../../test/support/test-app.ts';
import { testConfig } from '../../config/config.ts';
import type { Role } from '../../core/access/roles.ts';
import { DEFAULT_ORG } from '../../core/org/default-org.ts';
import type { DbHandle } from '../../db/connection.ts';
import type { Engine } from '../../db/engine.ts';
import { buildApp } from '../../server/app.ts';
import { createServices, type Services } from '../services.ts';
import { nowIso } from '../shared/clock.ts';
import { SYSTEM_CTX } from '../shared/context.ts';
import { createStore } from '../store.ts';
import { hashPassword } from '../users/password-hash.ts';
import type { CreditEvent } from './credit-sink.ts';

export interface LoopTestApp {
  app: FastifyInstance;
  services: Services;
  handle: DbHandle;
  credit: CreditEvent[];
  setNow(d: Date): void;
  addUser(username: string, role: Role, scope?: { unitId?: number; regionCode?: string }): Promise<number>;
  addFoodSample(s: FoodSampleSeed): Promise<number>;
  client(): TestClient;
  close(): Promise<void>;
}

export interface FoodSampleSeed {
  passed: boolean;
  regionCode: string | null;
  productName: string;
  producerName?: string | null;
  producerCreditCode?: string | null;
  batch?: string | null;
  date?: string;
}

let hash: Promise<string> | null = null;
let seq = 0;

export async function createLoopTestApp(engine: Engine, start: Date): Promise<LoopTestApp> {
  const handle = await freshDatabase(engine);
  let now = start;
  const credit: CreditEvent[] = [];
  const services = createServices(createStore(handle.db, handle.engine), {
    org: DEFAULT_ORG,
    auth: { maxFailures: 5, lockMinutes: 15 },
    now: () => now,
    creditSink: {
      async addEvent(e) {
        credit.push(e);
      },
    },
  });
  await services.org.seedIfEmpty(DEFAULT_ORG, SYSTEM_CTX);
  // Evidence files go to a directory of this app's own.
  const dataDir = mkdtempSync(join(tmpdir(), 'zl-loop-'));
  const app = await buildApp({ config: testConfig({ dataDir }), services, sessionKey: Buffer.alloc(32, 9) });
  hash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await hash;
  return {
    app,
    services,
    handle,
    credit,
    setNow: (d) => {
      now = d;
    },
    addUser: (username, role, scope = {}) =>
      services.store.users.insert({
        username,
        displayName: `${username}-name`,
        passwordHash,
        role,
        unitId: scope.unitId ?? null,
        regionCode: scope.regionCode ?? null,
        mustChangePassword: false,
        now: nowIso(new Date(Date.now() - 1000)),
      }),
    async addFoodSample(s) {
      seq++;
      const r = await handle.db
        .insertInto('food_samples')
        .values({
          natural_key: `test-${seq}-${Math.random()}`,
          region_code: s.regionCode,
          date: s.date ?? '2024-05-20',
          sample_no: `DC24${String(seq).padStart(6, '0')}`,
          producer_name: s.producerName ?? null,
          producer_credit_code: s.producerCreditCode ?? null,
          sampled_unit_name: '某超市',
          product_name: s.productName,
          batch: s.batch ?? null,
          sampling_type: '监督抽检',
          passed: s.passed ? 1 : 0,
          failed_items_json: s.passed ? null : JSON.stringify([{ item: '大肠菌群', result: '10⁴', limit: '≤10²' }]),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    client: () => new TestClient(app),
    close: async () => {
      await app.close();
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
