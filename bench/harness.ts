// Benchmark harness: runs each benchmark on SQLite and on PostgreSQL (a throwaway cluster unless
// DATABASE_URL is given), prints one table and writes it to bench/results/latest.md. Numbers
// are what was measured on this machine in this run; compare ratios within one run.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type DbHandle, openDatabase } from '../src/db/connection.ts';
import type { Engine } from '../src/db/engine.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

export interface Measurement {
  benchmark: string;
  engine: Engine | '-';
  metric: string;
  value: number;
  unit: string;
  goal?: string;
  note?: string;
}

export interface BenchContext {
  engine: Engine;
  /** A fresh, migrated database; the harness drops it afterwards. */
  freshDb(): Promise<DbHandle>;
  record(m: Omit<Measurement, 'benchmark' | 'engine'>): void;
}

export interface Benchmark {
  name: string;
  /** Engines to run on; '-' benchmarks run once without a database. */
  engines: (Engine | '-')[];
  run(ctx: BenchContext): Promise<void>;
}

export async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/** Median of n runs, after one warm-up. */
export async function medianMs(n: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  await fn();
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push((await time(fn)).ms);
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)] as number;
}

export function makeContext(engine: Engine, pgAdminUrl: string | null, out: Measurement[], name: string) {
  const handles: DbHandle[] = [];
  const dirs: string[] = [];
  const ctx: BenchContext = {
    engine,
    async freshDb() {
      let handle: DbHandle;
      if (engine === 'sqlite') {
        const dir = mkdtempSync(join(tmpdir(), 'zl-bench-'));
        dirs.push(dir);
        handle = openDatabase({ databaseUrl: null, dataDir: dir });
      } else {
        if (!pgAdminUrl) throw new Error('no PostgreSQL');
        const db = `zl_b_${randomBytes(5).toString('hex')}`;
        const admin = new pg.Client({ connectionString: pgAdminUrl });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${db}`);
        await admin.end();
        const url = new URL(pgAdminUrl);
        url.pathname = `/${db}`;
        handle = openDatabase({ databaseUrl: url.toString(), dataDir: '.' });
      }
      await migrateToLatest(handle.db);
      handles.push(handle);
      return handle;
    },
    record(m) {
      out.push({ benchmark: name, engine, ...m });
    },
  };
  const cleanup = async () => {
    for (const h of handles) await h.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  };
  return { ctx, cleanup };
}

export function formatTable(rows: Measurement[]): string {
  const head = ['benchmark', 'engine', 'metric', 'value', 'goal', 'note'];
  const lines = rows.map((r) => [
    r.benchmark,
    r.engine,
    r.metric,
    `${Number.isInteger(r.value) ? r.value : r.value.toFixed(r.value < 10 ? 2 : 1)} ${r.unit}`,
    r.goal ?? '',
    r.note ?? '',
  ]);
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...lines.map((l) => `| ${l.join(' | ')} |`),
  ].join('\n');
}
