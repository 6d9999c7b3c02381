// Importing a plan (a new version each time; nothing is overwritten) and reading plans, tasks
// and unit responsibilities.
import { createHash } from 'node:crypto';
import { AppError } from '../../core/errors/app-error.ts';
import { parsePlan } from '../../core/plan/parse-plan.ts';
import type { ParsedPlan } from '../../core/plan/types.ts';
import type { OrgService } from '../org/org-service.ts';
import { readPlanText } from '../plan-file/read-plan-file.ts';
import { nowIso } from '../shared/clock.ts';
import { auditActor, type Ctx } from '../shared/context.ts';
import type { Store } from '../store.ts';
import type { NewPlan, PlanContent } from './plan-repository.ts';
import { type TaskSummary, taskSummary, unitRef, unmatchedNames } from './plan-view.ts';
import { locate } from './source-offsets.ts';

export interface TaskFilter {
  planId?: number;
  unitId?: number;
  role?: 'lead' | 'responsible' | 'any';
  q?: string;
  page: number;
  pageSize: number;
}

/** Turns a parse result into rows, with each piece's place in the source text. */
export function toNewPlan(
  parsed: ParsedPlan,
  sourceText: string,
  sourceName: string,
  importedBy: number | null,
): NewPlan {
  let cursor = 0;
  const sections = parsed.sections.map((s, i) => {
    const at = locate(sourceText, s.title, cursor);
    if (at) cursor = at.start;
    const body = s.text ? locate(sourceText, s.text, cursor) : null;
    return { ...s, seq: i, start: at?.start ?? null, end: body?.end ?? at?.end ?? null };
  });
  cursor = 0;
  const tasks = parsed.tasks.map((t, i) => {
    const at = locate(sourceText, t.text, cursor);
    if (at) cursor = at.start;
    return {
      seq: i,
      sectionPath: t.section,
      title: t.title,
      text: t.text,
      lead: t.lead,
      responsible: t.responsible,
      start: at?.start ?? null,
      end: at?.end ?? null,
    };
  });
  const targets = parsed.targets.map((g, i) => {
    const from = g.task !== null ? (tasks[g.task]?.start ?? 0) : 0;
    const at = locate(sourceText, g.text, from);
    return {
      seq: i,
      text: g.text,
      indicator: g.indicator,
      comparator: g.comparator,
      value: g.value,
      unit: g.unit,
      year: g.year,
      sectionPath: g.section,
      taskSeq: g.task,
      start: at?.start ?? null,
      end: at?.end ?? null,
    };
  });
  return {
    title: parsed.title,
    year: parsed.year,
    sourceName,
    sourceSha256: createHash('sha256').update(sourceText).digest('hex'),
    sourceText,
    warnings: parsed.warnings.map((w) => ({ code: w.code, message: w.message })),
    importedAt: nowIso(),
    importedBy,
    sections,
    tasks,
    targets,
  };
}

export function planService(store: Store, org: OrgService) {
  async function load(planId?: number): Promise<PlanContent> {
    const id = planId ?? (await store.plans.latestId());
    const plan = id === null ? null : await store.plans.load(id);
    if (!plan) throw new AppError('PLAN_NOT_FOUND');
    return plan;
  }

  return {
    load,
    list: () => store.plans.listHeaders(),

    /** Reads, parses and stores a plan file as a new version. Stores nothing when any step fails. */
    async importFile(file: { name: string; bytes: Buffer }, ctx: Ctx) {
      const text = await readPlanText(file);
      const parsed = parsePlan(text);
      return this.importParsed(parsed, text, file.name, ctx);
    },

    async importParsed(parsed: ParsedPlan, sourceText: string, sourceName: string, ctx: Ctx) {
      const audit = auditActor(ctx);
      const row = toNewPlan(parsed, sourceText.normalize('NFKC'), sourceName, audit.actorId);
      const { id, version } = await store.transaction(async (r) => {
        const v = await r.plans.nextVersion();
        const planId = await r.plans.insert(row, v);
        await r.audit.record({
          ...audit,
          action: 'plan.imported',
          entity: 'plan',
          entityId: planId,
          after: {
            title: row.title,
            year: row.year,
            version: v,
            sourceName,
            sha256: row.sourceSha256,
            tasks: row.tasks.length,
            targets: row.targets.length,
          },
        });
        return { id: planId, version: v };
      });
      const matcher = await org.matcher();
      const plan = await load(id);
      return {
        plan: { id, version, title: parsed.title },
        unmatchedUnits: unmatchedNames(plan, matcher).map((name) => ({
          name,
          kind: parsed.units.find((u) => u.name === name)?.kind ?? 'other',
        })),
        warnings: row.warnings,
      };
    },

    async detail(planId?: number) {
      const plan = await load(planId);
      const matcher = await org.matcher();
      return {
        id: plan.header.id,
        title: plan.header.title,
        year: plan.header.year,
        version: plan.header.version,
        sourceName: plan.header.sourceName,
        importedAt: plan.header.importedAt,
        sourceText: plan.sourceText,
        sections: plan.sections,
        tasks: plan.tasks.map((t) => taskSummary(t, plan, matcher)),
        targets: plan.targets,
        unmatchedUnits: unmatchedNames(plan, matcher).map((name) => ({ name })),
        warnings: plan.warnings,
      };
    },

    async tasks(f: TaskFilter): Promise<{ items: TaskSummary[]; total: number }> {
      const plan = await load(f.planId);
      const matcher = await org.matcher();
      const role = f.role ?? 'any';
      const q = f.q?.trim();
      const hits = plan.tasks.filter((t) => {
        if (f.unitId !== undefined) {
          const names =
            role === 'lead' ? t.lead : role === 'responsible' ? t.responsible : [...t.lead, ...t.responsible];
          if (!names.some((n) => matcher.idsOf(n).includes(f.unitId as number))) return false;
        }
        return !q || t.title.includes(q) || t.text.includes(q);
      });
      const start = (f.page - 1) * f.pageSize;
      return {
        total: hits.length,
        items: hits.slice(start, start + f.pageSize).map((t) => taskSummary(t, plan, matcher)),
      };
    },

    async task(taskId: number) {
      const planId = await store.plans.planOfTask(taskId);
      if (planId === null) throw new AppError('NOT_FOUND', '任务不存在');
      const plan = await load(planId);
      const t = plan.tasks.find((x) => x.id === taskId);
      if (!t) throw new AppError('NOT_FOUND', '任务不存在');
      const matcher = await org.matcher();
      return {
        ...taskSummary(t, plan, matcher),
        planId: plan.header.id,
        text: t.text,
        start: t.start,
        end: t.end,
        sectionText: plan.sections.find((s) => s.path === t.sectionPath)?.text ?? '',
        targets: plan.targets.filter((g) => g.taskId === t.id),
      };
    },

    /** 单位责任清单: what one unit leads, supports and answers for. */
    async responsibilities(unitId: number, planId?: number) {
      const unit = await org.loadUnit(unitId);
      const plan = await load(planId);
      const matcher = await org.matcher();
      const has = (names: string[]) => names.some((n) => matcher.idsOf(n).includes(unitId));
      const leads = plan.tasks.filter((t) => has(t.lead));
      const supports = plan.tasks.filter((t) => !has(t.lead) && has(t.responsible));
      const roleOf = new Map<number, 'lead' | 'responsible'>([
        ...leads.map((t) => [t.id, 'lead'] as const),
        ...supports.map((t) => [t.id, 'responsible'] as const),
      ]);
      const targets = plan.targets
        .filter((g) => g.taskId !== null && roleOf.has(g.taskId))
        .map((g) => ({
          ...g,
          taskTitle: plan.tasks.find((t) => t.id === g.taskId)?.title ?? '',
          role: roleOf.get(g.taskId as number) as 'lead' | 'responsible',
        }));
      return {
        unit: { ...unit, ref: unitRef(unit.name, matcher) },
        planId: plan.header.id,
        leads: leads.map((t) => taskSummary(t, plan, matcher)),
        supports: supports.map((t) => taskSummary(t, plan, matcher)),
        targets,
      };
    },
  };
}

export type PlanService = ReturnType<typeof planService>;
