// Background imports for the HTTP API: a job runs the same service call as the CLI and keeps its
// progress and outcome in memory for an hour after it ends. Only the user who started a job (and
// administrators) may see it. Jobs die with the process; the imports table is the lasting record.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../core/access/roles.ts';
import { AppError, isAppError } from '../../core/errors/app-error.ts';
import type { Problem } from '../../core/records/problem.ts';
import type { ImportReport } from './import-report.ts';

export const JOB_TTL_MS = 60 * 60 * 1000;

export interface JobView {
  id: string;
  kind: string;
  file: string;
  status: 'running' | 'done' | 'failed';
  phase: 'reading' | 'writing' | 'finished';
  processed: number;
  total: number | null;
  result?: {
    inserted: number;
    updated: number;
    rows: number;
    dryRun: boolean;
    importId: number | null;
    warnings: Problem[];
    warningCount: number;
  };
  errors?: Problem[];
  errorCount?: number;
  /** Error code when the job failed: IMPORT_ROWS_INVALID for row problems, else the file's error. */
  code?: string;
  message?: string;
  startedAt: string;
  finishedAt: string | null;
}

interface Job extends JobView {
  ownerId: number;
  endedAt: number | null;
}

export type JobProgress = (processed: number, total?: number) => void;

export function importJobs(now: () => number = Date.now) {
  const jobs = new Map<string, Job>();
  const running = new Set<Promise<unknown>>();

  function sweep() {
    const t = now();
    for (const [id, j] of jobs) if (j.endedAt !== null && t - j.endedAt > JOB_TTL_MS) jobs.delete(id);
  }

  function view(j: Job): JobView {
    const { ownerId: _o, endedAt: _e, ...rest } = j;
    return rest;
  }

  return {
    /** Starts `work` in the background; returns the job id at once. */
    start(
      owner: Actor,
      meta: { kind: string; file: string },
      work: (progress: JobProgress) => Promise<ImportReport>,
    ): string {
      sweep();
      const job: Job = {
        id: randomUUID(),
        kind: meta.kind,
        file: meta.file,
        status: 'running',
        phase: 'reading',
        processed: 0,
        total: null,
        startedAt: new Date(now()).toISOString(),
        finishedAt: null,
        ownerId: owner.id,
        endedAt: null,
      };
      jobs.set(job.id, job);
      const progress: JobProgress = (processed, total) => {
        job.processed = processed;
        if (total !== undefined) {
          job.total = total;
          job.phase = 'writing';
        }
      };
      const finish = () => {
        job.endedAt = now();
        job.finishedAt = new Date(job.endedAt).toISOString();
        job.phase = 'finished';
      };
      const p = (async () => {
        await new Promise((r) => setImmediate(r));
        return work(progress);
      })()
        .then((report) => {
          if (report.errors.length > 0) {
            job.status = 'failed';
            job.code = 'IMPORT_ROWS_INVALID';
            job.message = new AppError('IMPORT_ROWS_INVALID').message;
            job.errors = report.errors;
            job.errorCount = report.errorCount;
          } else {
            job.status = 'done';
            job.processed = report.rows;
            job.total = report.rows;
          }
          job.result = {
            inserted: report.inserted,
            updated: report.updated,
            rows: report.rows,
            dryRun: report.dryRun,
            importId: report.importId,
            warnings: report.warnings,
            warningCount: report.warningCount,
          };
        })
        .catch((e: unknown) => {
          job.status = 'failed';
          const err = isAppError(e) ? e : new AppError('INTERNAL');
          job.code = err.code;
          job.message = err.message;
          job.errors =
            err.details.length > 0
              ? err.details.map((d) => ({ ...d, file: d.file ?? meta.file }))
              : [{ file: meta.file, message: err.message }];
          job.errorCount = job.errors.length;
        })
        .finally(() => {
          finish();
          running.delete(p);
        });
      running.add(p);
      return job.id;
    },

    /** The job as its owner (or an administrator) sees it. */
    get(id: string, actor: Actor): JobView {
      sweep();
      const j = jobs.get(id);
      if (!j || (j.ownerId !== actor.id && actor.role !== 'admin')) throw new AppError('IMPORT_JOB_NOT_FOUND');
      return view(j);
    },

    /** Waits for running jobs (server shutdown, tests). */
    async drain(): Promise<void> {
      await Promise.allSettled([...running]);
    },
  };
}

export type ImportJobs = ReturnType<typeof importJobs>;
