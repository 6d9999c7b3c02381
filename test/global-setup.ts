// Vitest global setup: provides a PostgreSQL server for the engine-parameterised tests.
// DATABASE_URL (an admin connection) is used when given; otherwise a throwaway cluster is
// started and stopped. With CI=true a missing PostgreSQL fails the run instead of skipping.
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM helper shared with the benchmarks
import { startCluster } from '../scripts/pg-cluster.mjs';

let stop: (() => void) | null = null;

export async function setup(project: TestProject): Promise<void> {
  let url = process.env.DATABASE_URL ?? null;
  if (!url && process.env.ZL_TEST_SQLITE_ONLY !== '1') {
    try {
      const cluster = await startCluster();
      url = cluster.url;
      stop = cluster.stop;
    } catch (e) {
      if (process.env.CI === 'true') throw new Error(`CI=true 但无法启动 PostgreSQL: ${String(e)}`);
      console.warn(`\n[zhiliang] PostgreSQL unavailable (${String(e)}); running the SQLite suite only.\n`);
    }
  }
  project.provide('pgAdminUrl', url);
}

export async function teardown(): Promise<void> {
  stop?.();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string | null;
  }
}
