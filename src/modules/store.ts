// A Store bundles the repositories over one connection. `transaction` gives the same bundle
// bound to one transaction, so a service writes its change and its audit entry atomically
// without ever touching Kysely itself.
import type { Kysely } from 'kysely';
import type { Engine } from '../db/engine.ts';
import type { Database } from '../db/schema.ts';
import { auditRepository } from './audit/audit-repository.ts';
import { orgRepository } from './org/org-repository.ts';
import { planRepository } from './plans/plan-repository.ts';
import { metaRepository } from './shared/meta-repository.ts';
import { userRepository } from './users/user-repository.ts';

function repositories(db: Kysely<Database>) {
  return {
    audit: auditRepository(db),
    org: orgRepository(db),
    users: userRepository(db),
    plans: planRepository(db),
    meta: metaRepository(db),
  };
}

export type Repos = ReturnType<typeof repositories>;

export interface Store extends Repos {
  engine: Engine;
  transaction<T>(fn: (repos: Repos) => Promise<T>): Promise<T>;
}

export function createStore(db: Kysely<Database>, engine: Engine): Store {
  return {
    ...repositories(db),
    engine,
    transaction: (fn) => db.transaction().execute((trx) => fn(repositories(trx))),
  };
}
