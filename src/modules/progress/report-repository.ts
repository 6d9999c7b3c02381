// Reports, their revisions, per-target values and evidence rows. Every state change goes through
// `update`, which only succeeds when the caller's version is still the stored one: the loser of
// two concurrent writes changes nothing and learns so from the return value.
import type { Kysely, Selectable } from 'kysely';
import { AppError } from '../../core/errors/app-error.ts';
import type { ReportStatus } from '../../core/progress/report-workflow.ts';
import type { TaskRole } from '../../core/progress/reporting-scope.ts';
import type { Database } from '../../db/schema.ts';
import type { ProgressEvidenceTable } from '../../db/schema-progress.ts';
import { type StoredFile, storedFile, storedFileColumns } from '../shared/stored-file.ts';
import { isUniqueViolation } from './db-errors.ts';

export interface ReportRow {
  id: number;
  planId: number;
  taskId: number;
  unitId: number;
  role: TaskRole;
  period: string;
  status: ReportStatus;
  version: number;
  revision: number;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  /** The current revision's review comment when the report is returned. */
  returnReason: string | null;
}

export interface RevisionRow {
  id: number;
  reportId: number;
  revision: number;
  status: ReportStatus;
  text: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  submittedAt: string | null;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  reviewComment: string | null;
}

export interface ValueRow {
  revisionId: number;
  targetId: number;
  value: number | null;
  note: string | null;
}

export interface EvidenceRow extends StoredFile {
  id: number;
  reportId: number;
  revisionId: number;
}

export interface ReportFilter {
  planId: number;
  status?: ReportStatus;
  period?: string;
  taskId?: number;
  unitIds?: readonly number[];
}

export interface NewValue {
  targetId: number;
  value: number | null;
  note: string | null;
}

type ReportPatch = Partial<{ status: ReportStatus; revision: number; submittedAt: string | null }> & {
  updatedAt: string;
};

type RevisionPatch = Partial<{
  status: ReportStatus;
  text: string;
  submittedAt: string;
  submittedBy: string;
  reviewedAt: string;
  reviewedBy: string;
  reviewComment: string | null;
}> & { updatedAt: string };

export function reportRepository(db: Kysely<Database>) {
  function reports() {
    return db
      .selectFrom('progress_reports as r')
      .leftJoin('progress_revisions as v', (j) =>
        j.onRef('v.report_id', '=', 'r.id').onRef('v.revision', '=', 'r.revision'),
      )
      .select([
        'r.id',
        'r.plan_id',
        'r.task_id',
        'r.unit_id',
        'r.role',
        'r.period',
        'r.status',
        'r.version',
        'r.revision',
        'r.created_at',
        'r.updated_at',
        'r.submitted_at',
        'v.review_comment',
      ]);
  }

  type Row = Awaited<ReturnType<ReturnType<typeof reports>['execute']>>[number];
  const toReport = (r: Row): ReportRow => ({
    id: r.id,
    planId: r.plan_id,
    taskId: r.task_id,
    unitId: r.unit_id,
    role: r.role as TaskRole,
    period: r.period,
    status: r.status as ReportStatus,
    version: r.version,
    revision: r.revision,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    submittedAt: r.submitted_at,
    returnReason: r.status === 'returned' ? (r.review_comment ?? null) : null,
  });

  async function insertValues(revisionId: number, values: readonly NewValue[]): Promise<void> {
    if (values.length === 0) return;
    await db
      .insertInto('progress_values')
      .values(values.map((v) => ({ revision_id: revisionId, target_id: v.targetId, value: v.value, note: v.note })))
      .execute();
  }

  return {
    async find(id: number): Promise<ReportRow | null> {
      const r = await reports().where('r.id', '=', id).executeTakeFirst();
      return r ? toReport(r) : null;
    },

    async findByKey(taskId: number, unitId: number, period: string): Promise<ReportRow | null> {
      const r = await reports()
        .where('r.task_id', '=', taskId)
        .where('r.unit_id', '=', unitId)
        .where('r.period', '=', period)
        .executeTakeFirst();
      return r ? toReport(r) : null;
    },

    async list(f: ReportFilter): Promise<ReportRow[]> {
      if (f.unitIds && f.unitIds.length === 0) return [];
      const rows = await reports()
        .where('r.plan_id', '=', f.planId)
        .$if(f.status !== undefined, (q) => q.where('r.status', '=', f.status as string))
        .$if(f.period !== undefined, (q) => q.where('r.period', '=', f.period as string))
        .$if(f.taskId !== undefined, (q) => q.where('r.task_id', '=', f.taskId as number))
        .$if(f.unitIds !== undefined, (q) => q.where('r.unit_id', 'in', f.unitIds as number[]))
        .orderBy('r.id')
        .execute();
      return rows.map(toReport);
    },

    async periodsInUse(planId: number): Promise<string[]> {
      const [a, b] = await Promise.all([
        db.selectFrom('progress_reports').select('period').distinct().where('plan_id', '=', planId).execute(),
        db
          .selectFrom('progress_notices')
          .select('period')
          .distinct()
          .where('plan_id', '=', planId)
          .where('period', 'is not', null)
          .execute(),
      ]);
      return [...new Set([...a.map((r) => r.period), ...b.map((r) => r.period as string)])].sort();
    },

    /** Inserts a report with its first revision; a duplicate (task, unit, period) is a conflict. */
    async insert(
      r: { planId: number; taskId: number; unitId: number; role: TaskRole; period: string; now: string },
      first: { text: string; createdBy: number | null; createdByName: string; values: readonly NewValue[] },
    ): Promise<number> {
      try {
        const { id } = await db
          .insertInto('progress_reports')
          .values({
            plan_id: r.planId,
            task_id: r.taskId,
            unit_id: r.unitId,
            role: r.role,
            period: r.period,
            status: 'draft',
            version: 1,
            revision: 1,
            created_at: r.now,
            updated_at: r.now,
            submitted_at: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const revisionId = await this.insertRevision({
          reportId: id,
          revision: 1,
          text: first.text,
          createdBy: first.createdBy,
          createdByName: first.createdByName,
          now: r.now,
        });
        await insertValues(revisionId, first.values);
        return id;
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('PROGRESS_REPORT_EXISTS');
        throw e;
      }
    },

    /** Compare-and-set: applies the patch and bumps the version only if it is still `expected`. */
    async update(id: number, expected: number, patch: ReportPatch): Promise<boolean> {
      const res = await db
        .updateTable('progress_reports')
        .set({
          version: expected + 1,
          updated_at: patch.updatedAt,
          ...(patch.status !== undefined ? { status: patch.status } : {}),
          ...(patch.revision !== undefined ? { revision: patch.revision } : {}),
          ...(patch.submittedAt !== undefined ? { submitted_at: patch.submittedAt } : {}),
        })
        .where('id', '=', id)
        .where('version', '=', expected)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },

    /**
     * Locks a draft report row for an evidence change (without bumping its version, so a form
     * open elsewhere stays valid). False when the report is no longer a draft.
     */
    async lockDraft(id: number, now: string): Promise<boolean> {
      const res = await db
        .updateTable('progress_reports')
        .set({ updated_at: now })
        .where('id', '=', id)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },

    async revisions(reportId: number): Promise<RevisionRow[]> {
      const rows = await db
        .selectFrom('progress_revisions')
        .selectAll()
        .where('report_id', '=', reportId)
        .orderBy('revision', 'desc')
        .execute();
      return rows.map((v) => ({
        id: v.id,
        reportId: v.report_id,
        revision: v.revision,
        status: v.status as ReportStatus,
        text: v.text,
        createdAt: v.created_at,
        createdBy: v.created_by_name,
        updatedAt: v.updated_at,
        submittedAt: v.submitted_at,
        submittedBy: v.submitted_by_name,
        reviewedAt: v.reviewed_at,
        reviewedBy: v.reviewed_by_name,
        reviewComment: v.review_comment,
      }));
    },

    async revisionId(reportId: number, revision: number): Promise<number> {
      const r = await db
        .selectFrom('progress_revisions')
        .select('id')
        .where('report_id', '=', reportId)
        .where('revision', '=', revision)
        .executeTakeFirstOrThrow();
      return r.id;
    },

    async insertRevision(v: {
      reportId: number;
      revision: number;
      text: string;
      createdBy: number | null;
      createdByName: string;
      now: string;
    }): Promise<number> {
      const { id } = await db
        .insertInto('progress_revisions')
        .values({
          report_id: v.reportId,
          revision: v.revision,
          status: 'draft',
          text: v.text,
          created_at: v.now,
          created_by: v.createdBy,
          created_by_name: v.createdByName,
          updated_at: v.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    async updateRevision(id: number, p: RevisionPatch): Promise<void> {
      await db
        .updateTable('progress_revisions')
        .set({
          updated_at: p.updatedAt,
          ...(p.status !== undefined ? { status: p.status } : {}),
          ...(p.text !== undefined ? { text: p.text } : {}),
          ...(p.submittedAt !== undefined ? { submitted_at: p.submittedAt } : {}),
          ...(p.submittedBy !== undefined ? { submitted_by_name: p.submittedBy } : {}),
          ...(p.reviewedAt !== undefined ? { reviewed_at: p.reviewedAt } : {}),
          ...(p.reviewedBy !== undefined ? { reviewed_by_name: p.reviewedBy } : {}),
          ...(p.reviewComment !== undefined ? { review_comment: p.reviewComment } : {}),
        })
        .where('id', '=', id)
        .execute();
    },

    async values(revisionIds: readonly number[]): Promise<ValueRow[]> {
      if (revisionIds.length === 0) return [];
      const rows = await db
        .selectFrom('progress_values')
        .selectAll()
        .where('revision_id', 'in', revisionIds as number[])
        .orderBy('id')
        .execute();
      return rows.map((v) => ({
        revisionId: v.revision_id,
        targetId: v.target_id,
        value: v.value === null ? null : Number(v.value),
        note: v.note,
      }));
    },

    async replaceValues(revisionId: number, values: readonly NewValue[]): Promise<void> {
      await db.deleteFrom('progress_values').where('revision_id', '=', revisionId).execute();
      await insertValues(revisionId, values);
    },

    /** The value each report's current, non-draft revision gives for a target. */
    async deliveredValues(targetId: number, reportIds: readonly number[]): Promise<Map<number, number | null>> {
      if (reportIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('progress_values as pv')
        .innerJoin('progress_revisions as v', 'v.id', 'pv.revision_id')
        .innerJoin('progress_reports as r', (j) =>
          j.onRef('r.id', '=', 'v.report_id').onRef('r.revision', '=', 'v.revision'),
        )
        .select(['r.id as report_id', 'pv.value'])
        .where('pv.target_id', '=', targetId)
        .where('r.id', 'in', reportIds as number[])
        .where('v.status', '!=', 'draft')
        .execute();
      return new Map(rows.map((r) => [r.report_id, r.value === null ? null : Number(r.value)]));
    },

    async evidenceOf(revisionIds: readonly number[]): Promise<EvidenceRow[]> {
      if (revisionIds.length === 0) return [];
      const rows = await db
        .selectFrom('progress_evidence')
        .selectAll()
        .where('revision_id', 'in', revisionIds as number[])
        .orderBy('id')
        .execute();
      return rows.map(toEvidence);
    },

    async findEvidence(id: number): Promise<EvidenceRow | null> {
      const r = await db.selectFrom('progress_evidence').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toEvidence(r) : null;
    },

    async insertEvidence(e: Omit<EvidenceRow, 'id'>): Promise<number> {
      const { id } = await db
        .insertInto('progress_evidence')
        .values({ report_id: e.reportId, revision_id: e.revisionId, ...storedFileColumns(e) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    async deleteEvidence(id: number): Promise<void> {
      await db.deleteFrom('progress_evidence').where('id', '=', id).execute();
    },

    /** A new revision starts with the files of the one it revises (same stored blobs, new rows). */
    async copyEvidence(fromRevisionId: number, toRevisionId: number): Promise<void> {
      const rows = await db
        .selectFrom('progress_evidence')
        .selectAll()
        .where('revision_id', '=', fromRevisionId)
        .execute();
      if (rows.length === 0) return;
      await db
        .insertInto('progress_evidence')
        .values(rows.map(({ id: _id, ...r }) => ({ ...r, revision_id: toRevisionId })))
        .execute();
    },
  };
}

function toEvidence(r: Selectable<ProgressEvidenceTable>): EvidenceRow {
  return { id: r.id, reportId: r.report_id, revisionId: r.revision_id, ...storedFile(r) };
}

export type ReportRepository = ReturnType<typeof reportRepository>;
