// The progress module's services, built once over the store. Evidence needs a place on disk,
// which only the server's configuration knows, so it is built on demand with `evidence(...)`.
import type { OrgService } from '../org/org-service.ts';
import type { PlanService } from '../plans/plan-service.ts';
import type { EvidenceFiles } from '../shared/evidence-files.ts';
import type { Store } from '../store.ts';
import { consolidationService } from './consolidation-service.ts';
import { evidenceService } from './evidence-service.ts';
import { noticeService } from './notice-service.ts';
import { obligationService } from './obligation-service.ts';
import { planScopes } from './plan-scope.ts';
import { reportService } from './report-service.ts';
import { scheduleService } from './schedule-service.ts';

export function progressService(store: Store, plans: PlanService, org: OrgService, now: () => Date = () => new Date()) {
  const deps = { store, plans, org, now };
  const scopes = planScopes(deps);
  const reports = reportService(deps, scopes);
  return {
    now,
    reports,
    obligations: obligationService(deps, scopes),
    consolidation: consolidationService(deps, scopes),
    notices: noticeService(deps, scopes),
    schedule: scheduleService(deps, scopes),
    evidence: (files: EvidenceFiles, maxBytes: number) => evidenceService(deps, reports, files, maxBytes),
  };
}

export type ProgressService = ReturnType<typeof progressService>;
