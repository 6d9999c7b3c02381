import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf, requirePermission } from '../../server/session.ts';
import type { Services } from '../services.ts';
import { IdParam } from '../shared/schemas.ts';

const RegionSchema = z.object({
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  level: z.enum(['prefecture', 'county']),
  parentCode: z.string().nullable(),
});

const UnitKind = z.enum(['department', 'county_government', 'development_zone']);

export const UnitSchema = z.object({
  id: z.number(),
  name: z.string(),
  shortName: z.string(),
  kind: z.string(),
  regionCode: z.string().nullable(),
  aliases: z.array(z.string()),
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
});

const UnitName = z.string().trim().min(2).max(64);

export function orgRoutes(s: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['org'];
    app.get(
      '/regions',
      {
        preHandler: requirePermission('plan.read'),
        schema: { tags, summary: '地区(GB/T 2260)', response: { 200: z.object({ items: z.array(RegionSchema) }) } },
      },
      async () => ({ items: await s.org.listRegions() }),
    );

    app.get(
      '/units',
      {
        preHandler: requirePermission('plan.read'),
        schema: { tags, summary: '单位', response: { 200: z.object({ items: z.array(UnitSchema) }) } },
      },
      async () => ({ items: await s.org.listUnits() }),
    );

    app.post(
      '/units',
      {
        preHandler: requirePermission('unit.manage'),
        schema: {
          tags,
          summary: '新建单位',
          body: z.object({
            name: UnitName,
            shortName: UnitName.optional(),
            kind: UnitKind,
            regionCode: z.string().nullable().optional(),
            aliases: z.array(UnitName).max(20).optional(),
          }),
          response: { 200: z.object({ unit: UnitSchema }) },
        },
      },
      async (request) => ({ unit: await s.org.createUnit(request.body, ctxOf(request)) }),
    );

    app.patch(
      '/units/:id',
      {
        preHandler: requirePermission('unit.manage'),
        schema: {
          tags,
          summary: '修改单位名称与别名',
          params: IdParam,
          body: z.object({
            name: UnitName.optional(),
            shortName: UnitName.optional(),
            aliases: z.array(UnitName).max(20).optional(),
          }),
          response: { 200: z.object({ unit: UnitSchema }) },
        },
      },
      async (request) => ({ unit: await s.org.updateUnit(request.params.id, request.body, ctxOf(request)) }),
    );

    app.put(
      '/units/:id/contact',
      {
        preHandler: requirePermission('unit.contact.edit'),
        schema: {
          tags,
          summary: '修改单位联络人(本单位、本县市或州质量办)',
          params: IdParam,
          body: z.object({
            contactPerson: z.string().trim().max(32).nullable(),
            contactPhone: z
              .string()
              .trim()
              .regex(/^[0-9+\- ]{5,20}$/, '电话号码格式不正确')
              .nullable(),
          }),
          response: { 200: z.object({ unit: UnitSchema }) },
        },
      },
      async (request) => ({ unit: await s.org.updateContact(request.params.id, request.body, ctxOf(request)) }),
    );
  };
}
