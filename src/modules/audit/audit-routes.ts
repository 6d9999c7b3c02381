import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission } from '../../server/session.ts';
import type { Services } from '../services.ts';
import { Paging } from '../shared/schemas.ts';

const AuditItem = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.number().nullable(),
  actorName: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});

export function auditRoutes(s: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit',
      {
        preHandler: requirePermission('audit.read'),
        schema: {
          tags: ['audit'],
          summary: '审计日志',
          querystring: Paging.extend({
            actor: z.string().max(64).optional(),
            action: z.string().max(64).optional(),
            entity: z.string().max(64).optional(),
          }),
          response: { 200: z.object({ items: z.array(AuditItem), total: z.number() }) },
        },
      },
      async (request) => s.store.audit.list(request.query),
    );
  };
}
