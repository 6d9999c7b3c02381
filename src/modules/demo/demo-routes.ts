import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf, requirePermission } from '../../server/session.ts';
import type { Services } from '../services.ts';

const Counts = z.record(z.string(), z.number());

const Generated = z.object({
  year: z.number(),
  seed: z.string(),
  scale: z.number(),
  counts: Counts,
  ms: z.number(),
});

export function demoRoutes(s: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['demo'];

    // Public: the UI shows a 「演示数据」 banner on every page, the public pages included.
    app.get(
      '/demo/status',
      {
        schema: {
          tags,
          summary: '演示数据是否存在及各表行数',
          response: { 200: z.object({ present: z.boolean(), counts: Counts }) },
        },
      },
      async () => s.demo.status(),
    );

    app.post(
      '/demo',
      {
        preHandler: requirePermission('demo.manage'),
        schema: {
          tags,
          summary: '生成一年演示数据(替换该年已有的演示数据)',
          body: z.object({
            year: z.number().int().min(2000).max(2100),
            seed: z.string().trim().min(1).max(64).optional(),
            scale: z.number().gt(0).max(1).optional(),
          }),
          response: { 200: Generated },
        },
      },
      async (request) => s.demo.generate(request.body, ctxOf(request)),
    );

    app.delete(
      '/demo',
      {
        preHandler: requirePermission('demo.manage'),
        schema: {
          tags,
          summary: '删除全部演示数据(真实数据不受影响)',
          response: { 200: z.object({ removed: Counts }) },
        },
      },
      async (request) => s.demo.remove(ctxOf(request)),
    );
  };
}
