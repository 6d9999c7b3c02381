// The application's services over one store. The HTTP routes and the CLI both call these.
import type { OrgSeed } from '../core/org/default-org.ts';
import { orgService } from './org/org-service.ts';
import { planService } from './plans/plan-service.ts';
import type { Store } from './store.ts';
import { type AuthPolicy, authService } from './users/auth-service.ts';
import { userService } from './users/user-service.ts';

export interface ServiceOptions {
  org: OrgSeed;
  auth: AuthPolicy;
}

export function createServices(store: Store, opts: ServiceOptions) {
  const org = orgService(store, opts.org.prefectureAbbreviations);
  return {
    store,
    org,
    auth: authService(store, opts.auth),
    users: userService(store),
    plans: planService(store, org),
  };
}

export type Services = ReturnType<typeof createServices>;
