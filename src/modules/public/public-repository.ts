// Storage of what is published (public_releases) and the one read of monitoring records the
// disclosure needs: food supervision-sampling rows of a period, for a sampling-result list.
// Public reads always filter on status = 'published'; nothing else leaves through them.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ReleaseContent } from './release-content.ts';

export type ReleaseKind = 'indicators' | 'sampling';
export type ReleaseStatus = 'draft' | 'published' | 'withdrawn';

export interface ReleaseRow {
  id: number;
  kind: ReleaseKind;
  title: string;
  year: number;
  period: string;
  regionCode: string | null;
  params: unknown;
  content: ReleaseContent;
  rowCount: number;
  status: ReleaseStatus;
  dataAsOf: string;
  createdAt: string;
  createdBy: string;
  publishedAt: string | null;
  publishedBy: string | null;
  withdrawnAt: string | null;
}

export type ReleaseHeader = Omit<ReleaseRow, 'content' | 'params'>;

export interface FoodSampleRow {
  id: number;
  date: string;
  regionCode: string | null;
  producerName: string | null;
  producerAddress: string | null;
  sampledUnitName: string;
  sampledUnitAddress: string | null;
  productName: string;
  spec: string | null;
  brand: string | null;
  batch: string | null;
  category: string | null;
  noticeNo: string | null;
  taskSource: string | null;
  passed: boolean;
  failedItemsJson: string | null;
  lab: string | null;
  remark: string | null;
}

const HEADER_COLUMNS = [
  'id',
  'kind',
  'title',
  'year',
  'period',
  'region_code',
  'row_count',
  'status',
  'data_as_of',
  'created_at',
  'created_by',
  'published_at',
  'published_by',
  'withdrawn_at',
] as const;

type HeaderDb = {
  id: number;
  kind: string;
  title: string;
  year: number;
  period: string;
  region_code: string | null;
  row_count: number;
  status: string;
  data_as_of: string;
  created_at: string;
  created_by: string;
  published_at: string | null;
  published_by: string | null;
  withdrawn_at: string | null;
};

const toHeader = (r: HeaderDb): ReleaseHeader => ({
  id: r.id,
  kind: r.kind as ReleaseKind,
  title: r.title,
  year: r.year,
  period: r.period,
  regionCode: r.region_code,
  rowCount: r.row_count,
  status: r.status as ReleaseStatus,
  dataAsOf: r.data_as_of,
  createdAt: r.created_at,
  createdBy: r.created_by,
  publishedAt: r.published_at,
  publishedBy: r.published_by,
  withdrawnAt: r.withdrawn_at,
});

export function publicRepository(db: Kysely<Database>) {
  return {
    async list(q: { kind?: ReleaseKind; status?: ReleaseStatus }): Promise<ReleaseHeader[]> {
      const rows = await db
        .selectFrom('public_releases')
        .select([...HEADER_COLUMNS])
        .$if(q.kind !== undefined, (b) => b.where('kind', '=', q.kind as string))
        .$if(q.status !== undefined, (b) => b.where('status', '=', q.status as string))
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toHeader);
    },

    async find(id: number): Promise<ReleaseRow | null> {
      const r = await db.selectFrom('public_releases').selectAll().where('id', '=', id).executeTakeFirst();
      if (!r) return null;
      return {
        ...toHeader(r),
        params: JSON.parse(r.params_json),
        content: JSON.parse(r.content_json) as ReleaseContent,
      };
    },

    async insert(r: Omit<ReleaseRow, 'id' | 'publishedAt' | 'publishedBy' | 'withdrawnAt'>): Promise<number> {
      const row = await db
        .insertInto('public_releases')
        .values({
          kind: r.kind,
          title: r.title,
          year: r.year,
          period: r.period,
          region_code: r.regionCode,
          params_json: JSON.stringify(r.params),
          content_json: JSON.stringify(r.content),
          row_count: r.rowCount,
          status: r.status,
          data_as_of: r.dataAsOf,
          created_at: r.createdAt,
          created_by: r.createdBy,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** Moves a release from one status to another; false when it was not in `from` any more. */
    async setStatus(
      id: number,
      from: ReleaseStatus,
      to: ReleaseStatus,
      p: { at: string; by: string },
    ): Promise<boolean> {
      const r = await db
        .updateTable('public_releases')
        .set(
          to === 'published'
            ? { status: to, published_at: p.at, published_by: p.by, withdrawn_at: null }
            : { status: to, withdrawn_at: p.at },
        )
        .where('id', '=', id)
        .where('status', '=', from)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    /** Supervision-sampling (监督抽检) food rows dated within [from, to], oldest first. */
    async foodSamples(q: {
      from: string;
      to: string;
      passed?: boolean;
      regionCode?: string;
      category?: string;
      limit: number;
    }): Promise<FoodSampleRow[]> {
      const rows = await db
        .selectFrom('food_samples')
        .select([
          'id',
          'date',
          'region_code',
          'producer_name',
          'producer_address',
          'sampled_unit_name',
          'sampled_unit_address',
          'product_name',
          'spec',
          'brand',
          'batch',
          'category',
          'notice_no',
          'task_source',
          'passed',
          'failed_items_json',
          'lab',
          'remark',
        ])
        .where('date', '>=', q.from)
        .where('date', '<=', q.to)
        .where('sampling_type', '=', '监督抽检')
        .$if(q.passed !== undefined, (b) => b.where('passed', '=', q.passed ? 1 : 0))
        .$if(q.regionCode !== undefined, (b) => b.where('region_code', '=', q.regionCode as string))
        .$if(q.category !== undefined, (b) => b.where('category', '=', q.category as string))
        .orderBy('date')
        .orderBy('id')
        .limit(q.limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        date: r.date,
        regionCode: r.region_code,
        producerName: r.producer_name,
        producerAddress: r.producer_address,
        sampledUnitName: r.sampled_unit_name,
        sampledUnitAddress: r.sampled_unit_address,
        productName: r.product_name,
        spec: r.spec,
        brand: r.brand,
        batch: r.batch,
        category: r.category,
        noticeNo: r.notice_no,
        taskSource: r.task_source,
        passed: Number(r.passed) === 1,
        failedItemsJson: r.failed_items_json,
        lab: r.lab,
        remark: r.remark,
      }));
    },
  };
}

export type PublicRepository = ReturnType<typeof publicRepository>;
