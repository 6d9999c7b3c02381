// Traceability over HTTP: EPCIS capture (JSON) and spreadsheet import, lot search, the trace
// graph, a lot's events, and the template/export workbooks.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors/app-error.ts';
import { EpcisDocumentSchema } from '../../core/trace/epcis-document.ts';
import { ctxOf, requirePermission } from '../../server/session.ts';
import type { Services } from '../services.ts';
import { attachmentDisposition, XLSX_TYPE } from '../shared/file-transfer.ts';

/** An EPCIS document of 10,000 events is a few MB; the app-wide 1 MB limit is for forms. */
const CAPTURE_BODY_LIMIT = 16 * 1024 * 1024;
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const LotParam = z.object({ id: z.string().trim().min(1).max(300) });

const CaptureResultSchema = z.object({
  captureId: z.number().nullable(),
  captured: z.number(),
  duplicates: z.number(),
});

const LotSchema = z.object({
  lotId: z.string(),
  kind: z.string(),
  code: z.string(),
  producerCreditCode: z.string().nullable(),
  producerName: z.string().nullable(),
  productName: z.string().nullable(),
});

const NodeSchema = z.object({
  id: z.string(),
  type: z.enum(['lot', 'party']),
  label: z.string(),
  lotId: z.string().optional(),
  lotKind: z.string().optional(),
  code: z.string().optional(),
  productName: z.string().nullable().optional(),
  producerCreditCode: z.string().nullable().optional(),
  status: z.array(z.string()).optional(),
  root: z.boolean().optional(),
  creditCode: z.string().optional(),
  name: z.string().nullable().optional(),
  regionCode: z.string().nullable().optional(),
  address: z.string().nullable().optional(),
});

const EdgeSchema = z.object({
  id: z.number(),
  kind: z.string(),
  fromLot: z.string(),
  fromParty: z.string().nullable(),
  toLot: z.string(),
  toParty: z.string().nullable(),
  time: z.string(),
  quantity: z.number().nullable(),
  uom: z.string().nullable(),
  eventPk: z.number(),
  direction: z.enum(['forward', 'backward']),
});

export const TraceGraphSchema = z.object({
  root: z.string(),
  direction: z.enum(['both', 'forward', 'backward']),
  nodes: z.array(NodeSchema),
  edges: z.array(EdgeSchema),
  cycles: z.array(z.array(z.string())),
  truncated: z.boolean(),
});

const EventSchema = z.object({
  pk: z.number(),
  eventId: z.string(),
  type: z.string(),
  action: z.string().nullable(),
  bizStep: z.string().nullable(),
  disposition: z.string().nullable(),
  eventTime: z.string(),
  tzOffset: z.string(),
  party: z.string().nullable(),
  sourceParty: z.string().nullable(),
  destParty: z.string().nullable(),
  bizLocation: z.string().nullable(),
  address: z.string().nullable(),
  regionCode: z.string().nullable(),
  lots: z.array(
    z.object({ lotId: z.string(), role: z.string(), quantity: z.number().nullable(), uom: z.string().nullable() }),
  ),
});

export function traceRoutes(s: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['trace'];
    const read = { preHandler: requirePermission('trace.read') };

    app.post(
      '/trace/capture',
      {
        preHandler: requirePermission('trace.capture'),
        bodyLimit: CAPTURE_BODY_LIMIT,
        schema: {
          tags,
          summary: '登记 EPCIS 2.0 文档(epcisBody.eventList);整份文档全部通过规则才入库',
          body: EpcisDocumentSchema,
          response: { 200: CaptureResultSchema },
        },
      },
      async (request) => s.trace.capture(request.body, ctxOf(request), { source: 'api' }),
    );

    app.post(
      '/trace/import',
      {
        preHandler: requirePermission('trace.capture'),
        schema: {
          tags,
          summary: '导入追溯事件表(.xlsx,一行一个事件;multipart 字段 file)',
          consumes: ['multipart/form-data'],
          response: { 200: CaptureResultSchema.extend({ rows: z.number() }) },
        },
      },
      async (request) => {
        const file = await request.file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
        if (!file) throw new AppError('FILE_EMPTY', '未收到上传的文件');
        const bytes = await file.toBuffer();
        return s.trace.importWorkbook(bytes, file.filename, ctxOf(request));
      },
    );

    app.get(
      '/trace/template.xlsx',
      { ...read, schema: { tags, summary: '追溯事件导入模板' } },
      async (_request, reply) =>
        reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachmentDisposition('追溯事件导入模板.xlsx', 'trace.xlsx'))
          .send(await s.trace.template()),
    );

    app.get(
      '/trace/lots',
      {
        ...read,
        schema: {
          tags,
          summary: '按批号、追溯码、合格证编号或生产者名称查找批次',
          querystring: z.object({ q: z.string().trim().min(1).max(300) }),
          response: { 200: z.object({ items: z.array(LotSchema) }) },
        },
      },
      async (request) => ({ items: await s.trace.search(request.query.q) }),
    );

    app.get(
      '/trace/lots/:id/graph',
      {
        ...read,
        schema: {
          tags,
          summary: '批次追溯图:向后(来源)、向前(去向)或双向,含时间与数量',
          params: LotParam,
          querystring: z.object({
            direction: z.enum(['both', 'forward', 'backward']).default('both'),
            maxEdges: z.coerce.number().int().min(1).max(20_000).default(5000),
          }),
          response: { 200: TraceGraphSchema },
        },
      },
      async (request) => s.trace.graph(request.params.id, request.query.direction, request.query.maxEdges),
    );

    app.get(
      '/trace/lots/:id/events',
      {
        ...read,
        schema: {
          tags,
          summary: '批次的事件(最近 1000 条)',
          params: LotParam,
          response: { 200: z.object({ items: z.array(EventSchema) }) },
        },
      },
      async (request) => ({ items: await s.trace.lotEvents(request.params.id) }),
    );

    app.get(
      '/trace/lots/:id/export.xlsx',
      { ...read, schema: { tags, summary: '导出批次追溯涉及的全部事件(可再导入)', params: LotParam } },
      async (request, reply) =>
        reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachmentDisposition('批次追溯事件.xlsx', 'trace.xlsx'))
          .send(await s.trace.exportWorkbook(request.params.id)),
    );
  };
}
