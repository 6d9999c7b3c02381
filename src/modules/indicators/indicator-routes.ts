// Indicator values, their records and the air/water views over HTTP. Every logged-in role may
// read them (indicators.read); the handlers only call the service.
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RecordResult } from '../../core/indicators/record-results.ts';
import { requirePermission } from '../../server/session.ts';
import type { Services } from '../services.ts';
import { attachmentDisposition, XLSX_TYPE } from '../shared/file-transfer.ts';
import {
  AirDailySchema,
  CodeParam,
  ExportQuerySchema,
  IndicatorDetailSchema,
  IndicatorListSchema,
  IndicatorQuerySchema,
  RecordsPageSchema,
  RecordsQuerySchema,
  WaterSitesSchema,
} from './indicator-schemas.ts';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The board and an indicator's detail are cached by the service and handed out as the same
 * (frozen) object while the data are unchanged: their JSON is made — by the route's own
 * serializer, so checked against the response schema — and encoded once per object, and a
 * repeated request sends those bytes as they are (under load, serializing and encoding ~50 kB
 * per request was most of the handler's time).
 */
function bytesOncePerResult(): (reply: FastifyReply, result: object) => Buffer {
  const done = new WeakMap<object, Buffer>();
  return (reply, result) => {
    let bytes = done.get(result);
    if (bytes === undefined) {
      const serialize = reply.getSerializationFunction('200');
      bytes = Buffer.from(serialize ? serialize(result as { [key: string]: unknown }) : JSON.stringify(result));
      done.set(result, bytes);
    }
    return bytes;
  };
}

export function indicatorRoutes(s: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const read = { preHandler: requirePermission('indicators.read') };
    const tags = ['indicators'];
    const listBytes = bytesOncePerResult();
    const detailBytes = bytesOncePerResult();

    app.get(
      '/indicators',
      {
        ...read,
        schema: {
          tags,
          summary: '全部指标在某地区、某期间的值与达标状态',
          querystring: IndicatorQuerySchema,
          response: { 200: IndicatorListSchema },
        },
      },
      async (request, reply) => {
        const board = await s.indicators.list(request.query);
        // A Buffer is sent as is (see bytesOncePerResult); the type provider only knows the object.
        return reply.type(JSON_TYPE).send(listBytes(reply, board) as unknown as typeof board);
      },
    );

    app.get(
      '/indicators/:code',
      {
        ...read,
        schema: {
          tags,
          summary: '单个指标: 定义、12 个月序列、各县市对比',
          params: CodeParam,
          querystring: IndicatorQuerySchema,
          response: { 200: IndicatorDetailSchema },
        },
      },
      async (request, reply) => {
        const detail = await s.indicators.detail(request.params.code, request.query);
        return reply.type(JSON_TYPE).send(detailBytes(reply, detail) as unknown as typeof detail);
      },
    );

    app.get(
      '/indicators/:code/records',
      {
        ...read,
        schema: {
          tags,
          summary: '指标的明细记录(计入/不计入及原因)',
          params: CodeParam,
          querystring: RecordsQuerySchema,
          response: { 200: RecordsPageSchema },
        },
      },
      async (request) => {
        const { result, ...q } = request.query;
        return s.indicators.records(request.params.code, {
          ...q,
          ...(result ? { result: result as RecordResult } : {}),
        });
      },
    );

    app.get(
      '/indicators/:code/records.xlsx',
      {
        ...read,
        schema: { tags, summary: '导出指标明细记录(.xlsx)', params: CodeParam, querystring: ExportQuerySchema },
      },
      async (request, reply) => {
        const { result, ...q } = request.query;
        const { fileName, bytes } = await s.indicators.recordsXlsx(request.params.code, {
          ...q,
          ...(result ? { result: result as RecordResult } : {}),
        });
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachmentDisposition(fileName, `${request.params.code}.xlsx`))
          .send(bytes);
      },
    );

    app.get(
      '/air/daily',
      {
        ...read,
        schema: {
          tags,
          summary: '各城市逐日空气质量指数(AQI 日历)',
          querystring: IndicatorQuerySchema.pick({ year: true, region: true }),
          response: { 200: AirDailySchema },
        },
      },
      async (request) => s.indicators.airDaily(request.query),
    );

    app.get(
      '/water/sites',
      {
        ...read,
        schema: {
          tags,
          summary: '各水源地、断面的水质类别与达标情况',
          querystring: IndicatorQuerySchema,
          response: { 200: WaterSitesSchema },
        },
      },
      async (request) => s.indicators.waterSites(request.query),
    );

    // The catalogue itself, for screens that explain a target.
    app.get(
      '/indicators-catalogue',
      {
        ...read,
        schema: {
          tags,
          summary: '指标目录',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  row: z.number(),
                  code: z.string(),
                  name: z.string(),
                  kind: z.string(),
                  definition: z.string(),
                  formula: z.string(),
                  sources: z.array(z.string()),
                  regionRule: z.string(),
                  standard: z.string().nullable(),
                  target: z.object({ comparator: z.string(), value: z.number(), unit: z.string() }),
                  unit: z.string(),
                  minRecords: z.number(),
                  statusRule: z.string(),
                }),
              ),
            }),
          },
        },
      },
      async () => ({ items: [...s.indicators.catalogue()] }),
    );
  };
}
