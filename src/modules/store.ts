// A Store bundles the repositories over one connection. `transaction` gives the same bundle
// bound to one transaction, so a service writes its change and its audit entry atomically
// without ever touching Kysely itself.
import type { Kysely } from 'kysely';
import type { Engine } from '../db/engine.ts';
import type { Database } from '../db/schema.ts';
import { assessmentRepository } from './assessment/assessment-repository.ts';
import { auditRepository } from './audit/audit-repository.ts';
import { demoRepository } from './demo/demo-repository.ts';
import { disposalRepository } from './disposal/disposal-repository.ts';
import { drawRepository } from './draws/draw-repository.ts';
import { creditRepository } from './enterprises/credit-repository.ts';
import { enterpriseRepository } from './enterprises/enterprise-repository.ts';
import { linkRepository } from './enterprises/link-repository.ts';
import { incidentRepository } from './incidents/incident-repository.ts';
import { indicatorRepository } from './indicators/indicator-repository.ts';
import { orgRepository } from './org/org-repository.ts';
import { planRepository } from './plans/plan-repository.ts';
import { progressRepository } from './progress/progress-repository.ts';
import { publicRepository } from './public/public-repository.ts';
import { recordsRepository } from './records/records-repository.ts';
import { metaRepository } from './shared/meta-repository.ts';
import { traceRepository } from './trace/trace-repository.ts';
import { userRepository } from './users/user-repository.ts';

function repositories(db: Kysely<Database>, engine: Engine) {
  return {
    audit: auditRepository(db),
    org: orgRepository(db),
    users: userRepository(db),
    plans: planRepository(db),
    progress: progressRepository(db),
    records: recordsRepository(db, engine),
    meta: metaRepository(db),
    indicators: indicatorRepository(db),
    demo: demoRepository(db),
    enterprises: enterpriseRepository(db),
    enterpriseLinks: linkRepository(db),
    credit: creditRepository(db),
    draws: drawRepository(db, engine),
    trace: traceRepository(db),
    disposal: disposalRepository(db),
    incidents: incidentRepository(db),
    assessment: assessmentRepository(db),
    publicReleases: publicRepository(db),
  };
}

export type Repos = ReturnType<typeof repositories>;

export interface Store extends Repos {
  engine: Engine;
  transaction<T>(fn: (repos: Repos) => Promise<T>): Promise<T>;
}

export function createStore(db: Kysely<Database>, engine: Engine): Store {
  return {
    ...repositories(db, engine),
    engine,
    transaction: (fn) => db.transaction().execute((trx) => fn(repositories(trx, engine))),
  };
}
