// 一公开: the office publishes a snapshot of indicator values for a period, or a selection of
// food sampling results (e.g. the failed samples of a month) in the official column format with
// the mandatory disclaimer; the public reads only what is published. Content is frozen when the
// draft is made, so the office previews exactly what will go out, and later data changes never
// alter a published list. Assessment results are published by their round (assessment-service).
import { isOffice } from '../../core/assessment/subject-access.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Target } from '../../core/indicators/attainment.ts';
import { targetText } from '../../core/indicators/attainment.ts';
import type { FailedItem } from '../../core/records/failed-items.ts';
import type { AssessmentService } from '../assessment/assessment-service.ts';
import type { IndicatorService } from '../indicators/indicator-service.ts';
import { tablesWorkbook } from '../reports/tables-xlsx.ts';
import { nowIso } from '../shared/clock.ts';
import { auditActor, type Ctx, requireActor } from '../shared/context.ts';
import type { Store } from '../store.ts';
import type { FoodSampleRow, ReleaseHeader, ReleaseKind, ReleaseRow, ReleaseStatus } from './public-repository.ts';
import type { IndicatorSnapshotContent, SamplingContent, SamplingRow } from './release-content.ts';

/** Published lists carry it (formats.md); it travels with every copy of a list. */
export const SAMPLING_DISCLAIMER = '以下信息仅指本次抽检标称的生产企业相关产品的生产日期/批号和所检项目';

const MAX_LIST_ROWS = 5000;

/** The official columns of a 食品安全监督抽检 合格/不合格产品信息 list, in order. */
export const SAMPLING_COLUMNS = [
  { key: 'seq', header: '序号', width: 6 },
  { key: 'producerName', header: '标称生产企业名称', width: 24 },
  { key: 'producerAddress', header: '标称生产企业地址', width: 28 },
  { key: 'sampledUnitName', header: '被抽样单位名称', width: 24 },
  { key: 'sampledUnitAddress', header: '被抽样单位地址', width: 28 },
  { key: 'productName', header: '食品名称', width: 16 },
  { key: 'spec', header: '规格型号', width: 12 },
  { key: 'brand', header: '商标', width: 10 },
  { key: 'batch', header: '生产日期/批号', width: 14 },
  { key: 'failedItems', header: '不合格项目║检验结果║标准值', width: 36 },
  { key: 'category', header: '分类', width: 14 },
  { key: 'noticeNo', header: '公告号', width: 14 },
  { key: 'taskSource', header: '任务来源/项目名称', width: 22 },
  { key: 'lab', header: '检验机构', width: 22 },
  { key: 'remark', header: '备注', width: 12 },
] as const;

function failedText(json: string | null): string | null {
  if (!json) return null;
  const items = JSON.parse(json) as FailedItem[];
  return items.map((i) => [i.item, i.result ?? '', i.limit ?? ''].join('║')).join('\n');
}

function samplingRow(r: FoodSampleRow, seq: number, failed: boolean): SamplingRow {
  return {
    seq,
    producerName: r.producerName,
    producerAddress: r.producerAddress,
    sampledUnitName: r.sampledUnitName,
    sampledUnitAddress: r.sampledUnitAddress,
    productName: r.productName,
    spec: r.spec,
    brand: r.brand,
    batch: r.batch,
    failedItems: failed ? failedText(r.failedItemsJson) : null,
    category: r.category,
    noticeNo: r.noticeNo,
    taskSource: r.taskSource,
    lab: r.lab,
    remark: r.remark,
  };
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function monthRange(month: string): { from: string; to: string; year: number } {
  const m = MONTH.exec(month);
  if (!m) throw new AppError('PERIOD_INVALID', `月份「${month}」格式不正确, 应为 2023-05`);
  const year = Number(m[1]);
  const last = new Date(Date.UTC(year, Number(m[2]), 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}`, year };
}

function publicHeader(h: ReleaseHeader) {
  return {
    id: h.id,
    kind: h.kind,
    title: h.title,
    year: h.year,
    period: h.period,
    regionCode: h.regionCode,
    rowCount: h.rowCount,
    dataAsOf: h.dataAsOf,
    publishedAt: h.publishedAt as string,
  };
}

export function disclosureService(
  store: Store,
  deps: { indicators: IndicatorService; assessment: AssessmentService; now: () => Date },
) {
  const now = () => nowIso(deps.now());

  function requireOffice(ctx: Ctx) {
    const actor = requireActor(ctx);
    if (!isOffice(actor)) throw new AppError('FORBIDDEN', '只有州质量办可以发布公开信息');
    return actor;
  }

  async function draft(
    r: Omit<ReleaseRow, 'id' | 'publishedAt' | 'publishedBy' | 'withdrawnAt' | 'status' | 'createdAt' | 'createdBy'>,
    ctx: Ctx,
  ): Promise<ReleaseRow> {
    const who = auditActor(ctx);
    const id = await store.transaction(async (tx) => {
      const id = await tx.publicReleases.insert({ ...r, status: 'draft', createdAt: now(), createdBy: who.actorName });
      await tx.audit.record({
        ...who,
        action: 'disclosure.drafted',
        entity: 'public_release',
        entityId: id,
        after: { kind: r.kind, title: r.title, period: r.period, regionCode: r.regionCode, rows: r.rowCount },
      });
      return id;
    });
    return (await store.publicReleases.find(id)) as ReleaseRow;
  }

  async function move(id: number, from: ReleaseStatus, to: ReleaseStatus, ctx: Ctx): Promise<ReleaseRow> {
    requireOffice(ctx);
    const who = auditActor(ctx);
    await store.transaction(async (tx) => {
      const cur = await tx.publicReleases.find(id);
      if (!cur) throw new AppError('PUBLIC_RELEASE_NOT_FOUND');
      if (!(await tx.publicReleases.setStatus(id, from, to, { at: now(), by: who.actorName })))
        throw new AppError(
          'PUBLIC_RELEASE_STATE',
          to === 'published' ? '只有草稿可以发布' : '只有已发布的信息可以撤回',
        );
      await tx.audit.record({
        ...who,
        action: to === 'published' ? 'disclosure.published' : 'disclosure.withdrawn',
        entity: 'public_release',
        entityId: id,
        before: { status: cur.status },
        after: { status: to },
      });
    });
    return (await store.publicReleases.find(id)) as ReleaseRow;
  }

  async function published(id: number, kind: ReleaseKind): Promise<ReleaseRow> {
    const r = await store.publicReleases.find(id);
    // A draft or withdrawn release is indistinguishable from a missing one to the public.
    if (!r || r.kind !== kind || r.status !== 'published') throw new AppError('PUBLIC_RELEASE_NOT_FOUND');
    return r;
  }

  return {
    /** Internal: every release with its status (office). */
    async list(q: { kind?: ReleaseKind }, ctx: Ctx) {
      requireOffice(ctx);
      return store.publicReleases.list(q);
    },

    async get(id: number, ctx: Ctx): Promise<ReleaseRow> {
      requireOffice(ctx);
      const r = await store.publicReleases.find(id);
      if (!r) throw new AppError('PUBLIC_RELEASE_NOT_FOUND');
      return r;
    },

    /** A snapshot of the indicator board for a region × period, as the dashboard shows it now. */
    async snapshotIndicators(q: { year?: number; period: string; region?: string; title?: string }, ctx: Ctx) {
      requireOffice(ctx);
      const list = await deps.indicators.list({
        ...(q.year !== undefined ? { year: q.year } : {}),
        period: q.period,
        ...(q.region ? { region: q.region } : {}),
      });
      const content: IndicatorSnapshotContent = {
        regionName: list.regionName,
        periodLabel: list.periodInfo.label,
        dataThrough: list.dataThrough,
        computedAt: list.computedAt,
        items: list.items.map((i) => ({
          code: i.code,
          name: i.name,
          unit: i.unit,
          target: targetText(i.target as Target),
          value: i.value,
          numerator: i.numerator,
          denominator: i.denominator,
          status: i.status,
          statusReason: i.statusReason,
          byRegion: (i.byRegion ?? []).map((b) => ({ regionName: b.regionName, value: b.value, status: b.status })),
        })),
      };
      return draft(
        {
          kind: 'indicators',
          title: q.title?.trim() || `${list.regionName}${list.periodInfo.label}质量提升主要指标完成情况`,
          year: list.year,
          period: list.period,
          regionCode: list.region,
          params: { period: q.period, region: list.region },
          content,
          rowCount: content.items.length,
          dataAsOf: list.computedAt,
        },
        ctx,
      );
    },

    /** A selection of food supervision-sampling results of one month, in the official columns. */
    async draftSamplingList(
      q: { month: string; result: 'failed' | 'passed'; region?: string; category?: string; title?: string },
      ctx: Ctx,
    ) {
      requireOffice(ctx);
      const { from, to, year } = monthRange(q.month);
      const rows = await store.publicReleases.foodSamples({
        from,
        to,
        passed: q.result === 'passed',
        ...(q.region ? { regionCode: q.region } : {}),
        ...(q.category ? { category: q.category } : {}),
        limit: MAX_LIST_ROWS + 1,
      });
      if (rows.length === 0) throw new AppError('PUBLIC_RELEASE_EMPTY', `${q.month} 没有符合条件的监督抽检记录`);
      if (rows.length > MAX_LIST_ROWS)
        throw new AppError('VALIDATION_FAILED', `符合条件的记录超过 ${MAX_LIST_ROWS} 条, 请按地区或分类缩小范围`);
      const failed = q.result === 'failed';
      const columns = SAMPLING_COLUMNS.filter((c) => failed || c.key !== 'failedItems').map((c) => ({
        key: c.key,
        header: c.header,
      }));
      const content: SamplingContent = {
        disclaimer: SAMPLING_DISCLAIMER,
        result: q.result,
        columns,
        rows: rows.map((r, i) => samplingRow(r, i + 1, failed)),
      };
      const [y, m] = q.month.split('-');
      return draft(
        {
          kind: 'sampling',
          title:
            q.title?.trim() ||
            `${y}年${Number(m)}月食品安全监督抽检${failed ? '不合格' : '合格'}产品信息${q.category ? `(${q.category})` : ''}`,
          year,
          period: q.month,
          regionCode: q.region ?? null,
          params: { month: q.month, result: q.result, region: q.region ?? null, category: q.category ?? null },
          content,
          rowCount: rows.length,
          dataAsOf: now(),
        },
        ctx,
      );
    },

    publish: (id: number, ctx: Ctx) => move(id, 'draft', 'published', ctx),
    withdraw: (id: number, ctx: Ctx) => move(id, 'published', 'withdrawn', ctx),

    /** What anyone may read without a login: published releases and published assessment results. */
    public: {
      async list(kind: ReleaseKind) {
        return (await store.publicReleases.list({ kind, status: 'published' })).map(publicHeader);
      },

      async get(kind: ReleaseKind, id: number) {
        const r = await published(id, kind);
        return { ...publicHeader(r), content: r.content };
      },

      async samplingXlsx(id: number): Promise<{ fileName: string; bytes: Buffer }> {
        const r = await published(id, 'sampling');
        const c = r.content as SamplingContent;
        const bytes = await tablesWorkbook(
          [
            {
              sheet: '抽检结果',
              title: `${r.title}(${SAMPLING_DISCLAIMER})`,
              columns: c.columns.map((x) => ({
                ...x,
                width: SAMPLING_COLUMNS.find((s) => s.key === x.key)?.width ?? 14,
              })),
              rows: c.rows,
            },
          ],
          [
            ['标题', r.title],
            ['声明', SAMPLING_DISCLAIMER],
            ['发布时间', r.publishedAt ?? ''],
            ['记录数', r.rowCount],
          ],
        );
        return { fileName: `${r.title}.xlsx`, bytes };
      },

      assessments: () => deps.assessment.published.list(),
      assessment: (id: number) => deps.assessment.published.get(id),
    },
  };
}

export type DisclosureService = ReturnType<typeof disclosureService>;
