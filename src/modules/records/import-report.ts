// What an import returns, to the CLI, the HTTP job and the tests alike.
import type { KindId } from '../../core/records/kind-spec.ts';
import type { Problem } from '../../core/records/problem.ts';

export interface ImportReport {
  kind: KindId;
  file: string;
  dryRun: boolean;
  /** Whether the records were written (false for dry runs and files with errors). */
  stored: boolean;
  importId: number | null;
  /** Data rows read (header, notes and blank rows not counted). */
  rows: number;
  /** Records that are new / that replaced a record with the same natural key (would be, in a dry run). */
  inserted: number;
  updated: number;
  warnings: Problem[];
  warningCount: number;
  errors: Problem[];
  errorCount: number;
}
