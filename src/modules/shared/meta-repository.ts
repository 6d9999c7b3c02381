import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export function metaRepository(db: Kysely<Database>) {
  return {
    async get(key: string): Promise<string | null> {
      const r = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
      return r?.value ?? null;
    },
    async set(key: string, value: string): Promise<void> {
      const existing = await db.selectFrom('meta').select('key').where('key', '=', key).executeTakeFirst();
      if (existing) await db.updateTable('meta').set({ value }).where('key', '=', key).execute();
      else await db.insertInto('meta').values({ key, value }).execute();
    },
  };
}
