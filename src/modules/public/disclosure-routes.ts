// The office's side of 一公开: make a draft (an indicator snapshot, a sampling-result list),
// preview it, publish or withdraw it. All behind login and disclosure.manage.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf, requirePermission } from '../../server/session.ts';
import type { Services } from '../services.ts';
import { IdParam } from '../shared/schemas.ts';
import {
  ReleaseHeaderSchema,
  ReleaseKindSchema,
  ReleaseSchema,
  SamplingInputSchema,
  SnapshotInputSchema,
} from './disclosure-schemas.ts';

export function disclosureRoutes(s: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const manage = { preHandler: requirePermission('disclosure.manage') };
    const tags = ['disclosure'];

    app.get(
      '/disclosure/releases',
      {
        ...manage,
        schema: {
          tags,
          summary: '公开信息(含草稿、已撤回)',
          querystring: z.object({ kind: ReleaseKindSchema.optional() }),
          response: { 200: z.object({ items: z.array(ReleaseHeaderSchema) }) },
        },
      },
      async (request) => ({ items: await s.disclosure.list(request.query, ctxOf(request)) }),
    );

    app.get(
      '/disclosure/releases/:id',
      { ...manage, schema: { tags, summary: '公开信息内容(预览)', params: IdParam, response: { 200: ReleaseSchema } } },
      async (request) => s.disclosure.get(request.params.id, ctxOf(request)),
    );

    app.post(
      '/disclosure/indicator-snapshots',
      {
        ...manage,
        schema: {
          tags,
          summary: '生成指标快照草稿(取目标看板当前数值)',
          body: SnapshotInputSchema,
          response: { 200: ReleaseSchema },
        },
      },
      async (request) => s.disclosure.snapshotIndicators(request.body, ctxOf(request)),
    );

    app.post(
      '/disclosure/sampling-lists',
      {
        ...manage,
        schema: {
          tags,
          summary: '按月份与结果选取监督抽检记录,生成公示草稿',
          body: SamplingInputSchema,
          response: { 200: ReleaseSchema },
        },
      },
      async (request) => s.disclosure.draftSamplingList(request.body, ctxOf(request)),
    );

    app.post(
      '/disclosure/releases/:id/publish',
      { ...manage, schema: { tags, summary: '发布(公众可见)', params: IdParam, response: { 200: ReleaseSchema } } },
      async (request) => s.disclosure.publish(request.params.id, ctxOf(request)),
    );

    app.post(
      '/disclosure/releases/:id/withdraw',
      { ...manage, schema: { tags, summary: '撤回已发布的信息', params: IdParam, response: { 200: ReleaseSchema } } },
      async (request) => s.disclosure.withdraw(request.params.id, ctxOf(request)),
    );
  };
}
