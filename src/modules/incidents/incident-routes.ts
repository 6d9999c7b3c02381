// 事故报告 over HTTP. POST /api/public/incidents takes a report without login (rate-limited,
// JSON only — see the CSRF exemption in src/server/session.ts) and answers with nothing but the
// receipt number. Everything else is for logged-in staff, scoped by county in the service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { INJURY_LEVELS, IncidentConfigSchema, SEVERITIES } from '../../core/incidents/incident-rules.ts';
import { ctxOf, requirePermission } from '../../server/session.ts';
import type { Services } from '../services.ts';
import { IdParam } from '../shared/schemas.ts';

const Text = (max: number) => z.string().trim().min(1).max(max);
const Optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

export const IncidentInputSchema = z.object({
  enterpriseName: Text(100),
  enterpriseCreditCode: Optional(18),
  productName: Text(100),
  batch: Optional(64),
  regionCode: z
    .string()
    .regex(/^\d{6}$/, '地区代码应为六位数字')
    .nullable()
    .optional(),
  discoveredAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, '发现时间须为带时区的 ISO 8601 时间'),
  severity: z.enum(SEVERITIES).nullable().optional(),
  injuredCount: z.number().int().min(0).max(100_000),
  injuryLevel: z.enum(INJURY_LEVELS),
  description: Text(4000),
  measures: Optional(4000),
  reporterName: Optional(50),
  reporterPhone: z
    .string()
    .trim()
    .regex(/^[0-9+\- ]{5,20}$/, '电话号码格式不正确')
    .nullable()
    .optional(),
});

const ClockSchema = z.object({
  deadline: z.string(),
  onTime: z.boolean(),
  minutesLate: z.number(),
  hoursToReport: z.number(),
});

const IncidentSchema = z.object({
  id: z.number(),
  receiptNo: z.string(),
  source: z.enum(['public', 'staff']),
  enterpriseName: z.string(),
  enterpriseCreditCode: z.string().nullable(),
  productName: z.string(),
  batch: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  discoveredAt: z.string(),
  reportedAt: z.string(),
  severity: z.string(),
  injuredCount: z.number(),
  injuryLevel: z.string(),
  description: z.string(),
  measures: z.string().nullable(),
  reporterName: z.string().nullable(),
  reporterPhone: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  closedAt: z.string().nullable(),
  closingSummary: z.string().nullable(),
  caseId: z.number().nullable(),
  clock: ClockSchema,
  veto: z.boolean(),
});

const IncidentDetailSchema = IncidentSchema.extend({
  followups: z.array(
    z.object({ id: z.number(), incidentId: z.number(), at: z.string(), actorName: z.string(), text: z.string() }),
  ),
  case: z
    .object({
      id: z.number(),
      status: z.string(),
      overdue: z.boolean(),
      actionsDone: z.number(),
      actionsTotal: z.number(),
    })
    .nullable(),
});

const Year = z.coerce.number().int().min(2000).max(2100);
const Region = z.string().regex(/^\d{6}$/, '地区代码应为六位数字');

export function incidentRoutes(s: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['incidents'];
    const read = { preHandler: requirePermission('incident.read') };
    const manage = { preHandler: requirePermission('incident.manage') };

    app.post(
      '/public/incidents',
      {
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: '产品质量安全事故报告(无需登录;仅返回受理编号)',
          body: IncidentInputSchema,
          response: { 200: z.object({ receiptNo: z.string() }) },
        },
      },
      async (request) => {
        // Whoever is logged in, a public report is recorded as anonymous: nothing links back.
        const { receiptNo } = await s.incidents.report(request.body, 'public', { actor: null, ip: request.ip });
        return { receiptNo };
      },
    );

    app.get(
      '/public/incidents/form',
      {
        config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: '事故报告表单的选项(县市、事故等级、伤情)',
          response: {
            200: z.object({
              regions: z.array(z.object({ code: z.string(), name: z.string() })),
              severities: z.array(z.string()),
              injuryLevels: z.array(z.string()),
            }),
          },
        },
      },
      async () => ({
        regions: (await s.org.listRegions())
          .filter((r) => r.level === 'county')
          .map((r) => ({ code: r.code, name: r.name })),
        severities: [...SEVERITIES],
        injuryLevels: [...INJURY_LEVELS],
      }),
    );

    app.post(
      '/incidents',
      {
        ...manage,
        schema: {
          tags,
          summary: '工作人员登记事故报告',
          body: IncidentInputSchema,
          response: { 200: IncidentDetailSchema },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        const { id } = await s.incidents.report(request.body, 'staff', ctx);
        return s.incidents.get(id, ctx);
      },
    );

    app.get(
      '/incidents',
      {
        ...read,
        schema: {
          tags,
          summary: '事故报告列表',
          querystring: z.object({
            status: z.enum(['open', 'closed']).optional(),
            severity: z.enum(SEVERITIES).optional(),
            region: Region.optional(),
            year: Year.optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(20),
          }),
          response: { 200: z.object({ items: z.array(IncidentSchema), total: z.number() }) },
        },
      },
      async (request) => s.incidents.list(request.query, ctxOf(request)),
    );

    app.get(
      '/incidents/summary',
      {
        ...read,
        schema: {
          tags,
          summary: '各县市各等级事故数(考核扣分与一票否决)',
          querystring: z.object({ year: Year.optional(), region: Region.optional() }),
          response: {
            200: z.object({
              year: z.number().nullable(),
              vetoSeverities: z.array(z.string()),
              items: z.array(
                z.object({
                  regionCode: z.string().nullable(),
                  regionName: z.string(),
                  bySeverity: z.record(z.string(), z.number()),
                  total: z.number(),
                  veto: z.boolean(),
                }),
              ),
            }),
          },
        },
      },
      async (request) => s.incidents.summary(request.query, ctxOf(request)),
    );

    app.get(
      '/incidents/config',
      { ...read, schema: { tags, summary: '报告时限(小时)与一票否决等级', response: { 200: IncidentConfigSchema } } },
      async () => s.incidents.config(),
    );

    app.put(
      '/incidents/config',
      {
        preHandler: requirePermission('supervision.configure'),
        schema: {
          tags,
          summary: '修改报告时限与一票否决等级',
          body: IncidentConfigSchema,
          response: { 200: IncidentConfigSchema },
        },
      },
      async (request) => s.incidents.setConfig(request.body, ctxOf(request)),
    );

    app.get(
      '/incidents/:id',
      {
        ...read,
        schema: {
          tags,
          summary: '事故报告详情、报告时限、跟进记录与监管任务',
          params: IdParam,
          response: { 200: IncidentDetailSchema },
        },
      },
      async (request) => s.incidents.get(request.params.id, ctxOf(request)),
    );

    app.post(
      '/incidents/:id/followups',
      {
        ...manage,
        schema: {
          tags,
          summary: '添加跟进记录',
          params: IdParam,
          body: z.object({ text: Text(4000) }),
          response: { 200: IncidentDetailSchema },
        },
      },
      async (request) => s.incidents.addFollowup(request.params.id, request.body.text, ctxOf(request)),
    );

    app.patch(
      '/incidents/:id',
      {
        ...manage,
        schema: {
          tags,
          summary: '调整事故等级(不得低于伤亡情况对应的等级)',
          params: IdParam,
          body: z.object({ severity: z.enum(SEVERITIES) }),
          response: { 200: IncidentDetailSchema },
        },
      },
      async (request) => s.incidents.regrade(request.params.id, request.body.severity, ctxOf(request)),
    );

    app.post(
      '/incidents/:id/close',
      {
        ...manage,
        schema: {
          tags,
          summary: '办结',
          params: IdParam,
          body: z.object({ summary: Text(4000) }),
          response: { 200: IncidentDetailSchema },
        },
      },
      async (request) => s.incidents.close(request.params.id, request.body.summary, ctxOf(request)),
    );
  };
}
