// Imports and records over HTTP. An upload starts a background job and answers with its id at
// once; the client polls the job. Permissions: records.import to upload, records.read for the rest.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors/app-error.ts';
import { KINDS } from '../../core/records/kinds/index.ts';
import { ctxOf, requirePermission } from '../../server/session.ts';
import type { Services } from '../services.ts';
import { attachmentDisposition, XLSX_TYPE } from '../shared/file-transfer.ts';
import {
  BrowseQuerySchema,
  HistoryQuery,
  ImportEntrySchema,
  ImportQuery,
  JobSchema,
  KindInfoSchema,
  KindParam,
} from './records-schemas.ts';
import { templateFileName } from './template-workbook.ts';

/** Uploads may be larger than plan documents: a year of hourly air data is tens of MB. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export function recordsRoutes(s: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const read = { preHandler: requirePermission('records.read') };
    const tags = ['imports'];
    app.addHook('onClose', async () => s.records.drainJobs());

    app.get(
      '/imports/kinds',
      {
        ...read,
        schema: {
          tags,
          summary: '可导入的数据类型及其列',
          response: { 200: z.object({ items: z.array(KindInfoSchema) }) },
        },
      },
      async () => ({ items: s.records.kinds() }),
    );

    app.get(
      '/imports/templates/:kind.xlsx',
      { ...read, schema: { tags, summary: '下载导入模板(.xlsx)', params: KindParam } },
      async (request, reply) => {
        const bytes = await s.records.template(request.params.kind);
        const name = templateFileName(KINDS[request.params.kind]);
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachmentDisposition(name, `${request.params.kind}.xlsx`))
          .send(bytes);
      },
    );

    app.post(
      '/imports/:kind',
      {
        preHandler: requirePermission('records.import'),
        schema: {
          tags,
          summary: '上传文件并在后台导入(multipart 字段 file;dryRun=1 只校验不入库)',
          consumes: ['multipart/form-data'],
          params: KindParam,
          querystring: ImportQuery,
          response: { 202: z.object({ jobId: z.string() }) },
        },
      },
      async (request, reply) => {
        const file = await request.file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
        if (!file) throw new AppError('FILE_EMPTY', '未收到上传的文件');
        const bytes = await file.toBuffer();
        const { dryRun, year, date } = request.query;
        const started = s.records.startImport(
          { kind: request.params.kind, fileName: file.filename, bytes, dryRun, year: year ?? null, date: date ?? null },
          ctxOf(request),
        );
        return reply.status(202).send(started);
      },
    );

    app.get(
      '/imports/jobs/:id',
      {
        ...read,
        schema: {
          tags,
          summary: '导入任务的进度与结果',
          params: z.object({ id: z.string().max(64) }),
          response: { 200: JobSchema },
        },
      },
      async (request) => s.records.job(request.params.id, ctxOf(request)),
    );

    app.get(
      '/imports',
      {
        ...read,
        schema: {
          tags,
          summary: '导入历史',
          querystring: HistoryQuery,
          response: { 200: z.object({ items: z.array(ImportEntrySchema), total: z.number() }) },
        },
      },
      async (request) => s.records.history(request.query),
    );

    app.get(
      '/records/:kind',
      {
        ...read,
        schema: {
          tags: ['records'],
          summary: '记录浏览(按地区、日期、关键词筛选;region=none 为无法归属县市的记录)',
          params: KindParam,
          querystring: BrowseQuerySchema,
          response: { 200: z.object({ items: z.array(z.record(z.string(), z.unknown())), total: z.number() }) },
        },
      },
      async (request) => s.records.browse(request.params.kind, request.query),
    );
  };
}
