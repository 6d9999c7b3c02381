// 产品质量安全事故强制报告: anyone (an enterprise, a consumer, staff) reports; the report is
// timed against the deadline from discovery; it raises the enterprise's risk (a credit event),
// opens a supervision task (a disposal case of origin 'incident') and counts in the assessment.
import { randomInt } from 'node:crypto';
import { type Actor, coversRegion } from '../../core/access/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import {
  DEFAULT_INCIDENT_CONFIG,
  discoveryProblem,
  effectiveSeverity,
  type IncidentConfig,
  IncidentConfigSchema,
  type InjuryLevel,
  isVeto,
  type ReportClock,
  reportClock,
  SEVERITIES,
  type Severity,
  severityRank,
} from '../../core/incidents/incident-rules.ts';
import { validateCreditCode } from '../../core/standards/index.ts';
import { regionOfCreditCode } from '../../core/trace/identifiers.ts';
import { auditCreditSink, type CreditSink } from '../disposal/credit-sink.ts';
import type { DisposalService } from '../disposal/disposal-service.ts';
import { nowIso } from '../shared/clock.ts';
import { auditActor, type Ctx, requireActor, SYSTEM_CTX } from '../shared/context.ts';
import type { Repos, Store } from '../store.ts';
import type { TraceService } from '../trace/trace-service.ts';
import type { FollowupRecord, IncidentRecord } from './incident-repository.ts';

export interface IncidentOptions {
  now?: () => Date;
  creditSink?: CreditSink;
}

export interface IncidentInput {
  enterpriseName: string;
  enterpriseCreditCode?: string | null;
  productName: string;
  batch?: string | null;
  regionCode?: string | null;
  /** ISO 8601 with offset. */
  discoveredAt: string;
  severity?: Severity | null;
  injuredCount: number;
  injuryLevel: InjuryLevel;
  description: string;
  measures?: string | null;
  reporterName?: string | null;
  reporterPhone?: string | null;
}

export interface IncidentView extends IncidentRecord {
  regionName: string | null;
  clock: ReportClock;
  veto: boolean;
}

export interface IncidentDetail extends IncidentView {
  followups: FollowupRecord[];
  case: { id: number; status: string; overdue: boolean; actionsDone: number; actionsTotal: number } | null;
}

const CONFIG_KEY = 'incidents.config';
// Receipt numbers are what a public reporter keeps; unguessable, and free of 0/O, 1/I look-alikes.
const RECEIPT_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function receiptNo(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
  let tail = '';
  for (let i = 0; i < 8; i++) tail += RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)];
  return `SG${local}${tail}`;
}

function assertScope(actor: Actor, regionCode: string | null): void {
  if (actor.role !== 'county') return;
  if (regionCode === null || !coversRegion(actor, regionCode)) throw new AppError('FORBIDDEN_SCOPE');
}

export function incidentService(
  store: Store,
  trace: TraceService,
  disposal: DisposalService,
  opts: IncidentOptions = {},
) {
  const now = opts.now ?? (() => new Date());
  const sink = opts.creditSink ?? auditCreditSink;

  async function config(r: Repos = store): Promise<IncidentConfig> {
    const raw = await r.meta.get(CONFIG_KEY);
    if (!raw) return DEFAULT_INCIDENT_CONFIG;
    const parsed = IncidentConfigSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_INCIDENT_CONFIG;
  }

  async function view(i: IncidentRecord, cfg: IncidentConfig, names: Map<string, string>): Promise<IncidentView> {
    const severity = i.severity as Severity;
    return {
      ...i,
      regionName: i.regionCode ? (names.get(i.regionCode) ?? null) : null,
      clock: reportClock({ discoveredAt: i.discoveredAt, reportedAt: i.reportedAt, severity }, cfg),
      veto: isVeto(severity, cfg),
    };
  }

  async function regionNames(): Promise<Map<string, string>> {
    return new Map((await store.org.listRegions()).map((r) => [r.code, r.shortName]));
  }

  async function load(id: number, actor: Actor): Promise<IncidentRecord> {
    const i = await store.incidents.find(id);
    if (!i) throw new AppError('INCIDENT_NOT_FOUND');
    assertScope(actor, i.regionCode);
    return i;
  }

  async function get(id: number, ctx: Ctx): Promise<IncidentDetail> {
    const actor = requireActor(ctx);
    const i = await load(id, actor);
    const [cfg, names, followups] = await Promise.all([config(), regionNames(), store.incidents.followups(id)]);
    let kase: IncidentDetail['case'] = null;
    if (i.caseId) {
      const c = await disposal.get(i.caseId, ctx);
      kase = {
        id: c.id,
        status: c.status,
        overdue: c.overdue,
        actionsDone: c.actionsDone,
        actionsTotal: c.actionsTotal,
      };
    }
    return { ...(await view(i, cfg, names)), followups, case: kase };
  }

  async function mutate(id: number, ctx: Ctx, fn: (r: Repos, i: IncidentRecord, actor: Actor) => Promise<void>) {
    const actor = requireActor(ctx);
    await store.transaction(async (r) => {
      const i = await r.incidents.find(id);
      if (!i) throw new AppError('INCIDENT_NOT_FOUND');
      assertScope(actor, i.regionCode);
      if (i.status === 'closed') throw new AppError('INCIDENT_CLOSED');
      await fn(r, i, actor);
    });
    return get(id, ctx);
  }

  return {
    config: () => config(),
    get,

    async setConfig(next: IncidentConfig, ctx: Ctx): Promise<IncidentConfig> {
      const parsed = IncidentConfigSchema.parse(next);
      await store.transaction(async (r) => {
        const before = await config(r);
        await r.meta.set(CONFIG_KEY, JSON.stringify(parsed));
        await r.audit.record({
          ...auditActor(ctx),
          action: 'incident.config_changed',
          entity: 'config',
          entityId: CONFIG_KEY,
          before,
          after: parsed,
        });
      });
      return parsed;
    },

    /**
     * Records a report. A public report (no login) gets only its receipt number back; a staff
     * report also its id. Either way the case and the credit event are written with it.
     */
    async report(
      input: IncidentInput,
      source: 'public' | 'staff',
      ctx: Ctx,
    ): Promise<{ id: number; receiptNo: string }> {
      const at = now();
      const reportedAt = nowIso(at);
      const credit = input.enterpriseCreditCode?.trim().toUpperCase() || null;
      if (credit) {
        const v = validateCreditCode(credit);
        if (!v.valid)
          throw new AppError('VALIDATION_FAILED', `企业统一社会信用代码无效:${v.reason}`, [
            { column: 'enterpriseCreditCode', message: v.reason },
          ]);
      }
      const discovered = Date.parse(input.discoveredAt);
      const problem = discoveryProblem(input.discoveredAt, reportedAt);
      if (problem) throw new AppError('VALIDATION_FAILED', problem, [{ column: 'discoveredAt', message: problem }]);
      const regions = await store.org.listRegions();
      let regionCode = input.regionCode ?? null;
      if (regionCode && !regions.some((r) => r.code === regionCode)) throw new AppError('REGION_NOT_FOUND');
      if (!regionCode && credit) {
        const fromCode = regionOfCreditCode(credit);
        regionCode = regions.some((r) => r.code === fromCode && r.level === 'county') ? fromCode : null;
      }
      const severity = effectiveSeverity(input.severity ?? null, input.injuredCount, input.injuryLevel);
      const record = {
        receiptNo: receiptNo(at),
        source,
        enterpriseName: input.enterpriseName,
        enterpriseCreditCode: credit,
        productName: input.productName,
        batch: input.batch ?? null,
        regionCode,
        discoveredAt: new Date(discovered).toISOString(),
        reportedAt,
        severity,
        injuredCount: input.injuredCount,
        injuryLevel: input.injuryLevel,
        description: input.description,
        measures: input.measures ?? null,
        reporterName: input.reporterName ?? null,
        reporterPhone: input.reporterPhone ?? null,
        status: 'open' as const,
      };
      const lotId = await trace.lotForSample({
        producerCreditCode: credit,
        producerName: input.enterpriseName,
        batch: record.batch,
      });
      const id = await store.transaction(async (r) => {
        const newId = await r.incidents.insert(record);
        const caseId = await disposal.openIn(
          r,
          {
            origin: 'incident',
            sampleId: null,
            incidentId: newId,
            regionCode,
            title: `${record.enterpriseName}「${record.productName}」质量安全事故(${severity})监管任务`,
            producerCreditCode: credit,
            producerName: record.enterpriseName,
            productName: record.productName,
            batch: record.batch,
            lotId,
          },
          ctx.actor ? ctx : SYSTEM_CTX,
        );
        await r.incidents.update(newId, { caseId });
        await sink.addEvent(
          {
            kind: 'incident_reported',
            creditCode: credit,
            enterpriseName: record.enterpriseName,
            occurredAt: record.discoveredAt,
            severity,
            summary: `${record.productName}质量安全事故(${severity}),受伤 ${record.injuredCount} 人(${record.injuryLevel})`,
            source: { type: 'incident', id: newId },
          },
          r,
        );
        // The reporter's phone is personal data: the audit log keeps that there was one, not which.
        const { reporterPhone: _phone, ...logged } = record;
        await r.audit.record({
          ...auditActor(ctx),
          action: 'incident.reported',
          entity: 'incident',
          entityId: newId,
          after: logged,
        });
        return newId;
      });
      return { id, receiptNo: record.receiptNo };
    },

    async list(
      q: {
        status?: 'open' | 'closed';
        severity?: Severity;
        region?: string;
        year?: number;
        page: number;
        pageSize: number;
      },
      ctx: Ctx,
    ): Promise<{ items: IncidentView[]; total: number }> {
      const actor = requireActor(ctx);
      const regionCode = actor.role === 'county' ? (actor.regionCode ?? '-') : q.region;
      const { items, total } = await store.incidents.list({
        status: q.status,
        severity: q.severity,
        regionCode: regionCode && !regionCode.endsWith('00') ? regionCode : undefined,
        year: q.year,
        page: q.page,
        pageSize: q.pageSize,
      });
      const [cfg, names] = await Promise.all([config(), regionNames()]);
      return { items: await Promise.all(items.map((i) => view(i, cfg, names))), total };
    },

    addFollowup: (id: number, text: string, ctx: Ctx) =>
      mutate(id, ctx, async (r, _i, actor) => {
        const at = nowIso(now());
        const fid = await r.incidents.addFollowup({ incidentId: id, at, actorName: actor.name, text });
        await r.audit.record({
          ...auditActor(ctx),
          action: 'incident.followup',
          entity: 'incident',
          entityId: id,
          after: { followupId: fid, text },
        });
      }),

    /** Staff re-grade an incident; never below what its casualties imply. */
    regrade: (id: number, severity: Severity, ctx: Ctx) =>
      mutate(id, ctx, async (r, i) => {
        const floor = effectiveSeverity(null, i.injuredCount, i.injuryLevel as InjuryLevel);
        if (severityRank(severity) < severityRank(floor)) {
          throw new AppError('VALIDATION_FAILED', `按伤亡情况,事故等级不能低于「${floor}」`);
        }
        await r.incidents.update(id, { severity });
        await r.audit.record({
          ...auditActor(ctx),
          action: 'incident.regraded',
          entity: 'incident',
          entityId: id,
          before: { severity: i.severity },
          after: { severity },
        });
      }),

    close: (id: number, summary: string, ctx: Ctx) =>
      mutate(id, ctx, async (r, i) => {
        const at = nowIso(now());
        await r.incidents.update(id, { status: 'closed', closedAt: at, closingSummary: summary });
        await r.audit.record({
          ...auditActor(ctx),
          action: 'incident.closed',
          entity: 'incident',
          entityId: id,
          before: { status: i.status },
          after: { status: 'closed', summary },
        });
      }),

    /** Per county, incidents per severity and whether one vetoes the county's assessment. */
    async summary(q: { year?: number; region?: string }, ctx: Ctx) {
      const actor = requireActor(ctx);
      const [cfg, regions] = await Promise.all([config(), store.org.listRegions()]);
      const only =
        actor.role === 'county' ? (actor.regionCode ?? '-') : q.region && !q.region.endsWith('00') ? q.region : null;
      const counts = await store.incidents.countsBySeverity({ year: q.year, regionCode: only ?? undefined });
      const empty = () => Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
      const row = (regionCode: string | null, regionName: string) => {
        const bySeverity = empty();
        for (const c of counts)
          if (c.regionCode === regionCode && c.severity in bySeverity) bySeverity[c.severity as Severity] += c.count;
        const total = SEVERITIES.reduce((t, s) => t + bySeverity[s], 0);
        return {
          regionCode,
          regionName,
          bySeverity,
          total,
          veto: SEVERITIES.some((s) => bySeverity[s] > 0 && isVeto(s, cfg)),
        };
      };
      const items = regions
        .filter((r) => r.level === 'county' && (!only || r.code === only))
        .map((r) => row(r.code, r.shortName));
      if (!only && counts.some((c) => c.regionCode === null)) items.push(row(null, '未归属县市'));
      return { year: q.year ?? null, vetoSeverities: cfg.vetoSeverities, items };
    },
  };
}

export type IncidentService = ReturnType<typeof incidentService>;
