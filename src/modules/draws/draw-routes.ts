// 双随机 for staff: the inspection item list, the inspector pool, draw plans, and draws
// (freeze → reveal → outcomes → verify). Reading needs draw.read, every write draw.manage.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf, requirePermission } from '../../server/session.ts';
import type { Services } from '../services.ts';
import { IdParam } from '../shared/schemas.ts';
import {
  InspectorBody,
  InspectorSchema,
  InternalResultSchema,
  ItemBody,
  ItemSchema,
  OutcomeBody,
  OutcomeParams,
  PlanBody,
  PlanSchema,
  PublicDrawSchema,
  VerificationSchema,
} from './draw-schemas.ts';

export function drawRoutes(s: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const read = { preHandler: requirePermission('draw.read') };
    const manage = { preHandler: requirePermission('draw.manage') };
    const tags = ['draws'];

    app.get(
      '/inspectors',
      {
        ...read,
        schema: { tags, summary: '执法检查人员名录', response: { 200: z.object({ items: z.array(InspectorSchema) }) } },
      },
      async () => ({ items: await s.inspectors.inspectors() }),
    );
    app.post(
      '/inspectors',
      {
        ...manage,
        schema: { tags, summary: '登记执法检查人员', body: InspectorBody, response: { 200: InspectorSchema } },
      },
      async (request) => s.inspectors.createInspector(request.body, ctxOf(request)),
    );
    app.patch(
      '/inspectors/:id',
      {
        ...manage,
        schema: {
          tags,
          summary: '修改执法检查人员(资格、回避企业、停用)',
          params: IdParam,
          body: InspectorBody,
          response: { 200: InspectorSchema },
        },
      },
      async (request) => s.inspectors.updateInspector(request.params.id, request.body, ctxOf(request)),
    );

    app.get(
      '/draws/items',
      {
        ...read,
        schema: { tags, summary: '抽查事项清单(一单)', response: { 200: z.object({ items: z.array(ItemSchema) }) } },
      },
      async () => ({ items: await s.inspectors.items() }),
    );
    app.post(
      '/draws/items',
      { ...manage, schema: { tags, summary: '添加抽查事项', body: ItemBody, response: { 200: ItemSchema } } },
      async (request) => s.inspectors.createItem(request.body, ctxOf(request)),
    );
    app.patch(
      '/draws/items/:id',
      {
        ...manage,
        schema: { tags, summary: '修改抽查事项', params: IdParam, body: ItemBody, response: { 200: ItemSchema } },
      },
      async (request) => s.inspectors.updateItem(request.params.id, request.body, ctxOf(request)),
    );

    app.get(
      '/draws/outcome-options',
      {
        ...read,
        schema: {
          tags,
          summary: '检查结果选项',
          response: {
            200: z.object({ items: z.array(z.object({ code: z.string(), label: z.string(), points: z.number() })) }),
          },
        },
      },
      async () => ({ items: s.draws.outcomeOptions() }),
    );

    app.get(
      '/draws/plans',
      { ...read, schema: { tags, summary: '抽查计划', response: { 200: z.object({ items: z.array(PlanSchema) }) } } },
      async () => ({ items: await s.draws.plans() }),
    );
    app.post(
      '/draws/plans',
      {
        ...manage,
        schema: {
          tags,
          summary: '新建抽查计划(各风险分类的抽取比例、地区、行业、每户检查人员数、回避规则)',
          body: PlanBody,
          response: { 200: PlanSchema },
        },
      },
      async (request) => s.draws.createPlan(request.body, ctxOf(request)),
    );
    app.patch(
      '/draws/plans/:id',
      {
        ...manage,
        schema: {
          tags,
          summary: '修改抽查计划(已用于抽取的不能修改)',
          params: IdParam,
          body: PlanBody,
          response: { 200: PlanSchema },
        },
      },
      async (request) => s.draws.updatePlan(request.params.id, request.body, ctxOf(request)),
    );
    app.post(
      '/draws/plans/:id/freeze',
      {
        ...manage,
        schema: {
          tags,
          summary: '冻结名录并公布哈希与种子承诺值(检查人员不足时报错,不冻结)',
          params: IdParam,
          response: { 200: PublicDrawSchema },
        },
      },
      async (request) => s.draws.freeze(request.params.id, ctxOf(request)),
    );

    app.get(
      '/draws',
      {
        ...read,
        schema: { tags, summary: '抽取列表', response: { 200: z.object({ items: z.array(PublicDrawSchema) }) } },
      },
      async () => ({ items: await s.draws.list() }),
    );
    app.get(
      '/draws/:id',
      {
        ...read,
        schema: {
          tags,
          summary: '抽取详情(内部:含抽中企业冻结时的风险分类)',
          params: IdParam,
          response: {
            200: z.object({
              draw: PublicDrawSchema,
              planId: z.number(),
              results: z.array(InternalResultSchema),
              classCounts: z.record(z.string(), z.number()),
            }),
          },
        },
      },
      async (request) => s.draws.get(request.params.id),
    );
    app.post(
      '/draws/:id/reveal',
      { ...manage, schema: { tags, summary: '揭示种子并抽取', params: IdParam, response: { 200: PublicDrawSchema } } },
      async (request) => s.draws.reveal(request.params.id, ctxOf(request)),
    );
    app.put(
      '/draws/:id/outcomes/:enterpriseId',
      {
        ...manage,
        schema: {
          tags,
          summary: '录入检查结果(记入企业信用记录并重算风险分类)',
          params: OutcomeParams,
          body: OutcomeBody,
          response: {
            200: z.object({
              classChanges: z.array(
                z.object({ enterpriseId: z.number(), from: z.string().nullable(), to: z.string(), score: z.number() }),
              ),
            }),
          },
        },
      },
      async (request) =>
        s.draws.enterOutcome(request.params.id, request.params.enterpriseId, request.body, ctxOf(request)),
    );
    app.get(
      '/draws/:id/verify',
      { ...read, schema: { tags, summary: '核验抽取', params: IdParam, response: { 200: VerificationSchema } } },
      async (request) => s.draws.verify(request.params.id),
    );
  };
}
