// Imports, the import history, the records browser and templates. An import validates the whole
// file first (every problem, nothing written), then writes it in one transaction with its imports
// row and audit entry: all or nothing. A dry run validates only. Re-importing updates records in
// place by natural key.
import { createHash } from 'node:crypto';
import { can } from '../../core/access/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { ImportValidator } from '../../core/records/import-validator.ts';
import { KIND_IDS, type KindId } from '../../core/records/kind-spec.ts';
import { KINDS } from '../../core/records/kinds/index.ts';
import { nowIso } from '../shared/clock.ts';
import { auditActor, type Ctx, requireActor } from '../shared/context.ts';
import type { Store } from '../store.ts';
import { importJobs } from './import-jobs.ts';
import type { ImportReport } from './import-report.ts';
import { formatOf } from './read-table-file.ts';
import { RECORD_TABLES } from './record-tables.ts';
import type { BrowseQuery } from './records-repository.ts';
import { buildTemplate } from './template-workbook.ts';
import { validateFile } from './validate-file.ts';

export interface ImportInput {
  kind: KindId;
  fileName: string;
  bytes: Buffer;
  dryRun?: boolean;
  /** Plan year: dates outside it are errors. */
  year?: number | null;
  /** Date for rows without one (the 公告日期 of a published food list). */
  date?: string | null;
  /** Rows read so far; while writing, rows written and the total. */
  onProgress?: (processed: number, total?: number) => void;
}

export interface KindInfo {
  kind: KindId;
  name: string;
  description: string;
  naturalKey: string;
  fields: { name: string; header: string; synonyms: string[]; required: boolean; description: string }[];
}

const todayInChina = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

function camel(s: string): string {
  return s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

export interface RecordsOptions {
  /**
   * Runs after an import has committed (e.g. linking the new records to enterprises and
   * rescoring them). A failure there does not undo the import; it is reported as a warning.
   */
  afterImport?: (report: ImportReport, ctx: Ctx) => Promise<void>;
}

export function recordsService(store: Store, opts: RecordsOptions = {}) {
  const jobs = importJobs();

  /** Checks that need no reading: permission, the kind's scope, the file's type. */
  function precheck(input: Pick<ImportInput, 'kind' | 'fileName' | 'bytes'>, ctx: Ctx) {
    const actor = requireActor(ctx);
    if (!can(actor, 'records.import')) throw new AppError('FORBIDDEN');
    const spec = KINDS[input.kind];
    if (actor.role === 'county' && !spec.regionScoped) {
      throw new AppError('FORBIDDEN_SCOPE', `「${spec.name}」是全州统一的名录,县市用户不能导入`);
    }
    if (input.bytes.length === 0) throw new AppError('FILE_EMPTY', `文件「${input.fileName}」为空`);
    formatOf(input.fileName);
    return { actor, spec };
  }

  async function importFile(input: ImportInput, ctx: Ctx): Promise<ImportReport> {
    const { actor, spec } = precheck(input, ctx);
    const startedAt = nowIso();
    const table = RECORD_TABLES[input.kind];
    const dryRun = input.dryRun === true;
    const validation = {
      spec,
      fileName: input.fileName,
      bytes: input.bytes,
      regions: await store.org.listRegions(),
      year: input.year ?? null,
      defaultDate: input.date ?? null,
      today: todayInChina(),
      scopeRegion: actor.role === 'county' ? actor.regionCode : null,
      onRows: (n: number) => input.onProgress?.(n),
    };
    const reportOf = (v: ImportValidator): ImportReport => {
      if (v.rows === 0 && v.errors.count === 0) {
        throw new AppError('IMPORT_NO_ROWS', `文件「${input.fileName}」中没有数据行`, [
          { file: input.fileName, message: '表头之下没有数据' },
        ]);
      }
      return {
        kind: input.kind,
        file: input.fileName,
        dryRun,
        stored: false,
        importId: null,
        rows: v.rows,
        inserted: 0,
        updated: 0,
        warnings: v.warnings.list(input.fileName),
        warningCount: v.warnings.count,
        errors: v.errors.list(input.fileName),
        errorCount: v.errors.count,
      };
    };

    if (dryRun) {
      const v = await validateFile(validation);
      const report = reportOf(v);
      if (v.errors.count > 0) return report;
      const existing = await store.records.existingKeys(
        table,
        v.records.map((r) => r.key),
      );
      return { ...report, updated: existing.size, inserted: v.records.length - existing.size };
    }

    // Validated first, in full (the server stays responsive and nothing is held open while the
    // file is read); then one short transaction: the imports row, the records in multi-row
    // batches, the audit entry.
    const v = await validateFile(validation);
    const report = reportOf(v);
    if (v.errors.count > 0) return report;
    const keys = v.records.map((x) => x.key);
    const values = v.records.map((x) => x.values);
    const total = values.length;
    input.onProgress?.(0, total);
    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    const stored = await store.transaction(async (r) => {
      const existing = await r.records.existingKeys(table, keys);
      const inserted = keys.length - existing.size;
      const updated = existing.size;
      const importId = await r.records.insertImport({
        kind: input.kind,
        fileName: input.fileName,
        sha256,
        rowCount: v.rows,
        inserted,
        updated,
        actorId: auditActor(ctx).actorId,
        actorName: actor.name,
        startedAt,
        finishedAt: nowIso(),
      });
      if (table.dated) {
        for (const row of values) {
          row.import_id = importId;
          row.is_demo = 0;
        }
      }
      await r.records.upsert(table, values, (written) => input.onProgress?.(written, total));
      // Same transaction: a reader that sees the new data version also sees the rows.
      await r.indicators.bumpDataVersion([table.table]);
      await r.audit.record({
        ...auditActor(ctx),
        action: 'records.imported',
        entity: 'imports',
        entityId: importId,
        after: { kind: input.kind, file: input.fileName, rows: v.rows, inserted, updated },
      });
      return { ...report, stored: true, importId, inserted, updated };
    });
    try {
      await opts.afterImport?.(stored, ctx);
    } catch (e) {
      const message = `数据已导入,但后续处理(企业关联)失败:${e instanceof Error ? e.message : String(e)}`;
      return {
        ...stored,
        warnings: [...stored.warnings, { file: input.fileName, message }],
        warningCount: stored.warningCount + 1,
      };
    }
    return stored;
  }

  return {
    importFile,

    /** Runs an import in the background (HTTP); returns the job id once the quick checks pass. */
    startImport(input: Omit<ImportInput, 'onProgress'>, ctx: Ctx): { jobId: string } {
      const { actor } = precheck(input, ctx);
      const jobId = jobs.start(actor, { kind: input.kind, file: input.fileName }, (progress) =>
        importFile({ ...input, onProgress: progress }, ctx),
      );
      return { jobId };
    },

    job: (id: string, ctx: Ctx) => jobs.get(id, requireActor(ctx)),
    drainJobs: () => jobs.drain(),

    kinds(): KindInfo[] {
      return KIND_IDS.map((id) => {
        const k = KINDS[id];
        return {
          kind: id,
          name: k.name,
          description: k.description,
          naturalKey: k.naturalKey,
          fields: k.fields.map((f) => ({
            name: f.key,
            header: f.header,
            synonyms: [...(f.synonyms ?? [])],
            required: f.required === true,
            description: f.description,
          })),
        };
      });
    },

    history: (q: { page: number; pageSize: number; kind?: string }) => store.records.listImports(q),

    /** A page of one kind's records, columns in camelCase, JSON columns parsed. */
    async browse(kind: KindId, q: BrowseQuery): Promise<{ items: Record<string, unknown>[]; total: number }> {
      const t = RECORD_TABLES[kind];
      const [{ items, total }, regions] = await Promise.all([store.records.browse(t, q), store.org.listRegions()]);
      const names = new Map(regions.map((r) => [r.code, r.name]));
      return {
        total,
        items: items.map((row) => {
          const out: Record<string, unknown> = {};
          for (const [k, v] of Object.entries(row)) {
            if (t.json.includes(k)) out[camel(k.replace(/_json$/, ''))] = typeof v === 'string' ? JSON.parse(v) : v;
            else out[camel(k)] = v;
          }
          if (t.dated)
            out.regionName = typeof row.region_code === 'string' ? (names.get(row.region_code) ?? null) : null;
          return out;
        }),
      };
    },

    /** The Excel template of a kind: header row plus a 填写说明 sheet. */
    template: (kind: KindId) => buildTemplate(KINDS[kind]),
  };
}

export type RecordsService = ReturnType<typeof recordsService>;
