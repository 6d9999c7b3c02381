// 核查处置: a failed food sample opens a case; the batch is traced forward to every outlet; each
// action (下架, 召回, 立案, 整改, 复检) has a deadline and is done with evidence; the case closes
// when every required action is done, and its outcome goes to the enterprise's credit record.
import { type Actor, coversRegion } from '../../core/access/roles.ts';
import {
  type ActionRule,
  type CaseOrigin,
  DEFAULT_DISPOSAL_CONFIG,
  type DisposalConfig,
  DisposalConfigSchema,
  dueAt,
  isActionOverdue,
  isCaseOverdue,
  pendingRequired,
} from '../../core/disposal/disposal-rules.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { nowIso } from '../shared/clock.ts';
import { auditActor, type Ctx, requireActor, SYSTEM_CTX } from '../shared/context.ts';
import { type FileView, fileView } from '../shared/stored-file.ts';
import type { Repos, Store } from '../store.ts';
import type { OutletView, TraceService } from '../trace/trace-service.ts';
import { auditCreditSink, type CreditSink } from './credit-sink.ts';
import type { ActionRecord, CaseRecord, EvidenceRecord, FailedSample } from './disposal-repository.ts';

export interface DisposalOptions {
  now?: () => Date;
  creditSink?: CreditSink;
}

const CONFIG_KEY = 'disposal.config';

export interface ActionView extends ActionRecord {
  overdue: boolean;
}

export interface CaseSummary extends CaseRecord {
  regionName: string | null;
  overdue: boolean;
  actionsDone: number;
  actionsTotal: number;
  nextDueAt: string | null;
}

export interface CaseDetail extends CaseSummary {
  actions: ActionView[];
  sample: (Omit<FailedSample, 'failedItemsJson'> & { failedItems: unknown }) | null;
  /** Lot matched in the trace store (now, if it was not when the case opened). */
  tracedLotId: string | null;
  outlets: OutletView[];
  /** The registry's entries for the producer and the sampled unit, where linked: the credit record. */
  producerEnterpriseId: number | null;
  sampledUnitEnterpriseId: number | null;
  /** Files attached to the case: per action, or (actionId null) to the case and its closure. */
  evidence: EvidenceView[];
}

export type EvidenceView = FileView<EvidenceRecord>;

export interface OpenCaseInput {
  origin: CaseOrigin;
  sampleId: number | null;
  incidentId: number | null;
  regionCode: string | null;
  title: string;
  producerCreditCode: string | null;
  producerName: string | null;
  productName: string | null;
  batch: string | null;
  lotId: string | null;
}

function assertScope(actor: Actor, regionCode: string | null): void {
  if (actor.role !== 'county') return;
  if (regionCode === null || !coversRegion(actor, regionCode)) throw new AppError('FORBIDDEN_SCOPE');
}

export function disposalService(store: Store, trace: TraceService, opts: DisposalOptions = {}) {
  const now = opts.now ?? (() => new Date());
  const sink = opts.creditSink ?? auditCreditSink;

  async function config(r: Repos = store): Promise<DisposalConfig> {
    const raw = await r.meta.get(CONFIG_KEY);
    if (!raw) return DEFAULT_DISPOSAL_CONFIG;
    const parsed = DisposalConfigSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_DISPOSAL_CONFIG;
  }

  /** Opens a case with its actions, inside the caller's transaction. */
  async function openIn(r: Repos, input: OpenCaseInput, ctx: Ctx): Promise<number> {
    const openedAt = nowIso(now());
    const rules: ActionRule[] = (await config(r))[input.origin];
    const id = await r.disposal.insertCase({ ...input, status: 'open', openedAt });
    await r.disposal.insertActions(
      rules.map((a, seq) => ({ caseId: id, seq, kind: a.kind, required: a.required, dueAt: dueAt(openedAt, a.days) })),
    );
    await r.audit.record({
      ...auditActor(ctx),
      action: 'disposal.opened',
      entity: 'disposal_case',
      entityId: id,
      after: { ...input, actions: rules },
    });
    return id;
  }

  async function sampleCaseInput(s: FailedSample): Promise<OpenCaseInput> {
    return {
      origin: 'sample',
      sampleId: s.id,
      incidentId: null,
      regionCode: s.regionCode,
      title: `${s.productName}${s.batch ? `(批号 ${s.batch})` : ''}抽检不合格核查处置`,
      producerCreditCode: s.producerCreditCode,
      producerName: s.producerName,
      productName: s.productName,
      batch: s.batch,
      lotId: await trace.lotForSample(s),
    };
  }

  async function regionNames(): Promise<Map<string, string>> {
    return new Map((await store.org.listRegions()).map((r) => [r.code, r.shortName]));
  }

  function summarize(
    c: CaseRecord,
    actions: readonly ActionRecord[],
    names: Map<string, string>,
    at: Date,
  ): CaseSummary {
    const open = actions
      .filter((a) => a.doneAt === null)
      .map((a) => a.dueAt)
      .sort();
    return {
      ...c,
      regionName: c.regionCode ? (names.get(c.regionCode) ?? null) : null,
      overdue: isCaseOverdue(c.status, actions, at),
      actionsDone: actions.filter((a) => a.doneAt !== null).length,
      actionsTotal: actions.length,
      nextDueAt: c.status === 'open' ? (open[0] ?? null) : null,
    };
  }

  async function loadCase(id: number, actor: Actor): Promise<CaseRecord> {
    const c = await store.disposal.findCase(id);
    if (!c) throw new AppError('DISPOSAL_CASE_NOT_FOUND');
    assertScope(actor, c.regionCode);
    return c;
  }

  async function sync(ctx: Ctx = SYSTEM_CTX): Promise<{ opened: number }> {
    let opened = 0;
    for (;;) {
      const ids = await store.disposal.samplesWithoutCase(200);
      if (ids.length === 0) break;
      for (const id of ids) {
        const s = await store.disposal.sample(id);
        if (!s) continue;
        const input = await sampleCaseInput(s);
        try {
          await store.transaction(async (r) => {
            if (await r.disposal.caseBySample(id)) return;
            await openIn(r, input, ctx);
            opened++;
          });
        } catch (e) {
          // Two syncs at once (two people opening the list): sample_id is unique, so the loser's
          // insert fails; the case exists either way.
          if (!(await store.disposal.caseBySample(id))) throw e;
        }
      }
      if (ids.length < 200) break;
    }
    return { opened };
  }

  async function get(id: number, ctx: Ctx): Promise<CaseDetail> {
    const actor = requireActor(ctx);
    const c = await loadCase(id, actor);
    const at = now();
    const [actions, names, sample, linked, byCode, evidence] = await Promise.all([
      store.disposal.actions([id]),
      regionNames(),
      c.sampleId ? store.disposal.sample(c.sampleId) : Promise.resolve(null),
      c.sampleId ? store.enterpriseLinks.enterprisesOfRecord('food_samples', c.sampleId) : Promise.resolve(null),
      c.producerCreditCode ? store.enterprises.findByCodes([c.producerCreditCode]) : Promise.resolve(null),
      store.disposal.evidenceOf(id),
    ]);
    const tracedLotId =
      c.lotId ??
      (await trace.lotForSample({
        producerCreditCode: c.producerCreditCode,
        producerName: c.producerName,
        batch: c.batch,
      }));
    const { failedItemsJson, ...rest } = sample ?? ({} as FailedSample);
    return {
      ...summarize(c, actions, names, at),
      actions: actions.map((a) => ({ ...a, overdue: c.status === 'open' && isActionOverdue(a, at) })),
      sample: sample ? { ...rest, failedItems: failedItemsJson ? JSON.parse(failedItemsJson) : null } : null,
      tracedLotId,
      outlets: tracedLotId ? await trace.outlets(tracedLotId) : [],
      producerEnterpriseId:
        linked?.get('producer') ?? (c.producerCreditCode ? byCode?.get(c.producerCreditCode)?.id : undefined) ?? null,
      sampledUnitEnterpriseId: linked?.get('sampled_unit') ?? null,
      evidence: evidence.map(fileView),
    };
  }

  return {
    /** The case, if the actor may see it (a county sees its own region's). */
    caseOf: (id: number, ctx: Ctx) => loadCase(id, requireActor(ctx)),
    config: () => config(),
    openIn,
    sync,
    get,

    async setConfig(next: DisposalConfig, ctx: Ctx): Promise<DisposalConfig> {
      const parsed = DisposalConfigSchema.parse(next);
      await store.transaction(async (r) => {
        const before = await config(r);
        await r.meta.set(CONFIG_KEY, JSON.stringify(parsed));
        await r.audit.record({
          ...auditActor(ctx),
          action: 'disposal.config_changed',
          entity: 'config',
          entityId: CONFIG_KEY,
          before,
          after: parsed,
        });
      });
      return parsed;
    },

    /** Opens the case of a failed food sample (or answers the one already open). */
    async openForSample(sampleId: number, ctx: Ctx): Promise<CaseDetail> {
      const actor = requireActor(ctx);
      const s = await store.disposal.sample(sampleId);
      if (!s) throw new AppError('DISPOSAL_SAMPLE_NOT_FOUND');
      if (s.passed) throw new AppError('DISPOSAL_SAMPLE_PASSED');
      assertScope(actor, s.regionCode);
      const existing = await store.disposal.caseBySample(sampleId);
      if (existing) return get(existing.id, ctx);
      const input = await sampleCaseInput(s);
      const id = await store.transaction(
        async (r) => (await r.disposal.caseBySample(sampleId))?.id ?? openIn(r, input, ctx),
      );
      return get(id, ctx);
    },

    async list(
      q: {
        status?: 'open' | 'closed';
        overdue?: boolean;
        region?: string;
        year?: number;
        page: number;
        pageSize: number;
      },
      ctx: Ctx,
    ): Promise<{ items: CaseSummary[]; total: number }> {
      const actor = requireActor(ctx);
      // Failed samples imported since the last look get their cases before anyone counts them.
      await sync();
      const at = now();
      const regionCode = actor.role === 'county' ? (actor.regionCode ?? '-') : q.region;
      const { items, total } = await store.disposal.list({
        status: q.status,
        overdueAt: q.overdue ? nowIso(at) : undefined,
        regionCode: regionCode && !regionCode.endsWith('00') ? regionCode : undefined,
        year: q.year,
        page: q.page,
        pageSize: q.pageSize,
      });
      const [actions, names] = await Promise.all([store.disposal.actions(items.map((c) => c.id)), regionNames()]);
      return {
        items: items.map((c) =>
          summarize(
            c,
            actions.filter((a) => a.caseId === c.id),
            names,
            at,
          ),
        ),
        total,
      };
    },

    async completeAction(
      caseId: number,
      actionId: number,
      input: { evidenceText: string; evidenceFile?: string | null },
      ctx: Ctx,
    ): Promise<CaseDetail> {
      const actor = requireActor(ctx);
      await store.transaction(async (r) => {
        const c = await r.disposal.findCase(caseId);
        if (!c) throw new AppError('DISPOSAL_CASE_NOT_FOUND');
        assertScope(actor, c.regionCode);
        if (c.status === 'closed') throw new AppError('DISPOSAL_CASE_CLOSED');
        const a = (await r.disposal.actions([caseId])).find((x) => x.id === actionId);
        if (!a) throw new AppError('NOT_FOUND', '处置措施不存在');
        if (a.doneAt) throw new AppError('DISPOSAL_ACTION_DONE');
        const done = {
          at: nowIso(now()),
          by: actor.name,
          evidenceText: input.evidenceText,
          evidenceFile: input.evidenceFile ?? null,
        };
        await r.disposal.completeAction(actionId, done);
        await r.audit.record({
          ...auditActor(ctx),
          action: 'disposal.action_done',
          entity: 'disposal_case',
          entityId: caseId,
          before: { kind: a.kind, dueAt: a.dueAt, doneAt: null },
          after: { kind: a.kind, ...done, late: Date.parse(done.at) > Date.parse(a.dueAt) },
        });
      });
      return get(caseId, ctx);
    },

    async close(caseId: number, input: { outcome: string; evidence: string }, ctx: Ctx): Promise<CaseDetail> {
      const actor = requireActor(ctx);
      await store.transaction(async (r) => {
        const c = await r.disposal.findCase(caseId);
        if (!c) throw new AppError('DISPOSAL_CASE_NOT_FOUND');
        assertScope(actor, c.regionCode);
        if (c.status === 'closed') throw new AppError('DISPOSAL_CASE_CLOSED');
        const pending = pendingRequired(await r.disposal.actions([caseId]));
        if (pending.length > 0) {
          throw new AppError(
            'DISPOSAL_ACTIONS_PENDING',
            `尚有必需的处置措施未完成:${pending.map((p) => p.kind).join('、')}`,
            pending.map((p) => ({ message: `${p.kind}(期限 ${p.dueAt.slice(0, 10)})未完成` })),
          );
        }
        const at = nowIso(now());
        await r.disposal.closeCase(caseId, { at, by: actor.name, outcome: input.outcome, evidence: input.evidence });
        await sink.addEvent(
          {
            kind: 'disposal_closed',
            creditCode: c.producerCreditCode,
            enterpriseName: c.producerName,
            occurredAt: at,
            severity: null,
            summary: `${c.title}:${input.outcome}`,
            source: { type: 'disposal_case', id: caseId },
          },
          r,
        );
        await r.audit.record({
          ...auditActor(ctx),
          action: 'disposal.closed',
          entity: 'disposal_case',
          entityId: caseId,
          before: { status: 'open' },
          after: { status: 'closed', outcome: input.outcome, evidence: input.evidence },
        });
      });
      return get(caseId, ctx);
    },

    /** Per county: open, overdue (of the open) and closed cases, for the dashboard and assessment. */
    async summary(q: { year?: number; region?: string }, ctx: Ctx) {
      const actor = requireActor(ctx);
      await sync();
      const at = nowIso(now());
      const regions = await store.org.listRegions();
      const only =
        actor.role === 'county' ? (actor.regionCode ?? '-') : q.region && !q.region.endsWith('00') ? q.region : null;
      const counts = await store.disposal.countsByRegion({ year: q.year, regionCode: only ?? undefined, at });
      const rows = regions
        .filter((r) => r.level === 'county' && (!only || r.code === only))
        .map((r) => ({
          regionCode: r.code as string | null,
          regionName: r.shortName,
          open: counts.open.get(r.code) ?? 0,
          overdue: counts.overdue.get(r.code) ?? 0,
          closed: counts.closed.get(r.code) ?? 0,
        }));
      if (!only && (counts.open.has(null) || counts.closed.has(null))) {
        rows.push({
          regionCode: null,
          regionName: '未归属县市',
          open: counts.open.get(null) ?? 0,
          overdue: counts.overdue.get(null) ?? 0,
          closed: counts.closed.get(null) ?? 0,
        });
      }
      const total = rows.reduce(
        (t, r) => ({ open: t.open + r.open, overdue: t.overdue + r.overdue, closed: t.closed + r.closed }),
        {
          open: 0,
          overdue: 0,
          closed: 0,
        },
      );
      return { year: q.year ?? null, asOf: at, items: rows, total };
    },
  };
}

export type DisposalService = ReturnType<typeof disposalService>;
