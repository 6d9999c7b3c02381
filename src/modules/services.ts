// The application's services over one store. The HTTP routes and the CLI both call these.
import type { OrgSeed } from '../core/org/default-org.ts';
import { assessmentService } from './assessment/assessment-service.ts';
import { progressFactsSource } from './assessment/progress-facts.ts';
import { demoService } from './demo/demo-service.ts';
import type { CreditSink } from './disposal/credit-sink.ts';
import { disposalService } from './disposal/disposal-service.ts';
import { drawService } from './draws/draw-service.ts';
import { inspectorService } from './draws/inspector-service.ts';
import { creditService } from './enterprises/credit-service.ts';
import { enterpriseCreditSink } from './enterprises/credit-sink-adapter.ts';
import { enterpriseService } from './enterprises/enterprise-service.ts';
import { linkService } from './enterprises/link-service.ts';
import { isLinkTable } from './enterprises/link-sources.ts';
import { incidentService } from './incidents/incident-service.ts';
import { indicatorService } from './indicators/indicator-service.ts';
import { orgService } from './org/org-service.ts';
import { planService } from './plans/plan-service.ts';
import { progressService } from './progress/progress-service.ts';
import { disclosureService } from './public/disclosure-service.ts';
import { RECORD_TABLES } from './records/record-tables.ts';
import { recordsService } from './records/records-service.ts';
import { reportsService } from './reports/reports-service.ts';
import type { Store } from './store.ts';
import { traceService } from './trace/trace-service.ts';
import { type AuthPolicy, authService } from './users/auth-service.ts';
import { userService } from './users/user-service.ts';

export interface ServiceOptions {
  org: OrgSeed;
  auth: AuthPolicy;
  /** The current instant for deadline rules; tests fix it. */
  now?: () => Date;
  /** Where disposal outcomes and incidents go on the enterprise credit record (default: audit log). */
  creditSink?: CreditSink;
}

export function createServices(store: Store, opts: ServiceOptions) {
  const now = opts.now ?? (() => new Date());
  const org = orgService(store, opts.org.prefectureAbbreviations);
  const trace = traceService(store, { clock: opts.now });
  // Disposal outcomes and incidents land on the enterprise credit record unless a test overrides it.
  const credit = creditService(store, opts.now);
  const creditSink = opts.creditSink ?? enterpriseCreditSink(credit);
  const links = linkService(store, credit);
  const disposal = disposalService(store, trace, { now: opts.now, creditSink });
  const base = {
    store,
    org,
    auth: authService(store, opts.auth),
    users: userService(store),
    plans: planService(store, org),
    // planService is stateless; progress gets its own instance over the same store.
    progress: progressService(store, planService(store, org), org, opts.now),
    // New food samples and product checks are linked to enterprises (and rescored) as they arrive.
    records: recordsService(store, {
      // Only the import's own records: the rest were already decided against the same registry.
      afterImport: async (report, ctx) => {
        const table = RECORD_TABLES[report.kind].table;
        if (report.importId !== null && isLinkTable(table)) await links.run(ctx, { table, importId: report.importId });
      },
    }),
    indicators: indicatorService(store),
    trace,
    disposal,
    incidents: incidentService(store, trace, disposal, { now: opts.now, creditSink }),
    credit,
    links,
    enterprises: enterpriseService(store, credit, links),
    inspectors: inspectorService(store),
    draws: drawService(store, credit, opts.now),
  };
  // Assessment, reports and disclosure read the services above; they come last so they see the same instances.
  const progressFacts = progressFactsSource({ store, plans: base.plans, org, now });
  const assessment = assessmentService(store, {
    store,
    indicators: base.indicators,
    progress: progressFacts,
    incidents: base.incidents,
    disposal: base.disposal,
    now,
  });
  return {
    ...base,
    // Demo data writes the supervision loop through the services above.
    demo: demoService(store, {
      enterprises: base.enterprises,
      links,
      trace,
      disposal,
      incidents: base.incidents,
      inspectors: base.inspectors,
      draws: base.draws,
      credit,
      now: opts.now,
    }),
    assessment,
    reports: reportsService({ store, indicators: base.indicators, assessment, progress: progressFacts, now }),
    disclosure: disclosureService(store, { indicators: base.indicators, assessment, now }),
  };
}

export type Services = ReturnType<typeof createServices>;
