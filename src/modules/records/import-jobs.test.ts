import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/access/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { importJobs, JOB_TTL_MS } from './import-jobs.ts';
import type { ImportReport } from './import-report.ts';

const owner: Actor = { id: 1, name: '甲', role: 'office', unitId: null, regionCode: null };
const other: Actor = { id: 2, name: '乙', role: 'office', unitId: null, regionCode: null };
const admin: Actor = { id: 3, name: '管理员', role: 'admin', unitId: null, regionCode: null };

const report = (over: Partial<ImportReport> = {}): ImportReport => ({
  kind: 'sewage',
  file: 's.xlsx',
  dryRun: false,
  stored: true,
  importId: 9,
  rows: 2,
  inserted: 2,
  updated: 0,
  warnings: [],
  warningCount: 0,
  errors: [],
  errorCount: 0,
  ...over,
});

describe('importJobs', () => {
  it('reports progress while running and the result when done', async () => {
    const jobs = importJobs();
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const id = jobs.start(owner, { kind: 'sewage', file: 's.xlsx' }, async (progress) => {
      progress(500);
      await gate;
      progress(0, 2);
      return report();
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(jobs.get(id, owner)).toMatchObject({ status: 'running', phase: 'reading', processed: 500, total: null });
    release();
    await jobs.drain();
    expect(jobs.get(id, owner)).toMatchObject({
      status: 'done',
      phase: 'finished',
      processed: 2,
      total: 2,
      result: { inserted: 2, updated: 0, rows: 2, importId: 9 },
    });
  });

  it('fails with row problems or with the error thrown, and shows jobs to owners and admins only', async () => {
    const jobs = importJobs();
    const rows = jobs.start(owner, { kind: 'sewage', file: 's.xlsx' }, async () =>
      report({ stored: false, errors: [{ file: 's.xlsx', row: 2, message: '不能为空' }], errorCount: 1 }),
    );
    const thrown = jobs.start(owner, { kind: 'sewage', file: 'x.xlsx' }, async () => {
      throw new AppError('FILE_CORRUPT', '文件「x.xlsx」已损坏');
    });
    const crashed = jobs.start(owner, { kind: 'sewage', file: 'y.xlsx' }, async () => {
      throw new Error('boom');
    });
    await jobs.drain();
    expect(jobs.get(rows, owner)).toMatchObject({
      status: 'failed',
      code: 'IMPORT_ROWS_INVALID',
      errors: [{ row: 2 }],
    });
    expect(jobs.get(thrown, admin)).toMatchObject({
      status: 'failed',
      code: 'FILE_CORRUPT',
      errors: [{ file: 'x.xlsx', message: '文件「x.xlsx」已损坏' }],
    });
    expect(jobs.get(crashed, owner)).toMatchObject({ status: 'failed', code: 'INTERNAL' });
    expect(() => jobs.get(rows, other)).toThrow(expect.objectContaining({ code: 'IMPORT_JOB_NOT_FOUND' }));
    expect(() => jobs.get('no-such-job', admin)).toThrow(expect.objectContaining({ code: 'IMPORT_JOB_NOT_FOUND' }));
  });

  it('forgets finished jobs after an hour', async () => {
    let now = 1_000_000;
    const jobs = importJobs(() => now);
    const id = jobs.start(owner, { kind: 'sewage', file: 's.xlsx' }, async () => report());
    await jobs.drain();
    now += JOB_TTL_MS - 1;
    expect(jobs.get(id, owner).status).toBe('done');
    now += 2;
    expect(() => jobs.get(id, owner)).toThrow(expect.objectContaining({ code: 'IMPORT_JOB_NOT_FOUND' }));
  });
});
