import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors/app-error.ts';
import { ctxOf, requirePermission } from '../../server/session.ts';
import { UnitSchema } from '../org/org-routes.ts';
import type { Services } from '../services.ts';
import { IdParam, Ok, Paging } from '../shared/schemas.ts';
import {
  ImportResultSchema,
  PlanDetailSchema,
  PlanHeaderSchema,
  TargetSchema,
  TaskSummarySchema,
  UnitRefSchema,
} from './plan-schemas.ts';

export const MAX_PLAN_BYTES = 20 * 1024 * 1024;
const PlanIdQuery = z.object({ planId: z.coerce.number().int().positive().optional() });

export function planRoutes(s: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const read = { preHandler: requirePermission('plan.read') };
    const tags = ['plans'];

    app.get(
      '/plans',
      {
        ...read,
        schema: { tags, summary: '方案版本列表', response: { 200: z.object({ items: z.array(PlanHeaderSchema) }) } },
      },
      async () => {
        const headers = await s.plans.list();
        return {
          items: headers.map((h, i) => ({
            id: h.id,
            title: h.title,
            year: h.year,
            version: h.version,
            sourceName: h.sourceName,
            importedAt: h.importedAt,
            importedBy: h.importedByName,
            current: i === 0,
            taskCount: h.taskCount,
            targetCount: h.targetCount,
          })),
        };
      },
    );

    app.get(
      '/plans/current',
      { ...read, schema: { tags, summary: '当前方案', response: { 200: PlanDetailSchema } } },
      async () => s.plans.detail(),
    );

    app.get(
      '/plans/:id',
      { ...read, schema: { tags, summary: '方案详情', params: IdParam, response: { 200: PlanDetailSchema } } },
      async (request) => s.plans.detail(request.params.id),
    );

    app.post(
      '/plans/import',
      {
        preHandler: requirePermission('plan.import'),
        schema: {
          tags,
          summary: '导入方案(.docx/.txt,生成新版本)',
          consumes: ['multipart/form-data'],
          response: { 200: ImportResultSchema },
        },
      },
      async (request) => {
        const file = await request.file({ limits: { fileSize: MAX_PLAN_BYTES, files: 1 } });
        if (!file) throw new AppError('FILE_EMPTY', '未收到上传的文件');
        const bytes = await file.toBuffer();
        return s.plans.importFile({ name: file.filename, bytes }, ctxOf(request));
      },
    );

    app.post(
      '/plans/:id/unit-matches',
      {
        preHandler: requirePermission('unit.manage'),
        schema: {
          tags,
          summary: '确认方案中未匹配的单位名称为某登记单位的别名',
          params: IdParam,
          body: z.object({ name: z.string().trim().min(2).max(64), unitId: z.number().int().positive() }),
          response: { 200: Ok },
        },
      },
      async (request) => {
        await s.plans.load(request.params.id);
        await s.org.confirmAlias(request.body.name, request.body.unitId, ctxOf(request));
        return { ok: true as const };
      },
    );

    app.get(
      '/tasks',
      {
        ...read,
        schema: {
          tags,
          summary: '重点任务(可按单位、角色、关键词筛选)',
          querystring: Paging.extend({
            planId: z.coerce.number().int().positive().optional(),
            unitId: z.coerce.number().int().positive().optional(),
            role: z.enum(['lead', 'responsible', 'any']).default('any'),
            q: z.string().max(100).optional(),
          }),
          response: { 200: z.object({ items: z.array(TaskSummarySchema), total: z.number() }) },
        },
      },
      async (request) => s.plans.tasks(request.query),
    );

    app.get(
      '/tasks/:id',
      {
        ...read,
        schema: {
          tags,
          summary: '任务详情',
          params: IdParam,
          response: {
            200: TaskSummarySchema.extend({
              planId: z.number(),
              text: z.string(),
              start: z.number().nullable(),
              end: z.number().nullable(),
              sectionText: z.string(),
              targets: z.array(TargetSchema),
            }),
          },
        },
      },
      async (request) => s.plans.task(request.params.id),
    );

    app.get(
      '/units/:id/responsibilities',
      {
        ...read,
        schema: {
          tags,
          summary: '单位责任清单',
          params: IdParam,
          querystring: PlanIdQuery,
          response: {
            200: z.object({
              unit: UnitSchema.extend({ ref: UnitRefSchema }),
              planId: z.number(),
              leads: z.array(TaskSummarySchema),
              supports: z.array(TaskSummarySchema),
              targets: z.array(TargetSchema.extend({ taskTitle: z.string(), role: z.enum(['lead', 'responsible']) })),
            }),
          },
        },
      },
      async (request) => s.plans.responsibilities(request.params.id, request.query.planId),
    );
  };
}
