// Traceability at scale: a synthetic supply network of ZL_BENCH_TRACE_EVENTS events (default
// 10,000,000) loaded in bulk, then a backward plus forward trace of one lot through the same
// service the API uses. Goal: the trace under 100 ms.
//
// The network repeats one realistic family per raw lot: a farm commissions raw lot R_i and ships
// it to two processors (each receipt recorded); processor i makes product P_i from R_i and
// R_{i+1}; P_i goes to a wholesaler and from there to three shops (receipts recorded). That is
// 14 events, 15 edges and 16 event-lot rows per family, with parties drawn from 2,000 farms,
// 1,000 processors, 300 wholesalers and 20,000 shops, so traces cross families through shared
// inputs. Loading drops the trace indexes first and rebuilds them after (timed as part of
// generation), as one bulk-loads any large table.
import SQLite from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { creditCodeCheckCharacter } from '../src/core/standards/index.ts';
import type { DbHandle } from '../src/db/connection.ts';
import type { Database } from '../src/db/schema.ts';
import { createStore } from '../src/modules/store.ts';
import { traceService } from '../src/modules/trace/trace-service.ts';
import { type Benchmark, time } from './harness.ts';

const EVENTS_PER_FAMILY = 14;

function credit(kind: number, n: number): string {
  const first17 = `91622901${'ABCD'[kind]}${String(n).padStart(8, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

const FARMS = 2000;
const PROCESSORS = 1000;
const WHOLESALERS = 300;
const SHOPS = 20_000;

interface Rows {
  events: unknown[][];
  lots: unknown[][];
  edges: unknown[][];
  traceLots: unknown[][];
}

const TRACE_LOT_COLS = ['lot_id', 'kind', 'code', 'producer_credit_code', 'product_name', 'created_at'];
const PARTY_COLS = ['credit_code', 'name', 'region_code', 'address'];
const PARTY_KINDS = ['牧场', '乳品厂', '批发部', '超市'];
const COUNTIES = ['622901', '622921', '622922', '622923', '622924', '622925', '622926', '622927'];

const EVENT_COLS = [
  'id',
  'event_id',
  'type',
  'action',
  'biz_step',
  'event_time',
  'tz_offset',
  'record_time',
  'party',
  'source_party',
  'dest_party',
  'region_code',
];
const LOT_COLS = ['event_pk', 'lot_id', 'role', 'quantity', 'uom'];
const EDGE_COLS = [
  'id',
  'event_pk',
  'kind',
  'from_lot',
  'from_party',
  'to_lot',
  'to_party',
  'event_time',
  'quantity',
  'uom',
];
// PostgreSQL array types of the columns above, for unnest().
const EVENT_TYPES = ['int', ...Array(11).fill('text')];
const LOT_TYPES = ['int', 'text', 'text', 'float8', 'text'];
const EDGE_TYPES = ['int', 'int', 'text', 'text', 'text', 'text', 'text', 'text', 'float8', 'text'];

// Codes are computed once: generating 10M events spends its time writing, not on checksums.
const CODES = [FARMS, PROCESSORS, WHOLESALERS, SHOPS].map((n, kind) =>
  Array.from({ length: n }, (_, i) => credit(kind, i)),
);
const code = (kind: number, i: number) => (CODES[kind] as string[])[i] as string;
const partyRows = (): unknown[][] =>
  CODES.flatMap((codes, kind) =>
    codes.map((c, i) => [
      c,
      `某${PARTY_KINDS[kind]}${String(i).padStart(5, '0')}`,
      COUNTIES[i % COUNTIES.length],
      null,
    ]),
  );
const rawLot = (i: number) => `urn:zl:lot:${code(0, i % FARMS)}:R${i}`;
const productLot = (i: number) => `urn:zl:lot:${code(1, i % PROCESSORS)}:P${i}`;

/** The rows of family i; ids continue from the counters. */
function family(i: number, families: number, ids: { event: number; edge: number }, out: Rows): void {
  const farm = code(0, i % FARMS);
  const procA = code(1, i % PROCESSORS);
  const procB = code(1, ((i - 1 + families) % families) % PROCESSORS);
  const wholesaler = code(2, i % WHOLESALERS);
  const r = rawLot(i);
  const p = productLot(i);
  const rNext = rawLot((i + 1) % families);
  // Spread families over two years of event times, a minute apart within a family.
  const base = Date.UTC(2023, 0, 1) + (i % 700_000) * 90_000;
  const times = new Map<number, string>();
  const t = (k: number) => {
    let s = times.get(k);
    if (!s) {
      s = new Date(base + k * 60_000).toISOString();
      times.set(k, s);
    }
    return s;
  };
  const ev = (
    k: number,
    type: string,
    action: string | null,
    step: string,
    party: string,
    src: string | null,
    dst: string | null,
  ) => {
    const id = ++ids.event;
    out.events.push([id, `b:${id}`, type, action, step, t(k), '+08:00', t(k), party, src, dst, '622901']);
    return id;
  };
  const edge = (
    pk: number,
    kind: string,
    fl: string,
    fp: string | null,
    tl: string,
    tp: string,
    k: number,
    q: number,
    uom: string,
  ) => out.edges.push([++ids.edge, pk, kind, fl, fp, tl, tp, t(k), q, uom]);
  const lot = (pk: number, id: string, role: string, q: number, uom: string) => out.lots.push([pk, id, role, q, uom]);
  out.traceLots.push([r, 'lot', `R${i}`, farm, '生鲜乳', t(0)], [p, 'lot', `P${i}`, procA, '风味发酵乳', t(10)]);

  let pk = ev(0, 'ObjectEvent', 'ADD', 'commissioning', farm, null, farm);
  lot(pk, r, 'object', 1000, 'KGM');
  edge(pk, 'commission', r, null, r, farm, 0, 1000, 'KGM');
  for (const [k, proc] of [
    [1, procA],
    [3, procB],
  ] as const) {
    pk = ev(k, 'ObjectEvent', 'OBSERVE', 'shipping', farm, farm, proc);
    lot(pk, r, 'object', 500, 'KGM');
    edge(pk, 'ship', r, farm, r, proc, k, 500, 'KGM');
    pk = ev(k + 1, 'ObjectEvent', 'OBSERVE', 'receiving', proc, farm, proc);
    lot(pk, r, 'object', 500, 'KGM');
    edge(pk, 'receive', r, farm, r, proc, k + 1, 500, 'KGM');
  }
  pk = ev(10, 'TransformationEvent', null, 'transforming', procA, null, procA);
  lot(pk, r, 'input', 500, 'KGM');
  lot(pk, rNext, 'input', 500, 'KGM');
  lot(pk, p, 'output', 2000, 'CT');
  edge(pk, 'transform', r, procA, p, procA, 10, 500, 'KGM');
  edge(pk, 'transform', rNext, procA, p, procA, 10, 500, 'KGM');
  pk = ev(20, 'ObjectEvent', 'OBSERVE', 'shipping', procA, procA, wholesaler);
  lot(pk, p, 'object', 1500, 'CT');
  edge(pk, 'ship', p, procA, p, wholesaler, 20, 1500, 'CT');
  pk = ev(30, 'ObjectEvent', 'OBSERVE', 'receiving', wholesaler, procA, wholesaler);
  lot(pk, p, 'object', 1500, 'CT');
  edge(pk, 'receive', p, procA, p, wholesaler, 30, 1500, 'CT');
  for (let s = 0; s < 3; s++) {
    const shop = code(3, (i * 3 + s) % SHOPS);
    pk = ev(40 + s, 'ObjectEvent', 'OBSERVE', 'shipping', wholesaler, wholesaler, shop);
    lot(pk, p, 'object', 500, 'CT');
    edge(pk, 'ship', p, wholesaler, p, shop, 40 + s, 500, 'CT');
    pk = ev(50 + s, 'ObjectEvent', 'OBSERVE', 'receiving', shop, wholesaler, shop);
    lot(pk, p, 'object', 500, 'CT');
    edge(pk, 'receive', p, wholesaler, p, shop, 50 + s, 500, 'CT');
  }
}

const INDEXES: [string, string, string][] = [
  ['trace_edges_from', 'trace_edges', 'from_lot'],
  ['trace_edges_to', 'trace_edges', 'to_lot'],
  ['trace_event_lots_lot', 'trace_event_lots', 'lot_id'],
  ['trace_event_lots_event', 'trace_event_lots', 'event_pk'],
];

async function loadPostgres(db: Kysely<Database>, families: number, onProgress: (f: number) => void): Promise<void> {
  for (const [name] of INDEXES) await sql.raw(`DROP INDEX ${name}`).execute(db);
  const CHUNK = 2000; // families per transaction: 28,000 events, ~90,000 rows
  const ids = { event: 0, edge: 0 };
  // One INSERT … SELECT FROM unnest(array, array, …) per table and chunk: a column per
  // parameter, so the statement stays small however many rows it carries.
  const insert = async (trx: Kysely<Database>, table: string, cols: string[], types: string[], rows: unknown[][]) => {
    const arrays = cols.map((_, c) => rows.map((r) => r[c] ?? null));
    const args = sql.join(arrays.map((a, c) => sql`${a}::${sql.raw(types[c] as string)}[]`));
    await sql`INSERT INTO ${sql.raw(table)} (${sql.raw(cols.join(','))}) SELECT * FROM unnest(${args})`.execute(trx);
  };
  await insert(db, 'trace_parties', PARTY_COLS, Array(4).fill('text'), partyRows());
  for (let f = 0; f < families; f += CHUNK) {
    const out: Rows = { events: [], lots: [], edges: [], traceLots: [] };
    for (let i = f; i < Math.min(families, f + CHUNK); i++) family(i, families, ids, out);
    await db.transaction().execute(async (trx) => {
      await insert(trx, 'trace_events', EVENT_COLS, EVENT_TYPES, out.events);
      await insert(trx, 'trace_event_lots', LOT_COLS, LOT_TYPES, out.lots);
      await insert(trx, 'trace_edges', EDGE_COLS, EDGE_TYPES, out.edges);
      await insert(trx, 'trace_lots', TRACE_LOT_COLS, Array(6).fill('text'), out.traceLots);
    });
    onProgress(Math.min(families, f + CHUNK));
  }
  await sql.raw(`SELECT setval(pg_get_serial_sequence('trace_events', 'id'), ${ids.event + 1})`).execute(db);
  await sql.raw(`SELECT setval(pg_get_serial_sequence('trace_edges', 'id'), ${ids.edge + 1})`).execute(db);
  for (const [name, table, col] of INDEXES) await sql.raw(`CREATE INDEX ${name} ON ${table} (${col})`).execute(db);
  await sql.raw('ANALYZE').execute(db);
}

function loadSqlite(file: string, families: number, onProgress: (f: number) => void): void {
  const conn = new SQLite(file);
  conn.pragma('journal_mode = WAL');
  // A bulk load into a fresh file: a crash means regenerating it, so skip per-commit syncs.
  conn.pragma('synchronous = OFF');
  conn.pragma('cache_size = -1000000');
  for (const [name] of INDEXES) conn.exec(`DROP INDEX ${name}`);
  const ROWS = 50;
  const stmt = (table: string, cols: string[], n: number) =>
    conn.prepare(
      `INSERT INTO ${table} (${cols.join(',')}) VALUES ${Array(n)
        .fill(`(${cols.map(() => '?').join(',')})`)
        .join(',')}`,
    );
  const batched = {
    traceLots: stmt('trace_lots', TRACE_LOT_COLS, ROWS),
    events: stmt('trace_events', EVENT_COLS, ROWS),
    lots: stmt('trace_event_lots', LOT_COLS, ROWS),
    edges: stmt('trace_edges', EDGE_COLS, ROWS),
  };
  const single = {
    traceLots: stmt('trace_lots', TRACE_LOT_COLS, 1),
    events: stmt('trace_events', EVENT_COLS, 1),
    lots: stmt('trace_event_lots', LOT_COLS, 1),
    edges: stmt('trace_edges', EDGE_COLS, 1),
  };
  const write = (k: keyof Rows, rows: unknown[][]) => {
    let i = 0;
    for (; i + ROWS <= rows.length; i += ROWS) batched[k].run(rows.slice(i, i + ROWS).flat());
    for (; i < rows.length; i++) single[k].run(rows[i]);
  };
  const ids = { event: 0, edge: 0 };
  const CHUNK = 5000;
  const tx = conn.transaction((out: Rows) => {
    write('events', out.events);
    write('lots', out.lots);
    write('edges', out.edges);
    write('traceLots', out.traceLots);
  });
  const parties = stmt('trace_parties', PARTY_COLS, 1);
  conn.transaction(() => {
    for (const p of partyRows()) parties.run(p);
  })();
  for (let f = 0; f < families; f += CHUNK) {
    const out: Rows = { events: [], lots: [], edges: [], traceLots: [] };
    for (let i = f; i < Math.min(families, f + CHUNK); i++) family(i, families, ids, out);
    tx(out);
    onProgress(Math.min(families, f + CHUNK));
  }
  for (const [name, table, col] of INDEXES) conn.exec(`CREATE INDEX ${name} ON ${table} (${col})`);
  conn.exec('ANALYZE');
  conn.close();
}

async function traceTimings(h: DbHandle, families: number) {
  const trace = traceService(createStore(h.db, h.engine));
  // Lots spread over the store, away from its ends; first run of each warms nothing else.
  const picks = Array.from({ length: 21 }, (_, k) => Math.floor(((k + 1) * families) / 23));
  const ms: number[] = [];
  let edges = 0;
  for (const [k, i] of picks.entries()) {
    const lot = k % 2 === 0 ? productLot(i) : rawLot(i);
    const { ms: m, value } = await time(() => trace.graph(lot, 'both'));
    ms.push(m);
    edges = Math.max(edges, value.edges.length);
  }
  const cold = ms[0] as number;
  const warm = ms.slice(1).sort((a, b) => a - b);
  return {
    cold,
    median: warm[Math.floor(warm.length / 2)] as number,
    p95: warm[Math.floor(warm.length * 0.95)] as number,
    edges,
  };
}

export const traceBenchmarks: Benchmark[] = [
  {
    name: 'trace: backward + forward of one lot',
    engines: ['sqlite', 'postgres'],
    async run(ctx) {
      const target = Number(process.env.ZL_BENCH_TRACE_EVENTS ?? 10_000_000);
      const families = Math.max(2, Math.ceil(target / EVENTS_PER_FAMILY));
      const events = families * EVENTS_PER_FAMILY;
      const h = await ctx.freshDb();
      let last = 0;
      const progress = (f: number) => {
        if (f - last >= families / 10 || f === families) {
          last = f;
          process.stderr.write(
            `  ${ctx.engine}: ${(f * EVENTS_PER_FAMILY).toLocaleString('en')} / ${events.toLocaleString('en')} events\n`,
          );
        }
      };
      const gen = await time(async () => {
        if (ctx.engine === 'sqlite') loadSqlite(h.location, families, progress);
        else await loadPostgres(h.db, families, progress);
      });
      const note = `${events.toLocaleString('en')} events, ${(families * 15).toLocaleString('en')} edges`;
      ctx.record({ metric: 'generate + index', value: gen.ms / 1000, unit: 's', note });
      ctx.record({ metric: 'load rate', value: Math.round(events / (gen.ms / 1000)), unit: 'events/s', note });
      const t = await traceTimings(h, families);
      ctx.record({
        metric: 'trace both, first',
        value: t.cold,
        unit: 'ms',
        goal: '< 100 ms',
        note: `up to ${t.edges} edges per graph`,
      });
      ctx.record({ metric: 'trace both, median of 20', value: t.median, unit: 'ms', goal: '< 100 ms', note });
      ctx.record({ metric: 'trace both, p95 of 20', value: t.p95, unit: 'ms', goal: '< 100 ms' });
    },
  },
];
