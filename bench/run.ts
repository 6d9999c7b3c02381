// `npm run bench [-- name-filter]`: every benchmark on SQLite and PostgreSQL, one table out.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper shared with the tests
import { startCluster } from '../scripts/pg-cluster.mjs';
import { type Benchmark, formatTable, type Measurement, makeContext } from './harness.ts';
import { BENCHMARKS } from './registry.ts';

const filter = process.argv[2];
const chosen: Benchmark[] = BENCHMARKS.filter((b) => !filter || b.name.includes(filter));

let pgAdminUrl: string | null = process.env.DATABASE_URL ?? null;
let stopCluster: (() => void) | null = null;
if (!pgAdminUrl && chosen.some((b) => b.engines.includes('postgres'))) {
  try {
    const c = await startCluster();
    pgAdminUrl = c.url;
    stopCluster = c.stop;
  } catch (e) {
    console.warn(`PostgreSQL unavailable, SQLite only: ${String(e)}`);
  }
}

const results: Measurement[] = [];
try {
  for (const b of chosen) {
    for (const engine of b.engines) {
      if (engine === 'postgres' && !pgAdminUrl) continue;
      process.stderr.write(`… ${b.name} (${engine})\n`);
      const { ctx, cleanup } = makeContext(engine === '-' ? 'sqlite' : engine, pgAdminUrl, results, b.name);
      try {
        await b.run(ctx);
      } catch (e) {
        results.push({ benchmark: b.name, engine, metric: 'error', value: 0, unit: '', note: String(e).slice(0, 200) });
      } finally {
        await cleanup();
      }
    }
  }
} finally {
  stopCluster?.();
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
const table = formatTable(results);
const doc = `# zhiliang benchmarks\n\nRun ${new Date().toISOString()} on ${machine}.\n\n${table}\n`;
console.log(table);
const dir = join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'latest.md'), doc);
console.log(`\nwritten to bench/results/latest.md`);
