// Test helper (used only by *.test.ts): inserts record rows with the columns a test does not care
// about filled in, straight through Kysely as the importers would — and, as they do, in one
// transaction with the table's data-version bump.
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RecordTables } from '../../db/schema-records.ts';
import { indicatorRepository } from './indicator-repository.ts';

type RecordTable = Exclude<keyof RecordTables, 'imports' | 'essential_drugs'>;

let seq = 0;

/** Inserts rows; natural_key is generated unless given. */
export async function insertRecords<T extends RecordTable>(
  db: Kysely<Database>,
  table: T,
  rows: (Omit<Insertable<Database[T]>, 'natural_key'> & { natural_key?: string })[],
): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map((r) => ({ natural_key: `${table}-${++seq}`, ...r }));
  await db.transaction().execute(async (trx) => {
    // Chunks keep PostgreSQL's parameter count in range.
    for (let i = 0; i < values.length; i += 200) {
      const chunk = values.slice(i, i + 200);
      // The row type was checked at the call; Kysely cannot follow a generic table name.
      await trx
        .insertInto(table as 'food_samples')
        .values(chunk as unknown as Insertable<Database['food_samples']>[])
        .execute();
    }
    await indicatorRepository(trx).bumpDataVersion([table]);
  });
}

/** n food samples of one region and day; `failed` of them not passed. */
export function foodRows(n: number, p: { region: string | null; date: string; failed?: number; type?: string }) {
  return Array.from({ length: n }, (_, i) => ({
    region_code: p.region,
    date: p.date,
    sampled_unit_name: `被抽样单位${i}`,
    product_name: `食品${i}`,
    sampling_type: p.type ?? '监督抽检',
    passed: i < (p.failed ?? 0) ? 0 : 1,
  }));
}
