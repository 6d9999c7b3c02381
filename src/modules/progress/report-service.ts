// Progress reports: create a draft, edit it, submit it, and the 州质量办's return (with a reason)
// or acceptance. Every write names the version it was based on; the store applies it only if
// that is still the stored version, so of two racing writes one wins and the other gets 409 and
// changes nothing. Every write and its audit entry commit together. Editing a returned report
// opens a new revision; the returned one stays in the history as it was.
import { type Actor, can } from '../../core/access/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import {
  type ReportAction,
  type ReportStatus,
  STATUS_LABELS,
  transition,
} from '../../core/progress/report-workflow.ts';
import { actsFor, canReadReport, reportingUnitIds } from '../../core/progress/reporting-scope.ts';
import type { LinkSource } from '../../core/progress/target-links.ts';
import { auditActor, type Ctx, requireActor } from '../shared/context.ts';
import type { Repos } from '../store.ts';
import {
  leadUnitIds,
  linkedTargets,
  type PlanScope,
  type PlanScopes,
  type ProgressDeps,
  periodOf,
  taskOf,
} from './plan-scope.ts';
import { type ReportSummary, type RevisionView, reportSummary, revisionViews } from './progress-view.ts';
import { assertReader, assertWriter, mayWrite } from './report-access.ts';
import type { NewValue, ReportRow } from './report-repository.ts';

export interface ValueInput {
  targetId: number;
  value: number | null;
  note?: string | null;
}

export interface ReportCreate {
  taskId: number;
  period: string;
  /** Defaults to the actor's only reporting unit. */
  unitId?: number;
  text?: string;
  values?: ValueInput[];
}

export interface ReportFilter {
  planId?: number;
  status?: ReportStatus;
  period?: string;
  taskId?: number;
  unitId?: number;
  page: number;
  pageSize: number;
}

export interface LinkedTargetView {
  id: number;
  seq: number;
  indicator: string;
  text: string;
  comparator: string;
  value: number;
  unit: string;
  source: LinkSource;
}

export interface ReportDetail extends ReportSummary {
  targets: LinkedTargetView[];
  current: RevisionView;
  /** Every revision, newest first (the current one included). */
  history: RevisionView[];
  can: { edit: boolean; revise: boolean; submit: boolean; review: boolean; consolidate: boolean };
}

export function linkedTargetViews(scope: PlanScope, taskId: number): LinkedTargetView[] {
  return linkedTargets(scope, taskId).map((g) => ({
    id: g.id,
    seq: g.seq,
    indicator: g.indicator,
    text: g.text,
    comparator: g.comparator,
    value: g.value,
    unit: g.unit,
    source: g.source,
  }));
}

export function conflict(current: ReportRow): AppError {
  return new AppError(
    'PROGRESS_VERSION_CONFLICT',
    `该报告已被他人修改或提交(当前状态:${STATUS_LABELS[current.status]}),请刷新后再操作;您填写的内容仍保留在页面上`,
  );
}

function refuse(status: ReportStatus, action: ReportAction): never {
  const t = transition(status, action);
  throw new AppError('PROGRESS_STATE', t.ok ? undefined : t.message);
}

export function reportService(deps: ProgressDeps, scopes: PlanScopes) {
  const { store } = deps;
  const nowIso = () => deps.now().toISOString();

  async function loadReport(id: number): Promise<{ scope: PlanScope; report: ReportRow }> {
    const report = await store.progress.reports.find(id);
    if (!report) throw new AppError('PROGRESS_REPORT_NOT_FOUND');
    return { scope: await scopes.load(report.planId), report };
  }

  /** Keeps values for linked targets only; drops empty rows; the last entry per target wins. */
  function cleanValues(scope: PlanScope, taskId: number, values: readonly ValueInput[]): NewValue[] {
    const linked = new Set(linkedTargets(scope, taskId).map((g) => g.id));
    const byTarget = new Map<number, NewValue>();
    for (const v of values) {
      if (!linked.has(v.targetId)) {
        const g = scope.targetById.get(v.targetId);
        throw new AppError(
          'VALIDATION_FAILED',
          g ? `目标「${g.indicator}」不是该任务关联的目标` : `目标(编号 ${v.targetId})不属于本方案`,
        );
      }
      const note = v.note?.trim() || null;
      if (v.value === null && note === null) byTarget.delete(v.targetId);
      else byTarget.set(v.targetId, { targetId: v.targetId, value: v.value, note });
    }
    return [...byTarget.values()];
  }

  /** Re-reads the report inside the transaction and checks the caller's version and the transition. */
  async function fresh(r: Repos, id: number, version: number, action: ReportAction) {
    const cur = await r.progress.reports.find(id);
    if (!cur) throw new AppError('PROGRESS_REPORT_NOT_FOUND');
    if (cur.version !== version) throw conflict(cur);
    const t = transition(cur.status, action);
    if (!t.ok) refuse(cur.status, action);
    const [rev] = await r.progress.reports.revisions(id);
    if (!rev) throw new AppError('INTERNAL');
    return { cur, t, rev };
  }

  async function cas(r: Repos, cur: ReportRow, patch: Parameters<Repos['progress']['reports']['update']>[2]) {
    if (!(await r.progress.reports.update(cur.id, cur.version, patch))) {
      throw conflict((await r.progress.reports.find(cur.id)) ?? cur);
    }
  }

  async function detail(scope: PlanScope, report: ReportRow, actor: Actor): Promise<ReportDetail> {
    const revisions = await store.progress.reports.revisions(report.id);
    const ids = revisions.map((v) => v.id);
    const [values, evidence] = await Promise.all([
      store.progress.reports.values(ids),
      store.progress.reports.evidenceOf(ids),
    ]);
    const history = revisionViews(revisions, values, evidence);
    const current = history[0];
    if (!current) throw new AppError('INTERNAL');
    const writer = mayWrite(scope, actor, report);
    return {
      ...reportSummary(scope, report),
      targets: linkedTargetViews(scope, report.taskId),
      current,
      history,
      can: {
        edit: writer && report.status === 'draft',
        revise: writer && report.status === 'returned',
        submit: writer && report.status === 'draft',
        review: can(actor, 'progress.review') && report.status === 'submitted',
        consolidate: writer && report.role === 'lead',
      },
    };
  }

  async function get(id: number, ctx: Ctx): Promise<ReportDetail> {
    const actor = requireActor(ctx);
    const { scope, report } = await loadReport(id);
    assertReader(scope, actor, report);
    return detail(scope, report, actor);
  }

  return {
    loadReport,
    get,

    async list(f: ReportFilter, ctx: Ctx): Promise<{ items: ReportSummary[]; total: number }> {
      const actor = requireActor(ctx);
      const scope = await scopes.load(f.planId);
      const rows = await store.progress.reports.list({
        planId: scope.planId,
        status: f.status,
        period: f.period,
        taskId: f.taskId,
        unitIds: f.unitId !== undefined ? [f.unitId] : undefined,
      });
      const visible = rows.filter((r) => {
        const unit = scope.unitById.get(r.unitId);
        return (
          unit !== undefined &&
          canReadReport(actor, { unit, status: r.status, leadUnitIds: leadUnitIds(scope, r.taskId) }, scope.units)
        );
      });
      // The review queue is first-come first-served; other lists show the latest activity first.
      const items = visible
        .map((r) => reportSummary(scope, r))
        .sort((a, b) =>
          f.status === 'submitted'
            ? (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.id - b.id
            : b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id,
        );
      const start = (f.page - 1) * f.pageSize;
      return { total: items.length, items: items.slice(start, start + f.pageSize) };
    },

    async create(input: ReportCreate, ctx: Ctx): Promise<ReportDetail> {
      const actor = requireActor(ctx);
      const scope = await scopes.forTask(input.taskId);
      const task = taskOf(scope, input.taskId);
      const period = periodOf(scope, input.period);
      if (!period || period.start > scope.today) {
        throw new AppError('PROGRESS_PERIOD_INVALID', `「${input.period}」不是本方案的填报周期,或该周期尚未开始`);
      }
      const mine = reportingUnitIds(actor, scope.units);
      const unitId = input.unitId ?? (mine.length === 1 ? mine[0] : undefined);
      if (unitId === undefined) {
        throw new AppError(
          mine.length === 0 ? 'FORBIDDEN_SCOPE' : 'VALIDATION_FAILED',
          mine.length === 0 ? '当前账号没有绑定填报单位' : '请选择填报单位',
        );
      }
      const unit = scope.unitById.get(unitId);
      if (!unit) throw new AppError('UNIT_NOT_FOUND');
      if (!actsFor(actor, unit, scope.units)) {
        throw new AppError('FORBIDDEN_SCOPE', `只能为本单位填报进展,不能代「${unit.name}」填报`);
      }
      const role = scope.taskUnits.get(task.id)?.get(unitId);
      if (!role) throw new AppError('FORBIDDEN_SCOPE', `「${unit.name}」不是「${task.title}」的牵头或责任单位`);
      const values = cleanValues(scope, task.id, input.values ?? []);
      const text = input.text ?? '';
      const audit = auditActor(ctx);
      const id = await store.transaction(async (r) => {
        if (await r.progress.reports.findByKey(task.id, unitId, period.key))
          throw new AppError('PROGRESS_REPORT_EXISTS');
        const now = nowIso();
        const newId = await r.progress.reports.insert(
          { planId: scope.planId, taskId: task.id, unitId, role, period: period.key, now },
          { text, createdBy: audit.actorId, createdByName: actor.name, values },
        );
        await r.audit.record({
          ...audit,
          action: 'progress.report_created',
          entity: 'progress_report',
          entityId: newId,
          after: {
            taskId: task.id,
            unitId,
            role,
            period: period.key,
            status: 'draft',
            version: 1,
            revision: 1,
            text,
            values,
          },
        });
        return newId;
      });
      return get(id, ctx);
    },

    /** Saves the draft; on a returned report, opens the next revision with this content. */
    async update(id: number, input: { version: number; text: string; values?: ValueInput[] }, ctx: Ctx) {
      const actor = requireActor(ctx);
      const { scope, report } = await loadReport(id);
      assertWriter(scope, actor, report);
      const values = cleanValues(scope, report.taskId, input.values ?? []);
      const audit = auditActor(ctx);
      await store.transaction(async (r) => {
        const { cur, t, rev } = await fresh(r, id, input.version, 'edit');
        if (!t.ok) return;
        const now = nowIso();
        if (t.newRevision) {
          const revision = cur.revision + 1;
          await cas(r, cur, { status: 'draft', revision, submittedAt: null, updatedAt: now });
          const revId = await r.progress.reports.insertRevision({
            reportId: id,
            revision,
            text: input.text,
            createdBy: audit.actorId,
            createdByName: actor.name,
            now,
          });
          await r.progress.reports.replaceValues(revId, values);
          await r.progress.reports.copyEvidence(rev.id, revId);
          await r.audit.record({
            ...audit,
            action: 'progress.report_revised',
            entity: 'progress_report',
            entityId: id,
            before: { status: cur.status, version: cur.version, revision: cur.revision },
            after: { status: 'draft', version: cur.version + 1, revision, text: input.text, values },
          });
          return;
        }
        const before = (await r.progress.reports.values([rev.id])).map(({ revisionId: _r, ...v }) => v);
        await cas(r, cur, { updatedAt: now });
        await r.progress.reports.updateRevision(rev.id, { text: input.text, updatedAt: now });
        await r.progress.reports.replaceValues(rev.id, values);
        // Drafts are saved in place; the audit entry keeps what the save replaced.
        await r.audit.record({
          ...audit,
          action: 'progress.report_updated',
          entity: 'progress_report',
          entityId: id,
          before: { version: cur.version, text: rev.text, values: before },
          after: { version: cur.version + 1, text: input.text, values },
        });
      });
      return get(id, ctx);
    },

    async submit(id: number, input: { version: number }, ctx: Ctx) {
      const actor = requireActor(ctx);
      const { scope, report } = await loadReport(id);
      assertWriter(scope, actor, report);
      const audit = auditActor(ctx);
      await store.transaction(async (r) => {
        const { cur, rev } = await fresh(r, id, input.version, 'submit');
        if (!rev.text.trim()) throw new AppError('VALIDATION_FAILED', '请先填写工作进展,再提交');
        const now = nowIso();
        await cas(r, cur, { status: 'submitted', submittedAt: now, updatedAt: now });
        await r.progress.reports.updateRevision(rev.id, {
          status: 'submitted',
          submittedAt: now,
          submittedBy: actor.name,
          updatedAt: now,
        });
        await r.audit.record({
          ...audit,
          action: 'progress.report_submitted',
          entity: 'progress_report',
          entityId: id,
          before: { status: cur.status, version: cur.version },
          after: { status: 'submitted', version: cur.version + 1, revision: cur.revision },
        });
      });
      return get(id, ctx);
    },

    /** The 州质量办 reviews a submitted report: return it with a reason, or accept it. */
    async review(
      id: number,
      input: { version: number; decision: 'return' | 'accept'; comment: string | null },
      ctx: Ctx,
    ): Promise<ReportDetail> {
      const actor = requireActor(ctx);
      if (!can(actor, 'progress.review')) throw new AppError('FORBIDDEN', '只有州质量办可以审核进展报告');
      const comment = input.comment?.trim() || null;
      if (input.decision === 'return' && !comment) throw new AppError('VALIDATION_FAILED', '退回时请填写退回原因');
      const status = input.decision === 'return' ? 'returned' : 'accepted';
      const audit = auditActor(ctx);
      await store.transaction(async (r) => {
        const { cur, rev } = await fresh(r, id, input.version, input.decision);
        const now = nowIso();
        await cas(r, cur, { status, updatedAt: now });
        await r.progress.reports.updateRevision(rev.id, {
          status,
          reviewedAt: now,
          reviewedBy: actor.name,
          reviewComment: comment,
          updatedAt: now,
        });
        await r.audit.record({
          ...audit,
          action: input.decision === 'return' ? 'progress.report_returned' : 'progress.report_accepted',
          entity: 'progress_report',
          entityId: id,
          before: { status: cur.status, version: cur.version },
          after: { status, version: cur.version + 1, revision: cur.revision, comment },
        });
      });
      return get(id, ctx);
    },
  };
}

export type ReportService = ReturnType<typeof reportService>;
