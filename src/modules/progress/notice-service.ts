// 督办单 (supervision notices): the 州质量办 issues one to a unit about a task (and a period, if
// it is about one report); the unit acknowledges it with a reply. Units see their own; 州-wide
// roles see all.
import { type Actor, can } from '../../core/access/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { isValidDate } from '../../core/progress/periods.ts';
import { actsFor, reportingUnitIds } from '../../core/progress/reporting-scope.ts';
import { auditActor, type Ctx, requireActor } from '../shared/context.ts';
import type { NoticeRow, NoticeStatus } from './notice-repository.ts';
import { type PlanScope, type PlanScopes, type ProgressDeps, periodOf, taskOf, unitName } from './plan-scope.ts';

export interface NoticeInput {
  taskId: number;
  unitId: number;
  period?: string | null;
  content: string;
  dueDate?: string | null;
}

export interface NoticeView extends NoticeRow {
  taskTitle: string;
  unitName: string;
  periodLabel: string | null;
  /** Still open after its due date. */
  overdue: boolean;
}

function view(scope: PlanScope, n: NoticeRow): NoticeView {
  return {
    ...n,
    taskTitle: scope.taskById.get(n.taskId)?.title ?? '',
    unitName: unitName(scope, n.unitId),
    periodLabel: n.period ? (periodOf(scope, n.period)?.label ?? n.period) : null,
    overdue: n.status === 'open' && n.dueDate !== null && n.dueDate < scope.today,
  };
}

const wide = (a: Actor) => a.role === 'admin' || a.role === 'office' || a.role === 'viewer';

export function noticeService(deps: ProgressDeps, scopes: PlanScopes) {
  const { store } = deps;
  const nowIso = () => deps.now().toISOString();

  async function load(id: number) {
    const n = await store.progress.notices.find(id);
    if (!n) throw new AppError('NOTICE_NOT_FOUND');
    return { n, scope: await scopes.load(n.planId) };
  }

  return {
    async issue(input: NoticeInput, ctx: Ctx): Promise<NoticeView> {
      const actor = requireActor(ctx);
      if (!can(actor, 'progress.supervise')) throw new AppError('FORBIDDEN', '只有州质量办可以下发督办单');
      const scope = await scopes.forTask(input.taskId);
      const task = taskOf(scope, input.taskId);
      const unit = scope.unitById.get(input.unitId);
      if (!unit) throw new AppError('UNIT_NOT_FOUND');
      if (!scope.taskUnits.get(task.id)?.has(unit.id)) {
        throw new AppError('VALIDATION_FAILED', `「${unit.name}」不是「${task.title}」的牵头或责任单位`);
      }
      const period = input.period || null;
      if (period !== null && !periodOf(scope, period)) throw new AppError('PROGRESS_PERIOD_INVALID');
      const dueDate = input.dueDate || null;
      if (dueDate !== null && !isValidDate(dueDate)) throw new AppError('VALIDATION_FAILED', '整改期限不是有效日期');
      const audit = auditActor(ctx);
      const id = await store.transaction(async (r) => {
        const row = {
          planId: scope.planId,
          taskId: task.id,
          unitId: unit.id,
          period,
          content: input.content.trim(),
          dueDate,
          issuedAt: nowIso(),
          issuedBy: audit.actorId,
          issuedByName: actor.name,
        };
        const newId = await r.progress.notices.insert(row);
        await r.audit.record({
          ...audit,
          action: 'progress.notice_issued',
          entity: 'progress_notice',
          entityId: newId,
          after: { taskId: row.taskId, unitId: row.unitId, period, content: row.content, dueDate },
        });
        return newId;
      });
      const { n } = await load(id);
      return view(scope, n);
    },

    async list(q: { planId?: number; status?: NoticeStatus }, ctx: Ctx): Promise<{ items: NoticeView[] }> {
      const actor = requireActor(ctx);
      const scope = await scopes.load(q.planId);
      const unitIds = wide(actor) ? undefined : reportingUnitIds(actor, scope.units);
      const rows = await store.progress.notices.list({ planId: scope.planId, unitIds, status: q.status });
      return { items: rows.map((n) => view(scope, n)) };
    },

    async acknowledge(id: number, input: { reply: string }, ctx: Ctx): Promise<NoticeView> {
      const actor = requireActor(ctx);
      const { n, scope } = await load(id);
      const unit = scope.unitById.get(n.unitId);
      if (!unit || !actsFor(actor, unit, scope.units)) {
        throw new AppError('FORBIDDEN_SCOPE', `这是下发给「${unitName(scope, n.unitId)}」的督办单,只能由该单位签收`);
      }
      const audit = auditActor(ctx);
      const reply = input.reply.trim();
      await store.transaction(async (r) => {
        const ok = await r.progress.notices.acknowledge(id, { at: nowIso(), by: actor.name, reply });
        if (!ok) throw new AppError('NOTICE_ACKNOWLEDGED', '该督办单已由本单位签收,不能重复签收');
        await r.audit.record({
          ...audit,
          action: 'progress.notice_acknowledged',
          entity: 'progress_notice',
          entityId: id,
          before: { status: 'open' },
          after: { status: 'acknowledged', reply },
        });
      });
      return view(scope, (await load(id)).n);
    },
  };
}

export type NoticeService = ReturnType<typeof noticeService>;
