// The supervision loop: the enterprise registry (with aliases, links from records, the review
// queue for uncertain matches), the quality credit record (credit events, versioned risk models,
// each enterprise's current score, class and explanation), and 双随机、一公开 (inspection items,
// inspectors, draw plans, frozen draws with their pools, assignments and inspection outcomes).
// Frozen pool rows copy what they froze — a later edit of an enterprise or an inspector changes
// the registry, never a draw.
import type { Kysely } from 'kysely';
import { engineOf, withId } from '../engine.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the schema types apply
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const table = (name: string) => withId(engine, db.schema.createTable(name));
  const index = async (table: string, cols: string[], unique = false) => {
    let b = db.schema
      .createIndex(`${table}_${cols.join('_')}`)
      .on(table)
      .columns(cols);
    if (unique) b = b.unique();
    await b.execute();
  };

  await table('enterprises')
    .addColumn('credit_code', 'varchar(18)', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    // normalizeEnterpriseName(name): what name matching compares
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('region_code', 'varchar(6)')
    .addColumn('industry', 'varchar(16)', (c) => c.notNull())
    .addColumn('size', 'varchar(8)')
    .addColumn('address', 'text')
    .addColumn('licences_json', 'text', (c) => c.notNull().defaultTo('[]'))
    // Internal: never published, never shown without login.
    .addColumn('risk_score', 'double precision')
    .addColumn('risk_class', 'varchar(1)')
    .addColumn('risk_model_version', 'integer')
    .addColumn('risk_explanation_json', 'text')
    .addColumn('risk_computed_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await index('enterprises', ['name_key']);
  await index('enterprises', ['region_code', 'industry']);
  await index('enterprises', ['risk_class']);

  await table('enterprise_aliases')
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('alias_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await index('enterprise_aliases', ['enterprise_id', 'alias_key'], true);
  await index('enterprise_aliases', ['alias_key']);

  // record_table + record_id + role → enterprise. role: producer | sampled_unit | enterprise.
  await table('enterprise_links')
    .addColumn('record_table', 'varchar(32)', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.notNull())
    .addColumn('role', 'varchar(16)', (c) => c.notNull())
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    // code | name | alias | fuzzy | manual
    .addColumn('method', 'varchar(8)', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('confirmed_by', 'integer')
    .addColumn('confirmed_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await index('enterprise_links', ['record_table', 'record_id', 'role'], true);
  await index('enterprise_links', ['enterprise_id']);

  await table('enterprise_match_queue')
    .addColumn('record_table', 'varchar(32)', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.notNull())
    .addColumn('role', 'varchar(16)', (c) => c.notNull())
    .addColumn('party_name', 'text')
    .addColumn('party_code', 'varchar(32)')
    .addColumn('region_code', 'varchar(6)')
    .addColumn('candidates_json', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    // pending | confirmed | rejected
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('enterprise_id', 'integer', (c) => c.references('enterprises.id').onDelete('set null'))
    .addColumn('resolved_by', 'integer')
    .addColumn('resolved_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await index('enterprise_match_queue', ['record_table', 'record_id', 'role'], true);
  await index('enterprise_match_queue', ['status']);

  await table('credit_events')
    .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(24)', (c) => c.notNull())
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('points', 'double precision')
    // Set when the event was written by another feature (a draw outcome): draw_outcomes + id.
    .addColumn('source_table', 'varchar(32)')
    .addColumn('source_id', 'integer')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await index('credit_events', ['enterprise_id', 'date']);

  await table('risk_models')
    .addColumn('version', 'integer', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await table('inspection_items')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('industries_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await table('inspectors')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('region_code', 'varchar(6)')
    .addColumn('qualifications_json', 'text', (c) => c.notNull())
    .addColumn('conflicts_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await table('draw_plans')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('rules_json', 'text', (c) => c.notNull())
    .addColumn('item_ids_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await table('draws')
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('draw_plans.id'))
    // frozen (hashes published, seed committed) | revealed (seed published, result stored)
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('plan_json', 'text', (c) => c.notNull())
    .addColumn('plan_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('objects_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('inspectors_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('pools_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('seed_commitment', 'varchar(64)', (c) => c.notNull())
    // Generated at freezing; shown only once revealed.
    .addColumn('seed', 'varchar(128)', (c) => c.notNull())
    .addColumn('result_hash', 'varchar(64)')
    .addColumn('object_count', 'integer', (c) => c.notNull())
    .addColumn('inspector_count', 'integer', (c) => c.notNull())
    .addColumn('drawn_count', 'integer')
    .addColumn('frozen_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('frozen_by', 'integer')
    .addColumn('revealed_at', 'varchar(32)')
    .addColumn('revealed_by', 'integer')
    .execute();

  await table('draw_pool_objects')
    .addColumn('draw_id', 'integer', (c) => c.notNull().references('draws.id'))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addColumn('credit_code', 'varchar(18)', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'varchar(6)')
    .addColumn('industry', 'varchar(16)', (c) => c.notNull())
    .addColumn('risk_class', 'varchar(1)', (c) => c.notNull())
    .addColumn('last_inspector_ids_json', 'text', (c) => c.notNull())
    .execute();
  await index('draw_pool_objects', ['draw_id', 'enterprise_id'], true);

  await table('draw_pool_inspectors')
    .addColumn('draw_id', 'integer', (c) => c.notNull().references('draws.id'))
    .addColumn('inspector_id', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('region_code', 'varchar(6)')
    .addColumn('qualifications_json', 'text', (c) => c.notNull())
    .addColumn('conflicts_json', 'text', (c) => c.notNull())
    .execute();
  await index('draw_pool_inspectors', ['draw_id', 'inspector_id'], true);

  await table('draw_assignments')
    .addColumn('draw_id', 'integer', (c) => c.notNull().references('draws.id'))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addColumn('inspector_ids_json', 'text', (c) => c.notNull())
    .execute();
  await index('draw_assignments', ['draw_id', 'enterprise_id'], true);
  await index('draw_assignments', ['enterprise_id']);

  await table('draw_outcomes')
    .addColumn('draw_id', 'integer', (c) => c.notNull().references('draws.id'))
    .addColumn('enterprise_id', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'varchar(24)', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('inspected_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('credit_event_id', 'integer')
    .addColumn('entered_by', 'integer')
    .addColumn('entered_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await index('draw_outcomes', ['draw_id', 'enterprise_id'], true);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'draw_outcomes',
    'draw_assignments',
    'draw_pool_inspectors',
    'draw_pool_objects',
    'draws',
    'draw_plans',
    'inspectors',
    'inspection_items',
    'risk_models',
    'credit_events',
    'enterprise_match_queue',
    'enterprise_links',
    'enterprise_aliases',
    'enterprises',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
