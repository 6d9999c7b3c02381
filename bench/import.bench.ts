// Import of a 100,000-row food sampling .xlsx end to end (read, validate, store in one
// transaction) against a bare streaming read of the same file by exceljs.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_CTX } from '../src/cli/run.ts';
import { DEFAULT_ORG } from '../src/core/org/default-org.ts';
import { createServices } from '../src/modules/services.ts';
import { createStore } from '../src/modules/store.ts';
import { firstStart } from '../src/server/bootstrap.ts';
import { bareStreamingRead, writeFoodWorkbook } from './food-workbook.ts';
import { type Benchmark, time } from './harness.ts';

const ROWS = Number(process.env.ZL_BENCH_IMPORT_ROWS ?? 100_000);

export const importBenchmarks: Benchmark[] = [
  {
    name: `import ${ROWS.toLocaleString('en')}-row food .xlsx`,
    engines: ['sqlite', 'postgres'],
    async run(ctx) {
      const file = join(tmpdir(), `zl-bench-food-${process.pid}.xlsx`);
      try {
        await writeFoodWorkbook(file, ROWS, 2023);
        const h = await ctx.freshDb();
        const services = createServices(createStore(h.db, h.engine), {
          org: DEFAULT_ORG,
          auth: { maxFailures: 5, lockMinutes: 15 },
        });
        await firstStart(services);
        const bytes = readFileSync(file);
        const bare = await time(() => bareStreamingRead(file));
        // The write phase starts with progress (0, total): the split between reading and validating
        // the file and storing it in one transaction.
        let writeStart: number | null = null;
        const onProgress = (done: number, total?: number) => {
          if (done === 0 && total !== undefined && writeStart === null) writeStart = performance.now();
        };
        const full = await time(() =>
          services.records.importFile({ kind: 'food', fileName: 'food.xlsx', bytes, year: 2023, onProgress }, CLI_CTX),
        );
        const ended = performance.now();
        if (full.value.errorCount > 0)
          throw new Error(
            `import reported ${full.value.errorCount} errors: ${JSON.stringify(full.value.errors.slice(0, 3))}`,
          );
        ctx.record({ metric: 'bare exceljs streaming read', value: bare.ms, unit: 'ms' });
        ctx.record({
          metric: 'import end to end',
          value: full.ms,
          unit: 'ms',
          note: `${full.value.inserted} rows stored`,
        });
        if (writeStart !== null) {
          ctx.record({ metric: 'of which: store (one transaction)', value: ended - writeStart, unit: 'ms' });
        }
        ctx.record({ metric: 'ratio import / bare read', value: full.ms / bare.ms, unit: '×', goal: '≤ 2×' });
      } finally {
        rmSync(file, { force: true });
      }
    },
  },
];
