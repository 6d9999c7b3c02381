// 一公开: draws, their hashes, seeds and results for anyone, without a login. Only published
// fields go out (the schemas list them; the risk class is not among them). Verification re-runs
// a whole draw, so it is rate-limited per client.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../services.ts';
import { IdParam } from '../shared/schemas.ts';
import { PublicDrawSchema, PublicResultSchema, VerificationSchema } from './draw-schemas.ts';

export function publicDrawRoutes(s: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['public'];

    app.get(
      '/public/draws',
      {
        config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: '公开:双随机抽取列表(无需登录)',
          response: { 200: z.object({ items: z.array(PublicDrawSchema) }) },
        },
      },
      async () => ({ items: await s.draws.publicList() }),
    );

    app.get(
      '/public/draws/:id',
      {
        config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: '公开:抽取计划、哈希、种子与抽中企业的检查结果(无需登录)',
          params: IdParam,
          response: { 200: z.object({ draw: PublicDrawSchema, results: z.array(PublicResultSchema) }) },
        },
      },
      async (request) => s.draws.publicGet(request.params.id),
    );

    app.get(
      '/public/draws/:id/verify',
      {
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: '公开:由种子和冻结名录重新抽取并核验(无需登录)',
          params: IdParam,
          response: { 200: VerificationSchema },
        },
      },
      async (request) => s.draws.verify(request.params.id),
    );
  };
}
