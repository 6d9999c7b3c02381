// An enterprise's page lists the draws whose frozen pool held it (its class then, drawn or not,
// the result). The pool table is keyed by (draw_id, enterprise_id); a lookup by enterprise alone
// would scan every pool ever frozen (200,000 rows a draw), so it gets an index of its own.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the schema types apply
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('draw_pool_objects_enterprise').on('draw_pool_objects').column('enterprise_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('draw_pool_objects_enterprise').execute();
}
