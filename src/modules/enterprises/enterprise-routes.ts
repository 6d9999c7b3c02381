// The enterprise registry, the match queue and the credit record over HTTP. All of it is
// internal: every route needs a login and enterprise.read (reading) or enterprise.manage
// (writing); a county's reads are limited to its region by the service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CREDIT_EVENT_KINDS, CREDIT_EVENT_LABELS } from '../../core/enterprises/credit-events.ts';
import { INDUSTRIES, SIZES } from '../../core/enterprises/industries.ts';
import { RISK_CLASS_LABELS, RISK_CLASSES, RISK_INDICATORS } from '../../core/enterprises/risk-model.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { ctxOf, requirePermission } from '../../server/session.ts';
import type { Services } from '../services.ts';
import { attachmentDisposition, XLSX_TYPE } from '../shared/file-transfer.ts';
import { IdParam, Ok } from '../shared/schemas.ts';
import {
  CreditEventBody,
  CreditEventSchema,
  DryRunQuery,
  EnterpriseBody,
  EnterpriseDetailSchema,
  EnterprisePatchBody,
  EnterpriseQuerySchema,
  EnterpriseSchema,
  ImportReportSchema,
  LinkReportSchema,
  ModelSchema,
  QueueItemSchema,
  QueueQuery,
} from './enterprise-schemas.ts';
import { registryTemplate } from './registry-template.ts';

const MAX_REGISTRY_BYTES = 20 * 1024 * 1024;

export function enterpriseRoutes(s: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const read = { preHandler: requirePermission('enterprise.read') };
    const manage = { preHandler: requirePermission('enterprise.manage') };
    const tags = ['enterprises'];

    app.get(
      '/enterprises/meta',
      {
        ...read,
        schema: {
          tags,
          summary: '企业档案的取值目录:行业、规模、信用记录类型、风险分类与指标',
          response: {
            200: z.object({
              industries: z.array(z.string()),
              sizes: z.array(z.string()),
              eventKinds: z.array(z.object({ kind: z.string(), label: z.string() })),
              riskClasses: z.array(z.object({ code: z.string(), label: z.string() })),
              indicators: z.array(z.object({ id: z.string(), name: z.string(), unit: z.string() })),
            }),
          },
        },
      },
      async () => ({
        industries: [...INDUSTRIES],
        sizes: [...SIZES],
        eventKinds: CREDIT_EVENT_KINDS.map((kind) => ({ kind, label: CREDIT_EVENT_LABELS[kind] })),
        riskClasses: RISK_CLASSES.map((code) => ({ code, label: RISK_CLASS_LABELS[code] })),
        indicators: Object.entries(RISK_INDICATORS).map(([id, v]) => ({ id, name: v.name, unit: v.unit })),
      }),
    );

    app.get(
      '/enterprises',
      {
        ...read,
        schema: {
          tags,
          summary: '企业列表(按名称、别名、信用代码搜索;按地区、行业、风险分类筛选)',
          querystring: EnterpriseQuerySchema,
          response: {
            200: z.object({
              items: z.array(EnterpriseSchema),
              total: z.number(),
              classCounts: z.record(z.string(), z.number()),
            }),
          },
        },
      },
      async (request) => s.enterprises.list(request.query, ctxOf(request)),
    );

    app.get(
      '/enterprises/template.xlsx',
      { ...read, schema: { tags, summary: '下载企业名录导入模板(.xlsx)' } },
      async (_request, reply) => {
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachmentDisposition('企业名录导入模板.xlsx', 'enterprises.xlsx'))
          .send(await registryTemplate());
      },
    );

    app.get(
      '/enterprises/:id',
      {
        ...read,
        schema: {
          tags,
          summary: '企业详情:信用记录、风险分类及其逐项说明(内部,不公开)',
          params: IdParam,
          response: { 200: EnterpriseDetailSchema },
        },
      },
      async (request) => s.enterprises.get(request.params.id, ctxOf(request)),
    );

    app.post(
      '/enterprises',
      {
        ...manage,
        schema: {
          tags,
          summary: '登记企业(随后自动关联记录)',
          body: EnterpriseBody,
          response: { 200: z.object({ enterprise: EnterpriseSchema, linking: LinkReportSchema }) },
        },
      },
      async (request) => s.enterprises.create(request.body, ctxOf(request)),
    );

    app.patch(
      '/enterprises/:id',
      {
        ...manage,
        schema: {
          tags,
          summary: '修改企业(改名后原名保留为别名)',
          params: IdParam,
          body: EnterprisePatchBody,
          response: { 200: z.object({ enterprise: EnterpriseSchema, linking: LinkReportSchema }) },
        },
      },
      async (request) => s.enterprises.update(request.params.id, request.body, ctxOf(request)),
    );

    app.post(
      '/enterprises/import',
      {
        ...manage,
        schema: {
          tags,
          summary: '导入企业名录 .xlsx/.csv(全部成功或全部不导入;按信用代码幂等;dryRun=1 只校验)',
          consumes: ['multipart/form-data'],
          querystring: DryRunQuery,
          response: { 200: ImportReportSchema },
        },
      },
      async (request) => {
        const file = await request.file({ limits: { fileSize: MAX_REGISTRY_BYTES, files: 1 } });
        if (!file) throw new AppError('FILE_EMPTY', '未收到上传的文件');
        const bytes = await file.toBuffer();
        return s.enterprises.importFile(
          { fileName: file.filename, bytes, dryRun: request.query.dryRun },
          ctxOf(request),
        );
      },
    );

    app.post(
      '/enterprises/link',
      {
        ...manage,
        schema: { tags, summary: '将尚未关联的抽检、抽查记录关联到企业', response: { 200: LinkReportSchema } },
      },
      async (request) => s.links.run(ctxOf(request)),
    );

    app.get(
      '/enterprises/matches',
      {
        ...manage,
        schema: {
          tags,
          summary: '待人工确认的企业匹配',
          querystring: QueueQuery,
          response: { 200: z.object({ items: z.array(QueueItemSchema), total: z.number() }) },
        },
      },
      async (request) => s.links.queue(request.query),
    );

    app.post(
      '/enterprises/matches/:id/confirm',
      {
        ...manage,
        schema: {
          tags,
          summary: '确认匹配:记录关联到所选企业,记录中的名称成为该企业的别名',
          params: IdParam,
          body: z.object({ enterpriseId: z.number().int().positive() }),
          response: { 200: z.object({ alsoLinked: z.number(), classChanges: LinkReportSchema.shape.classChanges }) },
        },
      },
      async (request) => s.links.confirm(request.params.id, request.body.enterpriseId, ctxOf(request)),
    );

    app.post(
      '/enterprises/matches/:id/reject',
      {
        ...manage,
        schema: { tags, summary: '驳回匹配:该记录不属于任何候选企业', params: IdParam, response: { 200: Ok } },
      },
      async (request) => {
        await s.links.reject(request.params.id, ctxOf(request));
        return { ok: true as const };
      },
    );

    app.post(
      '/enterprises/:id/events',
      {
        ...manage,
        schema: {
          tags,
          summary: '添加信用记录(处罚、处置、事故、投诉、认证、奖励、标准自我声明);随即重算风险分类',
          params: IdParam,
          body: CreditEventBody,
          response: { 200: z.object({ event: CreditEventSchema, classChanges: LinkReportSchema.shape.classChanges }) },
        },
      },
      async (request) => {
        const { event, changes } = await s.credit.addEvent(
          { ...request.body, points: request.body.points ?? null, enterpriseId: request.params.id },
          ctxOf(request),
        );
        return { event, classChanges: changes };
      },
    );

    app.delete(
      '/enterprises/events/:id',
      {
        ...manage,
        schema: {
          tags,
          summary: '删除信用记录;随即重算风险分类',
          params: IdParam,
          response: { 200: z.object({ classChanges: LinkReportSchema.shape.classChanges }) },
        },
      },
      async (request) => ({ classChanges: (await s.credit.deleteEvent(request.params.id, ctxOf(request))).changes }),
    );

    app.get(
      '/enterprises/risk-models',
      {
        ...read,
        schema: {
          tags,
          summary: '风险分类模型的各版本(最新为当前)',
          response: { 200: z.object({ items: z.array(ModelSchema) }) },
        },
      },
      async () => ({ items: await s.credit.models() }),
    );

    app.post(
      '/enterprises/risk-models',
      {
        ...manage,
        schema: {
          tags,
          summary: '保存新版风险分类模型(JSON 校验:权重之和为 1、指标须为已知指标);随即重算全部企业',
          body: z.unknown(),
          response: { 200: z.object({ version: z.number(), rescored: z.number(), classChanges: z.number() }) },
        },
      },
      async (request) => {
        const r = await s.credit.saveModel(request.body, ctxOf(request));
        return { version: r.version, rescored: r.rescored, classChanges: r.changes.length };
      },
    );
  };
}
