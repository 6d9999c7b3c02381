// The indicator engine's only database access: one aggregate per large record table, the rows
// of the small tables, the drill-down pages, and the per-table data versions the service's caches
// are keyed on. SQL is portable between SQLite and PostgreSQL: dates are YYYY-MM-DD text, so
// substr(date, 1, 7) is the month on both.
//
// Food samples (the table with millions of rows) are grouped by (date, region_code) over a date
// range: with the covering index of migration 20261128060000 that is an index-only range read
// in the index's own order, so the database aggregates as it streams instead of sorting a
// million rows into a temporary B-tree; the 365 × regions days are summed into months here.
// The other tables keep the substr(date, 1, 4) IN (…) filter: their (date, region_code) index
// does not cover the counted columns, and on SQLite a range over it turns a sequential scan of a
// year into one random table lookup per record.
import { randomBytes } from 'node:crypto';
import { CompiledQuery, type Kysely, type RawBuilder, sql } from 'kysely';
import type { CityDailyReport, CityHour } from '../../core/indicators/air-days.ts';
import type {
  AgriCell,
  ConstructionCell,
  DrugManufacturer,
  DrugSampleCell,
  FoodCell,
  ProductCheckCell,
  ReportedRecord,
  SewageCell,
  SurveyResponse,
  WaterProject,
  WaterProjectCheckCell,
} from '../../core/indicators/inputs.ts';
import type { RecordResult } from '../../core/indicators/record-results.ts';
import type { Database } from '../../db/schema.ts';

const MONTH = sql<string>`substr(${sql.ref('date')}, 1, 7)`;
const YEAR = sql<string>`substr(${sql.ref('date')}, 1, 4)`;

/** Tables whose changes invalidate cached aggregates. */
export const STAMPED_TABLES = [
  'food_samples',
  'agri_samples',
  'product_checks',
  'drug_samples',
  'essential_drugs',
  'drug_manufacturers',
  'construction_acceptances',
  'water_projects',
  'water_project_checks',
  'air_hourly',
  'air_daily',
  'water_samples',
  'effluent_samples',
  'sewage_volumes',
  'survey_responses',
  'reported_values',
] as const;
export type StampedTable = (typeof STAMPED_TABLES)[number];

/**
 * meta keys of the per-table data versions: every writer of a record table replaces its table's
 * value inside the writing transaction (bumpDataVersion), so a reader that sees the version also
 * sees the rows. A table without a key has never been written through a bumping writer: '0'.
 */
export const DATA_VERSION_PREFIX = 'data_version:';

/**
 * What cached values depend on, read in one query per request: each record table's version, and
 * the two small tables the board also reads (plans are immutable versions, so the highest id
 * names the current set; regions are only ever added).
 */
export type DataStamp = Record<StampedTable, string> & { plans: string; regions: string };

/**
 * Every request runs it: a fixed text, compiled once (building it through the query builder
 * cost more than running it). Portable: key and value are not reserved words on either engine.
 */
const STAMP_QUERY = CompiledQuery.raw(
  `select key as k, value as v from meta where key like '${DATA_VERSION_PREFIX.replace('_', '!_')}%' escape '!'` +
    ` union all select 'plans', cast(coalesce(max(id), 0) as varchar(20)) from plans` +
    ` union all select 'regions', cast(count(*) as varchar(20)) from regions`,
  [],
);

let bumps = 0;

/** Raw rows of the small tables, JSON already parsed. */
export interface RawWaterSample {
  id: number;
  region: string | null;
  date: string;
  siteName: string;
  siteType: string;
  waterBody: string | null;
  items: Record<string, unknown>;
}

export interface RawEffluentSample {
  id: number;
  region: string | null;
  date: string;
  plantName: string;
  items: Record<string, unknown>;
}

/** The tables whose drill-down is paged in SQL (they can hold millions of rows). */
export type PagedTable =
  | 'food_samples'
  | 'product_checks'
  | 'agri_samples'
  | 'construction_acceptances'
  | 'water_project_checks';

export interface PagedQuery {
  table: PagedTable;
  /** A CASE expression giving 'passed' | 'failed' | 'excluded' for a row (see outcomeSql). */
  outcome: RawBuilder<string>;
  start: string;
  end: string;
  /** null = the 州: every record. */
  region: string | null;
  /** Filter by these months (a sequential scan) instead of the date range. */
  months?: readonly string[];
  result?: RecordResult;
  level?: string;
  offset: number;
  limit: number;
}

function parseJson(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const num = (v: unknown): number => Number(v ?? 0);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function indicatorRepository(db: Kysely<Database>) {
  const years = (ys: readonly number[]) => ys.map(String);

  return {
    /** The data stamp: one cheap query (a few meta rows and two primary-key aggregates). */
    async dataStamp(): Promise<DataStamp> {
      const { rows } = await db.executeQuery<{ k: string; v: unknown }>(STAMP_QUERY);
      const out = { plans: '0', regions: '0' } as DataStamp;
      for (const t of STAMPED_TABLES) out[t] = '0';
      for (const r of rows) {
        const k = r.k.startsWith(DATA_VERSION_PREFIX) ? r.k.slice(DATA_VERSION_PREFIX.length) : r.k;
        if (k in out) out[k as keyof DataStamp] = String(r.v ?? 0);
      }
      return out;
    },

    /**
     * Writers call this inside their transaction for every record table they wrote (inserted,
     * updated or deleted rows): the tables get new versions and only what was derived from them
     * is computed again. A fresh token rather than a counter, so a restored database can never
     * bring back a version a running process has cached other rows under.
     */
    async bumpDataVersion(tables: readonly StampedTable[]): Promise<void> {
      const unique = [...new Set(tables)];
      if (unique.length === 0) return;
      bumps = (bumps + 1) % 1_000_000;
      const token = `${Date.now().toString(36)}.${process.pid.toString(36)}.${bumps.toString(36)}.${randomBytes(4).toString('hex')}`;
      await db
        .insertInto('meta')
        .values(unique.map((t) => ({ key: `${DATA_VERSION_PREFIX}${t}`, value: token })))
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: token }))
        .execute();
    },

    /**
     * 监督抽检 only: 风险监测 never counts (indicators.md #4), so it is filtered before grouping.
     * Grouped by day in the covering index's order (see the file comment), summed into months here.
     */
    async foodCells(ys: readonly number[], countedType: string): Promise<FoodCell[]> {
      const byCell = new Map<string, FoodCell>();
      for (const y of ys) {
        const rows = await db
          .selectFrom('food_samples')
          .select([
            'date',
            'region_code',
            (eb) => eb.fn.countAll<number>().as('n'),
            sql<number>`sum(case when ${sql.ref('passed')} = 1 then 1 else 0 end)`.as('passed'),
          ])
          .where('sampling_type', '=', countedType)
          .where('date', '>=', `${y}-01-01`)
          .where('date', '<=', `${y}-12-31`)
          .groupBy(['date', 'region_code'])
          .execute();
        for (const r of rows) {
          const month = r.date.slice(0, 7);
          const key = `${r.region_code ?? ''}|${month}`;
          const cell = byCell.get(key);
          if (cell) {
            cell.n += num(r.n);
            cell.passed += num(r.passed);
          } else byCell.set(key, { region: r.region_code, month, n: num(r.n), passed: num(r.passed) });
        }
      }
      return [...byCell.values()];
    },

    async productCells(ys: readonly number[]): Promise<ProductCheckCell[]> {
      const rows = await db
        .selectFrom('product_checks')
        .select([
          'region_code',
          MONTH.as('month'),
          'product_type',
          'key_consumer',
          'local_producer',
          'level',
          'result',
          (eb) => eb.fn.countAll<number>().as('n'),
        ])
        .where(YEAR, 'in', years(ys))
        .groupBy(['region_code', MONTH, 'product_type', 'key_consumer', 'local_producer', 'level', 'result'])
        .execute();
      return rows.map((r) => ({
        region: r.region_code,
        month: r.month,
        n: num(r.n),
        productType: r.product_type,
        keyConsumer: num(r.key_consumer) === 1,
        localProducer: num(r.local_producer) === 1,
        level: r.level,
        result: r.result,
      }));
    },

    async agriCells(ys: readonly number[]): Promise<AgriCell[]> {
      const rows = await db
        .selectFrom('agri_samples')
        .select([
          'region_code',
          MONTH.as('month'),
          'monitoring_type',
          'category',
          (eb) => eb.fn.countAll<number>().as('n'),
          sql<number>`sum(case when ${sql.ref('passed')} = 1 then 1 else 0 end)`.as('passed'),
        ])
        .where(YEAR, 'in', years(ys))
        .groupBy(['region_code', MONTH, 'monitoring_type', 'category'])
        .execute();
      return rows.map((r) => ({
        region: r.region_code,
        month: r.month,
        n: num(r.n),
        monitoringType: r.monitoring_type,
        category: r.category,
        passed: num(r.passed),
      }));
    },

    async drugSampleCells(ys: readonly number[]): Promise<DrugSampleCell[]> {
      const rows = await db
        .selectFrom('drug_samples')
        .select(['region_code', MONTH.as('month'), 'variety', 'sample_kind', (eb) => eb.fn.countAll<number>().as('n')])
        .where(YEAR, 'in', years(ys))
        .groupBy(['region_code', MONTH, 'variety', 'sample_kind'])
        .execute();
      return rows.map((r) => ({
        region: r.region_code,
        month: r.month,
        n: num(r.n),
        variety: r.variety,
        kind: r.sample_kind,
      }));
    },

    async essentialDrugsInScope(): Promise<string[]> {
      const rows = await db
        .selectFrom('essential_drugs')
        .select('variety')
        .where('in_scope', '=', 1)
        .orderBy('variety')
        .execute();
      return rows.map((r) => r.variety);
    },

    async drugManufacturers(): Promise<DrugManufacturer[]> {
      const rows = await db
        .selectFrom('drug_manufacturers')
        .select(['id', 'name', 'region_code', 'date', 'has_qc_lab'])
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        region: r.region_code,
        date: r.date,
        hasQcLab: num(r.has_qc_lab) === 1,
      }));
    },

    async constructionCells(ys: readonly number[]): Promise<ConstructionCell[]> {
      const first = sql<number>`case when ${sql.ref('attempt')} = 1 then 1 else 0 end`;
      const rows = await db
        .selectFrom('construction_acceptances')
        .select([
          'region_code',
          MONTH.as('month'),
          'size',
          first.as('first_attempt'),
          (eb) => eb.fn.countAll<number>().as('n'),
          sql<number>`sum(case when ${sql.ref('passed')} = 1 then 1 else 0 end)`.as('passed'),
        ])
        .where(YEAR, 'in', years(ys))
        .groupBy(['region_code', MONTH, 'size', first])
        .execute();
      return rows.map((r) => ({
        region: r.region_code,
        month: r.month,
        n: num(r.n),
        size: r.size,
        firstAttempt: num(r.first_attempt) === 1,
        passed: num(r.passed),
      }));
    },

    async waterProjects(): Promise<WaterProject[]> {
      const rows = await db
        .selectFrom('water_projects')
        .select(['id', 'project_code', 'project_name', 'region_code', 'date', 'end_date', 'size', 'status'])
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        code: r.project_code,
        name: r.project_name,
        region: r.region_code,
        start: r.date,
        endDate: r.end_date,
        size: r.size,
        status: r.status,
      }));
    },

    async waterProjectCheckCells(ys: readonly number[]): Promise<WaterProjectCheckCell[]> {
      const rows = await db
        .selectFrom('water_project_checks')
        .select([
          'region_code',
          MONTH.as('month'),
          'project_code',
          'check_kind',
          'grade',
          (eb) => eb.fn.countAll<number>().as('n'),
        ])
        .where(YEAR, 'in', years(ys))
        .groupBy(['region_code', MONTH, 'project_code', 'check_kind', 'grade'])
        .execute();
      return rows.map((r) => ({
        region: r.region_code,
        month: r.month,
        n: num(r.n),
        projectCode: r.project_code,
        checkKind: r.check_kind,
        grade: r.grade,
      }));
    },

    async waterProjectChecks(start: string, end: string, region: string | null) {
      return db
        .selectFrom('water_project_checks')
        .selectAll()
        .where('date', '>=', start)
        .where('date', '<=', end)
        .$if(region !== null, (q) => q.where('region_code', '=', region as string))
        .orderBy('date')
        .orderBy('id')
        .execute();
    },

    /**
     * Station hours as stored; the engine averages the stations of a city per hour itself
     * (buildCityDaysFromStations), as file evaluation does: a GROUP BY of every hour would cost
     * the database a sort of the whole table, and most cities have a single station.
     */
    async airStationHours(ys: readonly number[]): Promise<CityHour[]> {
      if (ys.length === 0) return [];
      // One range over the years (the table has no date index to use: a scan either way).
      // Selected in CityHour's own shape (both drivers return these columns as numbers), so
      // 70,000 rows a year are not copied once more.
      return db
        .selectFrom('air_hourly')
        .select(['city', 'region_code as region', 'date', 'hour', 'so2', 'no2', 'pm10', 'co', 'o3', 'pm25'])
        .where('date', '>=', `${Math.min(...ys)}-01-01`)
        .where('date', '<=', `${Math.max(...ys)}-12-31`)
        .execute();
    },

    async airDaily(ys: readonly number[]): Promise<CityDailyReport[]> {
      const rows = await db.selectFrom('air_daily').selectAll().where(YEAR, 'in', years(ys)).orderBy('id').execute();
      return rows.map((r) => ({
        city: r.city,
        region: r.region_code,
        date: r.date,
        so2: numOrNull(r.so2),
        no2: numOrNull(r.no2),
        pm10: numOrNull(r.pm10),
        co: numOrNull(r.co),
        o3_8h: numOrNull(r.o3_8h),
        o3_1h: numOrNull(r.o3_1h),
        pm25: numOrNull(r.pm25),
        reportedAqi: numOrNull(r.reported_aqi),
      }));
    },

    async waterSamples(ys: readonly number[]): Promise<RawWaterSample[]> {
      const rows = await db
        .selectFrom('water_samples')
        .selectAll()
        .where(YEAR, 'in', years(ys))
        .orderBy('date')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        region: r.region_code,
        date: r.date,
        siteName: r.site_name,
        siteType: r.site_type,
        waterBody: r.water_body,
        items: parseJson(r.items_json),
      }));
    },

    async effluentSamples(ys: readonly number[]): Promise<RawEffluentSample[]> {
      const rows = await db
        .selectFrom('effluent_samples')
        .selectAll()
        .where(YEAR, 'in', years(ys))
        .orderBy('date')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        region: r.region_code,
        date: r.date,
        plantName: r.plant_name,
        items: parseJson(r.items_json),
      }));
    },

    async sewageCells(ys: readonly number[]): Promise<SewageCell[]> {
      const rows = await db
        .selectFrom('sewage_volumes')
        .select((eb) => [
          'region_code',
          MONTH.as('month'),
          eb.fn.countAll<number>().as('n'),
          eb.fn.sum<number>('treated').as('treated'),
          eb.fn.sum<number>('total').as('total'),
        ])
        .where(YEAR, 'in', years(ys))
        .groupBy(['region_code', MONTH])
        .execute();
      return rows.map((r) => ({
        region: r.region_code,
        month: r.month,
        n: num(r.n),
        treated: num(r.treated),
        total: num(r.total),
      }));
    },

    async sewageRows(start: string, end: string, region: string | null) {
      return db
        .selectFrom('sewage_volumes')
        .selectAll()
        .where('date', '>=', start)
        .where('date', '<=', end)
        .$if(region !== null, (q) => q.where('region_code', '=', region as string))
        .orderBy('date')
        .orderBy('id')
        .execute();
    },

    async surveyResponses(ys: readonly number[]): Promise<SurveyResponse[]> {
      const rows = await db
        .selectFrom('survey_responses')
        .selectAll()
        .where(YEAR, 'in', years(ys))
        .orderBy('date')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        region: r.region_code,
        date: r.date,
        sector: r.sector,
        respondent: r.respondent,
        weight: num(r.weight),
        items: parseJson(r.items_json),
      }));
    },

    async reportedValues(ys: readonly number[]): Promise<ReportedRecord[]> {
      const rows = await db
        .selectFrom('reported_values')
        .selectAll()
        .where(YEAR, 'in', years(ys))
        .orderBy('date')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        region: r.region_code,
        date: r.date,
        code: r.indicator_code,
        value: num(r.value),
        unit: r.unit,
        reporter: r.reporter,
        evidence: r.evidence,
        note: r.note,
      }));
    },

    /** One page of a large table's records in a period with each one's outcome, and the outcome counts. */
    async pagedRecords(
      q: PagedQuery,
    ): Promise<{ rows: Record<string, unknown>[]; counts: Record<RecordResult, number> }> {
      // A period that covers most of a table (the 州's whole year) is read by a sequential scan;
      // the date index only pays for a month or a quarter (see the file comment).
      const where =
        q.months !== undefined
          ? [sql`${MONTH} in (${sql.join(q.months.map((m) => sql`${m}`))})`]
          : [sql`${sql.ref('date')} >= ${q.start}`, sql`${sql.ref('date')} <= ${q.end}`];
      if (q.region !== null) where.push(sql`${sql.ref('region_code')} = ${q.region}`);
      if (q.level !== undefined && q.table === 'product_checks') where.push(sql`${sql.ref('level')} = ${q.level}`);
      const base = sql.join(where, sql` and `);
      const { rows: countRows } = await sql<{ outcome: string; n: unknown }>`
        select ${q.outcome} as outcome, count(*) as n from ${sql.table(q.table)} where ${base} group by outcome`.execute(
        db,
      );
      const counts: Record<RecordResult, number> = { passed: 0, failed: 0, excluded: 0 };
      for (const r of countRows) if (r.outcome in counts) counts[r.outcome as RecordResult] = num(r.n);
      const filter = q.result === undefined ? sql`` : sql` and ${q.outcome} = ${q.result}`;
      // (date, region_code, id) is the date index's own order, so a page needs no sort of the period.
      const { rows } = await sql<Record<string, unknown>>`
        select t.*, ${q.outcome} as outcome from ${sql.table(q.table)} t where ${base}${filter}
        order by ${sql.ref('date')}, ${sql.ref('region_code')}, ${sql.ref('id')} limit ${q.limit} offset ${q.offset}`.execute(
        db,
      );
      return { rows, counts };
    },
  };
}

export type IndicatorRepository = ReturnType<typeof indicatorRepository>;

/** CASE expressions deciding a row's outcome in SQL; they mirror core/indicators/record-results.ts. */
export const outcomeSql = {
  food(countedType: string): RawBuilder<string> {
    return sql<string>`case when ${sql.ref('sampling_type')} <> ${countedType} then 'excluded' when ${sql.ref('passed')} = 1 then 'passed' else 'failed' end`;
  },
  keyConsumer(): RawBuilder<string> {
    return sql<string>`case when ${sql.ref('key_consumer')} <> 1 then 'excluded' when ${sql.ref('result')} = '合格' then 'passed' when ${sql.ref('result')} = '不合格' then 'failed' else 'excluded' end`;
  },
  manufacturing(): RawBuilder<string> {
    return sql<string>`case when ${sql.ref('product_type')} <> 'industrial' or ${sql.ref('local_producer')} <> 1 then 'excluded' when ${sql.ref('result')} = '合格' then 'passed' when ${sql.ref('result')} = '不合格' then 'failed' else 'excluded' end`;
  },
  agri(countedType: string, categories: readonly string[]): RawBuilder<string> {
    const main =
      categories.length === 0
        ? sql`1 = 0`
        : sql.join(
            categories.map((c) => sql`substr(${sql.ref('category')}, 1, ${sql.lit(c.length)}) = ${c}`),
            sql` or `,
          );
    return sql<string>`case when ${sql.ref('monitoring_type')} <> ${countedType} then 'excluded' when not (${main}) then 'excluded' when ${sql.ref('passed')} = 1 then 'passed' else 'failed' end`;
  },
  construction(sizes: readonly string[]): RawBuilder<string> {
    return sql<string>`case when ${sql.ref('size')} not in (${sql.join(sizes.map((s) => sql`${s}`))}) or ${sql.ref('attempt')} <> 1 then 'excluded' when ${sql.ref('passed')} = 1 then 'passed' else 'failed' end`;
  },
  waterProjectEvaluation(kind: string): RawBuilder<string> {
    return sql<string>`case when ${sql.ref('check_kind')} <> ${kind} then 'excluded' when ${sql.ref('grade')} in ('优良', '合格') then 'passed' else 'failed' end`;
  },
};
