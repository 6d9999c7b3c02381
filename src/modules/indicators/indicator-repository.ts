// The indicator engine's only database access: one GROUP BY region × month per large record
// table, the rows of the small tables, the drill-down pages, and the data stamp the service's
// cache is keyed on. SQL is portable between SQLite and PostgreSQL: dates are YYYY-MM-DD text,
// so substr(date, 1, 7) is the month on both.
//
// The year filter is written as substr(date, 1, 4) IN (…) rather than a range on `date` on
// purpose: the (date, region_code) index does not cover the counted columns, and on SQLite a
// range over it turns a sequential scan of a year's records into one random table lookup per
// record (2–3× slower over 10⁶ food samples). A covering index would make the range the faster
// plan; see the note to the lead in the report.
import { type Kysely, type RawBuilder, sql } from 'kysely';
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

/** meta key of the data-version counter that importers bump on every write to a record table. */
export const DATA_VERSION_KEY = 'records.data_version';

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
    /**
     * One value per table that changes whenever its rows do: the data-version counter plus the
     * row count and highest id (inserts and deletes show even where an importer forgot the bump;
     * updates in place show only through the bump).
     */
    async dataStamp(): Promise<Record<StampedTable, string>> {
      const parts = STAMPED_TABLES.map(
        (t) =>
          sql`(select count(*) from ${sql.table(t)}) as ${sql.ref(`${t}_n`)}, (select max(id) from ${sql.table(t)}) as ${sql.ref(`${t}_max`)}`,
      );
      const { rows } = await sql<Record<string, unknown>>`select ${sql.join(parts)}`.execute(db);
      const row = rows[0] ?? {};
      const version =
        (await db.selectFrom('meta').select('value').where('key', '=', DATA_VERSION_KEY).executeTakeFirst())?.value ??
        '0';
      const out = {} as Record<StampedTable, string>;
      for (const t of STAMPED_TABLES) out[t] = `${version}:${num(row[`${t}_n`])}:${num(row[`${t}_max`])}`;
      return out;
    },

    /** Importers call this (inside their transaction) after writing records: cached values are dropped. */
    async bumpDataVersion(): Promise<number> {
      const current = await db
        .selectFrom('meta')
        .select('value')
        .where('key', '=', DATA_VERSION_KEY)
        .executeTakeFirst();
      const next = Number(current?.value ?? 0) + 1;
      if (current)
        await db
          .updateTable('meta')
          .set({ value: String(next) })
          .where('key', '=', DATA_VERSION_KEY)
          .execute();
      else
        await db
          .insertInto('meta')
          .values({ key: DATA_VERSION_KEY, value: String(next) })
          .execute();
      return next;
    },

    /** 监督抽检 only: 风险监测 never counts (indicators.md #4), so it is filtered before grouping. */
    async foodCells(ys: readonly number[], countedType: string): Promise<FoodCell[]> {
      const rows = await db
        .selectFrom('food_samples')
        .select([
          'region_code',
          MONTH.as('month'),
          (eb) => eb.fn.countAll<number>().as('n'),
          sql<number>`sum(case when ${sql.ref('passed')} = 1 then 1 else 0 end)`.as('passed'),
        ])
        .where('sampling_type', '=', countedType)
        .where(YEAR, 'in', years(ys))
        .groupBy(['region_code', MONTH])
        .execute();
      return rows.map((r) => ({ region: r.region_code, month: r.month, n: num(r.n), passed: num(r.passed) }));
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
        .select(['region_code', MONTH.as('month'), 'variety', (eb) => eb.fn.countAll<number>().as('n')])
        .where(YEAR, 'in', years(ys))
        .groupBy(['region_code', MONTH, 'variety'])
        .execute();
      return rows.map((r) => ({ region: r.region_code, month: r.month, n: num(r.n), variety: r.variety }));
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

    /** City hourly means: the stations of a city averaged per hour (AVG skips missing values). */
    async airCityHours(ys: readonly number[]): Promise<CityHour[]> {
      const rows = await db
        .selectFrom('air_hourly')
        .select((eb) => [
          'city',
          'region_code',
          'date',
          'hour',
          eb.fn.avg<number>('so2').as('so2'),
          eb.fn.avg<number>('no2').as('no2'),
          eb.fn.avg<number>('pm10').as('pm10'),
          eb.fn.avg<number>('co').as('co'),
          eb.fn.avg<number>('o3').as('o3'),
          eb.fn.avg<number>('pm25').as('pm25'),
        ])
        .where(YEAR, 'in', years(ys))
        .groupBy(['city', 'region_code', 'date', 'hour'])
        .execute();
      return rows.map((r) => ({
        city: r.city,
        region: r.region_code,
        date: r.date,
        hour: num(r.hour),
        so2: numOrNull(r.so2),
        no2: numOrNull(r.no2),
        pm10: numOrNull(r.pm10),
        co: numOrNull(r.co),
        o3: numOrNull(r.o3),
        pm25: numOrNull(r.pm25),
      }));
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
