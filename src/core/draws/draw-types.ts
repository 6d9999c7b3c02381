// What a draw is made of once frozen: the plan's rules, the object pool (enterprises with the
// risk class they had at freezing) and the inspector pool, each ordered by id so the same pools
// always give the same bytes, the same hash and — with the same seed — the same result.
import { z } from 'zod';
import { INDUSTRIES } from '../enterprises/industries.ts';
import type { RiskClass } from '../enterprises/risk-model.ts';

const Share = z.number().min(0).max(1);

export const DEFAULT_SHARES: Record<RiskClass, number> = { A: 0.05, B: 0.2, C: 0.6, D: 1 };

export const DrawRulesSchema = z.object({
  /** Share of each class's pool to draw (rounded up: a class with members and a share > 0 yields at least one). */
  shares: z.object({ A: Share, B: Share, C: Share, D: Share }).default(DEFAULT_SHARES),
  /** Counties (GB/T 2260) whose enterprises are in the pool; empty for all. */
  regionCodes: z.array(z.string().regex(/^\d{6}$/)).default([]),
  /** Industries in the pool; empty for all. */
  industries: z.array(z.enum(INDUSTRIES)).default([]),
  inspectorsPerObject: z.number().int().min(2).max(5).default(2),
  /** An inspector is not sent to enterprises of the region they work in. */
  avoidHomeRegion: z.boolean().default(false),
});

export type DrawRules = z.infer<typeof DrawRulesSchema>;

export interface InspectionItem {
  id: number;
  name: string;
  legalBasis: string;
}

/** The plan as frozen into a draw. */
export interface PlanSnapshot {
  planId: number;
  name: string;
  rules: DrawRules;
  items: InspectionItem[];
}

export interface PoolObject {
  id: number;
  creditCode: string;
  name: string;
  regionCode: string | null;
  industry: string;
  riskClass: RiskClass;
  /** Inspectors who checked this enterprise in its latest earlier draw (not sent again in a row). */
  lastInspectorIds: number[];
}

export interface PoolInspector {
  id: number;
  name: string;
  unit: string;
  regionCode: string | null;
  qualifications: string[];
  /** Credit codes of the enterprises the inspector declared a conflict of interest with. */
  conflicts: string[];
}

export interface Assignment {
  enterpriseId: number;
  /** Ascending. */
  inspectorIds: number[];
}
