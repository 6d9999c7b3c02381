// Traceability (EPCIS events in a graph-friendly form), 核查处置 cases and 事故报告.
//   trace_events      one row per EPCIS event; body_json keeps the event as received
//   trace_event_lots  which lots an event touched and in what role (a lot's history)
//   trace_edges       movements: lot at party → lot at party (shipping, receiving, processing,
//                     packing), indexed both ways by lot so a trace is an index walk
//   trace_lots / trace_parties  what is known about each lot and party
// Lot ids are text URNs (see src/core/trace/identifiers.ts); times are UTC ISO strings.
import type { Kysely } from 'kysely';
import { engineOf, withId } from '../engine.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the schema types apply
export async function up(db: Kysely<any>): Promise<void> {
  const engine = engineOf(db);
  const table = (name: string) => withId(engine, db.schema.createTable(name));

  await table('trace_captures')
    .addColumn('source', 'varchar(8)', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('event_count', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('captured_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('trace_lots')
    .addColumn('lot_id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(8)', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('producer_credit_code', 'varchar(18)')
    .addColumn('product_name', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('trace_lots_code').on('trace_lots').column('code').execute();

  await db.schema
    .createTable('trace_parties')
    .addColumn('credit_code', 'varchar(18)', (c) => c.primaryKey())
    .addColumn('name', 'text')
    .addColumn('region_code', 'varchar(6)')
    .addColumn('address', 'text')
    .execute();
  await db.schema.createIndex('trace_parties_name').on('trace_parties').column('name').execute();

  await table('trace_events')
    .addColumn('event_id', 'text', (c) => c.notNull().unique())
    .addColumn('capture_id', 'integer')
    .addColumn('type', 'varchar(24)', (c) => c.notNull())
    .addColumn('action', 'varchar(8)')
    .addColumn('biz_step', 'varchar(64)')
    .addColumn('disposition', 'varchar(64)')
    .addColumn('event_time', 'varchar(32)', (c) => c.notNull())
    .addColumn('tz_offset', 'varchar(6)', (c) => c.notNull())
    .addColumn('record_time', 'varchar(32)', (c) => c.notNull())
    .addColumn('party', 'varchar(18)')
    .addColumn('source_party', 'varchar(18)')
    .addColumn('dest_party', 'varchar(18)')
    .addColumn('read_point', 'text')
    .addColumn('biz_location', 'text')
    .addColumn('address', 'text')
    .addColumn('region_code', 'varchar(6)')
    .addColumn('body_json', 'text')
    .execute();

  await db.schema
    .createTable('trace_event_lots')
    .addColumn('event_pk', 'integer', (c) => c.notNull())
    .addColumn('lot_id', 'text', (c) => c.notNull())
    .addColumn('role', 'varchar(8)', (c) => c.notNull())
    .addColumn('quantity', 'double precision')
    .addColumn('uom', 'varchar(8)')
    .execute();
  await db.schema.createIndex('trace_event_lots_lot').on('trace_event_lots').column('lot_id').execute();
  await db.schema.createIndex('trace_event_lots_event').on('trace_event_lots').column('event_pk').execute();

  await table('trace_edges')
    .addColumn('event_pk', 'integer', (c) => c.notNull())
    .addColumn('kind', 'varchar(12)', (c) => c.notNull())
    .addColumn('from_lot', 'text', (c) => c.notNull())
    .addColumn('from_party', 'varchar(18)')
    .addColumn('to_lot', 'text', (c) => c.notNull())
    .addColumn('to_party', 'varchar(18)')
    .addColumn('event_time', 'varchar(32)', (c) => c.notNull())
    .addColumn('quantity', 'double precision')
    .addColumn('uom', 'varchar(8)')
    .execute();
  await db.schema.createIndex('trace_edges_from').on('trace_edges').column('from_lot').execute();
  await db.schema.createIndex('trace_edges_to').on('trace_edges').column('to_lot').execute();

  await table('disposal_cases')
    .addColumn('origin', 'varchar(8)', (c) => c.notNull())
    .addColumn('sample_id', 'integer', (c) => c.unique())
    .addColumn('incident_id', 'integer', (c) => c.unique())
    .addColumn('region_code', 'varchar(6)')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('producer_credit_code', 'varchar(18)')
    .addColumn('producer_name', 'text')
    .addColumn('product_name', 'text')
    .addColumn('batch', 'text')
    .addColumn('lot_id', 'text')
    .addColumn('status', 'varchar(8)', (c) => c.notNull())
    .addColumn('opened_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('closed_at', 'varchar(32)')
    .addColumn('closed_by', 'text')
    .addColumn('close_outcome', 'text')
    .addColumn('close_evidence', 'text')
    .execute();
  await db.schema
    .createIndex('disposal_cases_status')
    .on('disposal_cases')
    .columns(['status', 'region_code'])
    .execute();

  await table('disposal_actions')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('disposal_cases.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'varchar(8)', (c) => c.notNull())
    .addColumn('required', 'integer', (c) => c.notNull())
    .addColumn('due_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('done_at', 'varchar(32)')
    .addColumn('done_by', 'text')
    .addColumn('evidence_text', 'text')
    .addColumn('evidence_file', 'text')
    .execute();
  await db.schema.createIndex('disposal_actions_case').on('disposal_actions').column('case_id').execute();
  await db.schema.createIndex('disposal_actions_due').on('disposal_actions').columns(['done_at', 'due_at']).execute();

  await table('incidents')
    .addColumn('receipt_no', 'varchar(32)', (c) => c.notNull().unique())
    .addColumn('source', 'varchar(8)', (c) => c.notNull())
    .addColumn('enterprise_name', 'text', (c) => c.notNull())
    .addColumn('enterprise_credit_code', 'varchar(18)')
    .addColumn('product_name', 'text', (c) => c.notNull())
    .addColumn('batch', 'text')
    .addColumn('region_code', 'varchar(6)')
    .addColumn('discovered_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('reported_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('severity', 'varchar(8)', (c) => c.notNull())
    .addColumn('injured_count', 'integer', (c) => c.notNull())
    .addColumn('injury_level', 'varchar(8)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('measures', 'text')
    .addColumn('reporter_name', 'text')
    .addColumn('reporter_phone', 'text')
    .addColumn('status', 'varchar(8)', (c) => c.notNull())
    .addColumn('closed_at', 'varchar(32)')
    .addColumn('closing_summary', 'text')
    .addColumn('case_id', 'integer')
    .execute();
  await db.schema.createIndex('incidents_region').on('incidents').columns(['region_code', 'discovered_at']).execute();

  await table('incident_followups')
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incidents.id'))
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incident_followups_incident').on('incident_followups').column('incident_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'incident_followups',
    'incidents',
    'disposal_actions',
    'disposal_cases',
    'trace_edges',
    'trace_event_lots',
    'trace_events',
    'trace_parties',
    'trace_lots',
    'trace_captures',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
