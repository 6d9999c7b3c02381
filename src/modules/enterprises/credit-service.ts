// The quality credit record and risk classes. Scores are recomputed on write: every change that
// can move a score (an event, a link, a draw outcome, a new model) recomputes the enterprises it
// touches inside the same transaction, and the class changes go into that write's audit entry.
// The first write stores the built-in model as version 1, so every stored score names a stored
// model version.
import { DEFAULT_RISK_MODEL } from '../../core/enterprises/default-risk-model.ts';
import { parseRiskModel, type RiskClass, type RiskModel } from '../../core/enterprises/risk-model.ts';
import { type EventFact, type RiskAssessment, scoreEnterprise } from '../../core/enterprises/score-enterprise.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { nowIso } from '../shared/clock.ts';
import { auditActor, type Ctx, requireActor } from '../shared/context.ts';
import type { Repos, Store } from '../store.ts';
import type { CreditEvent, CreditEventFields } from './credit-repository.ts';

export interface ClassChange {
  enterpriseId: number;
  from: RiskClass | null;
  to: RiskClass;
  score: number;
}

export interface ActiveModel {
  version: number;
  model: RiskModel;
  stored: boolean;
}

/** Today in the prefecture's time zone: what a record's date is compared with. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

const RECOMPUTE_CHUNK = 500;

async function activeModel(r: Repos): Promise<ActiveModel> {
  const stored = await r.credit.latestModel();
  if (!stored) return { version: 1, model: DEFAULT_RISK_MODEL, stored: false };
  const parsed = parseRiskModel(stored.definition);
  if (!parsed.ok) {
    throw new AppError(
      'RISK_MODEL_INVALID',
      `已存储的风险模型第 ${stored.version} 版无法解析`,
      parsed.problems.map((p) => ({ column: p.path, message: p.message })),
    );
  }
  return { version: stored.version, model: parsed.model, stored: true };
}

async function ensureModel(r: Repos): Promise<ActiveModel> {
  const m = await activeModel(r);
  if (m.stored) return m;
  await r.credit.insertModel(
    { version: 1, name: m.model.name, definition: m.model, by: null, byName: '系统' },
    nowIso(),
  );
  await r.audit.record({
    actorId: null,
    actorName: '系统',
    action: 'risk_model.created',
    entity: 'risk_model',
    entityId: 1,
    after: { version: 1, name: m.model.name, builtIn: true },
  });
  return { ...m, stored: true };
}

function eventLabel(e: CreditEvent): string {
  return `${e.date} ${e.description}(${e.source}${e.points !== null ? `,${e.points} 分` : ''})`;
}

export function creditService(store: Store, clock: () => Date = () => new Date()) {
  /** Recomputes the enterprises' scores in the caller's transaction; returns the class changes. */
  async function recompute(r: Repos, ids: readonly number[]): Promise<ClassChange[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const { version, model } = await ensureModel(r);
    const asOf = todayInChina(clock());
    const at = nowIso(clock());
    const changes: ClassChange[] = [];
    for (let i = 0; i < unique.length; i += RECOMPUTE_CHUNK) {
      const part = unique.slice(i, i + RECOMPUTE_CHUNK);
      const [samples, events, before] = await Promise.all([
        r.enterpriseLinks.sampleFacts(part),
        r.credit.eventsOf(part),
        r.enterprises.risksOf(part),
      ]);
      for (const id of part) {
        if (!before.has(id)) continue;
        const eventFacts: EventFact[] = (events.get(id) ?? []).map((e) => ({
          id: e.id,
          kind: e.kind,
          date: e.date,
          points: e.points,
          label: eventLabel(e),
        }));
        const a = scoreEnterprise(model, { samples: samples.get(id) ?? [], events: eventFacts }, asOf);
        await r.enterprises.setRisk(id, {
          score: a.score,
          riskClass: a.riskClass,
          modelVersion: version,
          explanationJson: JSON.stringify(a),
          at,
        });
        const prev = before.get(id)?.riskClass ?? null;
        if (prev !== a.riskClass) changes.push({ enterpriseId: id, from: prev, to: a.riskClass, score: a.score });
      }
    }
    return changes;
  }

  /** Rescores every enterprise, or those last scored before `scoredBefore`, in the caller's transaction. */
  async function recomputeAll(r: Repos, scoredBefore?: string): Promise<{ rescored: number; changes: ClassChange[] }> {
    let rescored = 0;
    const changes: ClassChange[] = [];
    let after = 0;
    for (;;) {
      const ids = await r.enterprises.ids(after, 5000, scoredBefore);
      if (ids.length === 0) break;
      after = ids[ids.length - 1] as number;
      changes.push(...(await recompute(r, ids)));
      rescored += ids.length;
    }
    return { rescored, changes };
  }

  /** Stores a model as the next version and rescores everyone under it, in the caller's transaction. */
  async function saveModelIn(
    r: Repos,
    model: RiskModel,
    ctx: Ctx,
  ): Promise<{ version: number; rescored: number; changes: ClassChange[] }> {
    const current = await ensureModel(r);
    const version = current.version + 1;
    await r.credit.insertModel(
      { version, name: model.name, definition: model, by: auditActor(ctx).actorId, byName: ctx.actor?.name ?? '系统' },
      nowIso(clock()),
    );
    const { rescored, changes } = await recomputeAll(r);
    await r.audit.record({
      ...auditActor(ctx),
      action: 'risk_model.created',
      entity: 'risk_model',
      entityId: version,
      before: { version: current.version },
      after: { version, name: model.name, rescored, classChanges: changes.length, model },
    });
    return { version, rescored, changes };
  }

  async function loadEnterprise(r: Repos, id: number) {
    const e = await r.enterprises.findById(id);
    if (!e) throw new AppError('ENTERPRISE_NOT_FOUND');
    return e;
  }

  return {
    recompute,
    saveModelIn,

    /**
     * Rescores the enterprises not scored today. Scores change on every write, but time moves
     * records out of the model's look-back window with no write at all; a draw freezes its pool
     * only after this, so every class it uses is today's.
     */
    async refreshStale(ctx: Ctx): Promise<{ rescored: number; changes: ClassChange[] }> {
      const startOfToday = new Date(`${todayInChina(clock())}T00:00:00+08:00`).toISOString();
      return store.transaction(async (r) => {
        const result = await recomputeAll(r, startOfToday);
        if (result.changes.length > 0) {
          await r.audit.record({
            ...auditActor(ctx),
            action: 'risk.refreshed',
            entity: 'enterprise',
            entityId: null,
            after: {
              rescored: result.rescored,
              classChanges: result.changes.slice(0, 200),
              classChangeCount: result.changes.length,
            },
          });
        }
        return result;
      });
    },

    async model(): Promise<ActiveModel> {
      return activeModel(store);
    },

    async models() {
      const stored = await store.credit.models();
      if (stored.length > 0) return stored;
      return [
        {
          id: 0,
          version: 1,
          name: DEFAULT_RISK_MODEL.name,
          definition: DEFAULT_RISK_MODEL,
          createdBy: null,
          createdByName: '系统(内置)',
          createdAt: '',
        },
      ];
    },

    /** Validates and stores a new model version, then rescores every enterprise under it. */
    async saveModel(input: unknown, ctx: Ctx): Promise<{ version: number; rescored: number; changes: ClassChange[] }> {
      requireActor(ctx);
      const parsed = parseRiskModel(input);
      if (!parsed.ok) {
        throw new AppError(
          'RISK_MODEL_INVALID',
          `风险分类模型不符合要求:${parsed.problems[0]?.message ?? ''}`,
          parsed.problems.map((p) => ({ column: p.path, message: p.message })),
        );
      }
      return store.transaction((r) => saveModelIn(r, parsed.model, ctx));
    },

    async addEvent(input: CreditEventFields, ctx: Ctx): Promise<{ event: CreditEvent; changes: ClassChange[] }> {
      requireActor(ctx);
      return store.transaction(async (r) => {
        await loadEnterprise(r, input.enterpriseId);
        const id = await r.credit.insertEvent(input, auditActor(ctx).actorId, nowIso(clock()));
        const changes = await recompute(r, [input.enterpriseId]);
        await r.audit.record({
          ...auditActor(ctx),
          action: 'credit_event.created',
          entity: 'enterprise',
          entityId: input.enterpriseId,
          after: { eventId: id, ...input, classChanges: changes },
        });
        return { event: (await r.credit.event(id)) as CreditEvent, changes };
      });
    },

    async deleteEvent(id: number, ctx: Ctx): Promise<{ changes: ClassChange[] }> {
      requireActor(ctx);
      return store.transaction(async (r) => {
        const e = await r.credit.event(id);
        if (!e) throw new AppError('CREDIT_EVENT_NOT_FOUND');
        if (e.sourceTable) {
          throw new AppError('FORBIDDEN', '该记录由双随机抽查结果生成,请在抽查结果中修改');
        }
        await r.credit.deleteEvent(id);
        const changes = await recompute(r, [e.enterpriseId]);
        await r.audit.record({
          ...auditActor(ctx),
          action: 'credit_event.deleted',
          entity: 'enterprise',
          entityId: e.enterpriseId,
          before: e,
          after: { classChanges: changes },
        });
        return { changes };
      });
    },

    async events(enterpriseId: number): Promise<CreditEvent[]> {
      return (await store.credit.eventsOf([enterpriseId])).get(enterpriseId) ?? [];
    },

    async assessment(enterpriseId: number): Promise<(RiskAssessment & { modelVersion: number | null }) | null> {
      const json = await store.enterprises.riskExplanation(enterpriseId);
      if (!json) return null;
      const version = (await store.enterprises.findById(enterpriseId))?.riskModelVersion ?? null;
      return { ...(JSON.parse(json) as RiskAssessment), modelVersion: version };
    },
  };
}

export type CreditService = ReturnType<typeof creditService>;
