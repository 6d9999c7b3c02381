// The progress API over HTTP. Each route validates (zod), checks the role's permission, and makes
// one service call; scope (which unit, which task) is checked by the services, since the CLI
// calls the same code. Evidence is stored under <dataDir>/evidence, which the server passes in.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEFAULT_MAX_EVIDENCE_BYTES, formatBytes } from '../../core/progress/evidence-types.ts';
import { ctxOf, requirePermission } from '../../server/session.ts';
import type { Services } from '../services.ts';
import { evidenceFiles } from '../shared/evidence-files.ts';
import { readUpload, sendAttachment } from '../shared/file-transfer.ts';
import { IdParam, Ok } from '../shared/schemas.ts';
import {
  AcceptBody,
  AcknowledgeBody,
  ConsolidationSchema,
  EvidenceSchema,
  MySchema,
  NoticeBody,
  NoticeQuery,
  NoticeSchema,
  OverdueSchema,
  PeriodKey,
  PlanIdQuery,
  ReportCreateBody,
  ReportDetailSchema,
  ReportListQuery,
  ReportSummarySchema,
  ReportUpdateBody,
  ReturnBody,
  ScheduleBody,
  ScheduleSchema,
  TargetLinksSchema,
  TargetTasksSchema,
  TaskLinksSchema,
  VersionBody,
} from './progress-schemas.ts';

export interface ProgressRouteOptions {
  /** Where evidence files live: <dataDir>/evidence. */
  evidenceDir: string;
  maxEvidenceBytes?: number;
}

export function progressRoutes(s: Services, opts: ProgressRouteOptions): FastifyPluginAsyncZod {
  const maxBytes = opts.maxEvidenceBytes ?? DEFAULT_MAX_EVIDENCE_BYTES;
  const evidence = s.progress.evidence(evidenceFiles(opts.evidenceDir), maxBytes);
  const p = s.progress;

  return async (app) => {
    const tags = ['progress'];
    const perm = (name: Parameters<typeof requirePermission>[0]) => ({ preHandler: requirePermission(name) });

    app.get(
      '/progress/settings',
      {
        ...perm('progress.read'),
        schema: {
          tags,
          summary: '填报周期与截止日期设置',
          querystring: PlanIdQuery,
          response: { 200: ScheduleSchema },
        },
      },
      async (request) => p.schedule.get(request.query.planId),
    );

    app.put(
      '/progress/settings',
      {
        ...perm('progress.configure'),
        schema: {
          tags,
          summary: '设置填报周期与截止日期(州质量办)',
          body: ScheduleBody,
          response: { 200: ScheduleSchema },
        },
      },
      async (request) => p.schedule.save(request.body, ctxOf(request)),
    );

    app.get(
      '/progress/my',
      {
        ...perm('progress.report'),
        schema: {
          tags,
          summary: '本单位应报事项(含红黄绿状态与截止日期)',
          querystring: PlanIdQuery.extend({ period: PeriodKey.optional() }),
          response: { 200: MySchema },
        },
      },
      async (request) => p.obligations.mine(request.query, ctxOf(request)),
    );

    app.get(
      '/progress/overdue',
      {
        ...perm('progress.overview'),
        schema: { tags, summary: '逾期未报一览(按单位)', querystring: PlanIdQuery, response: { 200: OverdueSchema } },
      },
      async (request) => p.obligations.overdue(request.query, ctxOf(request)),
    );

    app.get(
      '/progress/reports',
      {
        ...perm('progress.read'),
        schema: {
          tags,
          summary: '进展报告列表(审核队列:status=submitted)',
          querystring: ReportListQuery,
          response: { 200: z.object({ items: z.array(ReportSummarySchema), total: z.number() }) },
        },
      },
      async (request) => p.reports.list(request.query, ctxOf(request)),
    );

    app.post(
      '/progress/reports',
      {
        ...perm('progress.report'),
        schema: { tags, summary: '新建进展报告草稿', body: ReportCreateBody, response: { 200: ReportDetailSchema } },
      },
      async (request) => p.reports.create(request.body, ctxOf(request)),
    );

    app.get(
      '/progress/reports/:id',
      {
        ...perm('progress.read'),
        schema: { tags, summary: '进展报告(含全部历史版本)', params: IdParam, response: { 200: ReportDetailSchema } },
      },
      async (request) => p.reports.get(request.params.id, ctxOf(request)),
    );

    app.put(
      '/progress/reports/:id',
      {
        ...perm('progress.report'),
        schema: {
          tags,
          summary: '保存草稿(已退回的报告生成新版本);version 为读取时的版本号',
          params: IdParam,
          body: ReportUpdateBody,
          response: { 200: ReportDetailSchema },
        },
      },
      async (request) => p.reports.update(request.params.id, request.body, ctxOf(request)),
    );

    app.post(
      '/progress/reports/:id/submit',
      {
        ...perm('progress.report'),
        schema: {
          tags,
          summary: '提交报告',
          params: IdParam,
          body: VersionBody,
          response: { 200: ReportDetailSchema },
        },
      },
      async (request) => p.reports.submit(request.params.id, request.body, ctxOf(request)),
    );

    app.post(
      '/progress/reports/:id/return',
      {
        ...perm('progress.review'),
        schema: {
          tags,
          summary: '退回报告(须填写原因)',
          params: IdParam,
          body: ReturnBody,
          response: { 200: ReportDetailSchema },
        },
      },
      async (request) =>
        p.reports.review(
          request.params.id,
          { version: request.body.version, decision: 'return', comment: request.body.reason },
          ctxOf(request),
        ),
    );

    app.post(
      '/progress/reports/:id/accept',
      {
        ...perm('progress.review'),
        schema: { tags, summary: '审核通过', params: IdParam, body: AcceptBody, response: { 200: ReportDetailSchema } },
      },
      async (request) =>
        p.reports.review(
          request.params.id,
          { version: request.body.version, decision: 'accept', comment: request.body.comment ?? null },
          ctxOf(request),
        ),
    );

    app.post(
      '/progress/reports/:id/evidence',
      {
        ...perm('progress.report'),
        schema: {
          tags,
          summary: `上传证据文件(multipart 字段 file;pdf/jpg/png/docx/xlsx,每个不超过 ${formatBytes(maxBytes)})`,
          consumes: ['multipart/form-data'],
          params: IdParam,
          response: { 200: EvidenceSchema },
        },
      },
      async (request) => {
        const { fileName, bytes } = await readUpload(request, maxBytes);
        return evidence.add(request.params.id, { fileName, bytes }, ctxOf(request));
      },
    );

    app.get(
      '/progress/evidence/:id',
      { ...perm('progress.read'), schema: { tags, summary: '下载证据文件(总是作为附件下载)', params: IdParam } },
      async (request, reply) => {
        return sendAttachment(reply, await evidence.download(request.params.id, ctxOf(request)));
      },
    );

    app.delete(
      '/progress/evidence/:id',
      {
        ...perm('progress.report'),
        schema: { tags, summary: '从草稿中删除证据文件', params: IdParam, response: { 200: Ok } },
      },
      async (request) => {
        await evidence.remove(request.params.id, ctxOf(request));
        return { ok: true as const };
      },
    );

    app.get(
      '/progress/consolidation',
      {
        ...perm('progress.read'),
        schema: {
          tags,
          summary: '牵头单位汇总视图:各责任单位本期已提交的报告',
          querystring: z.object({ taskId: z.coerce.number().int().positive(), period: PeriodKey }),
          response: { 200: ConsolidationSchema },
        },
      },
      async (request) => p.consolidation.view(request.query.taskId, request.query.period, ctxOf(request)),
    );

    app.get(
      '/progress/notices',
      {
        ...perm('progress.read'),
        schema: {
          tags,
          summary: '督办单列表(单位只看本单位的)',
          querystring: NoticeQuery,
          response: { 200: z.object({ items: z.array(NoticeSchema) }) },
        },
      },
      async (request) => p.notices.list(request.query, ctxOf(request)),
    );

    app.post(
      '/progress/notices',
      {
        ...perm('progress.supervise'),
        schema: { tags, summary: '下发督办单(州质量办)', body: NoticeBody, response: { 200: NoticeSchema } },
      },
      async (request) => p.notices.issue(request.body, ctxOf(request)),
    );

    app.post(
      '/progress/notices/:id/acknowledge',
      {
        ...perm('progress.report'),
        schema: {
          tags,
          summary: '签收督办单并回复',
          params: IdParam,
          body: AcknowledgeBody,
          response: { 200: NoticeSchema },
        },
      },
      async (request) => p.notices.acknowledge(request.params.id, request.body, ctxOf(request)),
    );

    app.get(
      '/progress/target-links',
      {
        ...perm('progress.read'),
        schema: { tags, summary: '任务与目标的关联', querystring: PlanIdQuery, response: { 200: TargetLinksSchema } },
      },
      async (request) => p.schedule.links(request.query.planId),
    );

    app.put(
      '/progress/tasks/:id/targets',
      {
        ...perm('progress.configure'),
        schema: {
          tags,
          summary: '设置任务关联的目标(州质量办)',
          params: IdParam,
          body: z.object({ targetIds: z.array(z.number().int().positive()).max(200) }),
          response: { 200: TaskLinksSchema },
        },
      },
      async (request) => p.schedule.setLinks(request.params.id, request.body.targetIds, ctxOf(request)),
    );

    app.get(
      '/targets/:id/tasks',
      {
        ...perm('progress.overview'),
        schema: {
          tags,
          summary: '目标背后的任务、责任单位及其本期报告状态',
          params: IdParam,
          querystring: z.object({ period: PeriodKey.optional() }),
          response: { 200: TargetTasksSchema },
        },
      },
      async (request) => p.obligations.targetTasks(request.params.id, request.query, ctxOf(request)),
    );
  };
}
