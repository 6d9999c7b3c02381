// 信息公开 for anyone, without a login: published indicator snapshots, published sampling-result
// lists (with their disclaimer) and published assessment results. Each route reads only
// published rows; a draft or withdrawn id answers 404 like a missing one. Rate-limited per client.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PublicAssessmentListSchema, PublicAssessmentSchema } from '../assessment/assessment-schemas.ts';
import type { Services } from '../services.ts';
import { attachmentDisposition, XLSX_TYPE } from '../shared/file-transfer.ts';
import { IdParam } from '../shared/schemas.ts';
import { PublicHeaderSchema, PublicReleaseSchema } from './disclosure-schemas.ts';

const limited = { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } };
const List = z.object({ items: z.array(PublicHeaderSchema) });

export function publicRoutes(s: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['public'];

    app.get(
      '/public/indicators',
      { ...limited, schema: { tags, summary: '公开:已发布的指标快照(无需登录)', response: { 200: List } } },
      async () => ({ items: await s.disclosure.public.list('indicators') }),
    );

    app.get(
      '/public/indicators/:id',
      {
        ...limited,
        schema: {
          tags,
          summary: '公开:一期指标快照(无需登录)',
          params: IdParam,
          response: { 200: PublicReleaseSchema },
        },
      },
      async (request) => s.disclosure.public.get('indicators', request.params.id),
    );

    app.get(
      '/public/sampling-lists',
      { ...limited, schema: { tags, summary: '公开:已发布的抽检结果公示(无需登录)', response: { 200: List } } },
      async () => ({ items: await s.disclosure.public.list('sampling') }),
    );

    app.get(
      '/public/sampling-lists/:id',
      {
        ...limited,
        schema: {
          tags,
          summary: '公开:一份抽检结果公示(无需登录)',
          params: IdParam,
          response: { 200: PublicReleaseSchema },
        },
      },
      async (request) => s.disclosure.public.get('sampling', request.params.id),
    );

    app.get(
      '/public/sampling-lists/:id/export.xlsx',
      { ...limited, schema: { tags, summary: '公开:抽检结果公示导出(.xlsx,无需登录)', params: IdParam } },
      async (request, reply) => {
        const { fileName, bytes } = await s.disclosure.public.samplingXlsx(request.params.id);
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachmentDisposition(fileName, `sampling-${request.params.id}.xlsx`))
          .send(bytes);
      },
    );

    app.get(
      '/public/assessments',
      {
        ...limited,
        schema: { tags, summary: '公开:已发布的考核结果(无需登录)', response: { 200: PublicAssessmentListSchema } },
      },
      async () => ({ items: await s.disclosure.public.assessments() }),
    );

    app.get(
      '/public/assessments/:id',
      {
        ...limited,
        schema: {
          tags,
          summary: '公开:考核结果排名与计分依据(无需登录)',
          params: IdParam,
          response: { 200: PublicAssessmentSchema },
        },
      },
      async (request) => s.disclosure.public.assessment(request.params.id),
    );
  };
}
