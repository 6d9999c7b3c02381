// The assessment API. Handlers validate, check the permission, call one service method; the
// service checks scope (a county acts for its own county only) and the round's state. Bonus
// evidence files are stored under <dataDir>/evidence, which the server passes in.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEFAULT_MAX_EVIDENCE_BYTES, formatBytes } from '../../core/progress/evidence-types.ts';
import { ctxOf, requirePermission } from '../../server/session.ts';
import type { Services } from '../services.ts';
import { evidenceFiles } from '../shared/evidence-files.ts';
import { attachmentDisposition, readUpload, sendAttachment, XLSX_TYPE } from '../shared/file-transfer.ts';
import { IdParam, Ok } from '../shared/schemas.ts';
import {
  BonusFileSchema,
  BonusInputSchema,
  BonusParam,
  CreateRoundSchema,
  ReturnBody,
  RoundSummarySchema,
  RoundViewSchema,
  RuleSetHeaderSchema,
  RuleSetUploadSchema,
  SelfEvaluationSchema,
  SelfInputSchema,
  SubjectParam,
  VersionBody,
  YearQuery,
} from './assessment-schemas.ts';
import { rankingWorkbook } from './ranking-xlsx.ts';

export function assessmentRoutes(
  s: Services,
  opts: { evidenceDir: string; maxEvidenceBytes?: number },
): FastifyPluginAsyncZod {
  const maxBytes = opts.maxEvidenceBytes ?? DEFAULT_MAX_EVIDENCE_BYTES;
  const evidence = s.assessment.bonusEvidence(evidenceFiles(opts.evidenceDir), maxBytes);
  return async (app) => {
    const read = { preHandler: requirePermission('assessment.read') };
    const manage = { preHandler: requirePermission('assessment.manage') };
    const self = { preHandler: requirePermission('assessment.self') };
    const tags = ['assessment'];

    app.get(
      '/assessment/rule-sets',
      {
        ...read,
        schema: { tags, summary: '考核规则列表', response: { 200: z.object({ items: z.array(RuleSetHeaderSchema) }) } },
      },
      async () => ({ items: await s.assessment.ruleSets.list() }),
    );

    app.get(
      '/assessment/rule-sets/:id',
      {
        ...read,
        schema: {
          tags,
          summary: '考核规则内容',
          params: IdParam,
          response: { 200: RuleSetHeaderSchema.extend({ rules: z.record(z.string(), z.unknown()) }) },
        },
      },
      async (request) => {
        const r = await s.assessment.ruleSets.get(request.params.id);
        return { ...r, rules: r.rules as unknown as Record<string, unknown> };
      },
    );

    app.post(
      '/assessment/rule-sets',
      {
        ...manage,
        schema: {
          tags,
          summary: '上传考核规则文件(JSON);不符合要求时返回每条问题并不保存',
          body: RuleSetUploadSchema,
          response: { 200: RuleSetHeaderSchema.extend({ created: z.boolean() }) },
        },
      },
      async (request) => s.assessment.ruleSets.upload(request.body, ctxOf(request)),
    );

    app.post(
      '/assessment/rule-sets/defaults',
      {
        ...manage,
        schema: {
          tags,
          summary: '导入内置的默认考核规则(县市、州直部门)',
          response: { 200: z.object({ items: z.array(RuleSetHeaderSchema.extend({ created: z.boolean() })) }) },
        },
      },
      async (request) => ({ items: await s.assessment.ruleSets.loadDefaults(ctxOf(request)) }),
    );

    app.get(
      '/assessment/rounds',
      {
        ...read,
        schema: {
          tags,
          summary: '考核列表',
          querystring: YearQuery,
          response: { 200: z.object({ items: z.array(RoundSummarySchema) }) },
        },
      },
      async (request) => ({ items: await s.assessment.rounds.list(request.query, ctxOf(request)) }),
    );

    app.post(
      '/assessment/rounds',
      {
        ...manage,
        schema: {
          tags,
          summary: '新建考核(进入自评阶段)',
          body: CreateRoundSchema,
          response: { 200: RoundViewSchema },
        },
      },
      async (request) => s.assessment.rounds.create(request.body, ctxOf(request)),
    );

    app.get(
      '/assessment/rounds/:id',
      {
        ...read,
        schema: {
          tags,
          summary: '考核详情:考核对象、自评、得分与说明(按权限范围)',
          params: IdParam,
          response: { 200: RoundViewSchema },
        },
      },
      async (request) => s.assessment.rounds.get(request.params.id, ctxOf(request)),
    );

    app.put(
      '/assessment/rounds/:id/self-evaluations/:subject',
      {
        ...self,
        schema: {
          tags,
          summary: '填写或提交本县市、本部门的自评',
          params: SubjectParam,
          body: SelfInputSchema,
          response: { 200: SelfEvaluationSchema },
        },
      },
      async (request) =>
        s.assessment.rounds.saveSelf(request.params.id, request.params.subject, request.body, ctxOf(request)),
    );

    app.post(
      '/assessment/rounds/:id/bonuses',
      {
        ...manage,
        schema: {
          tags,
          summary: '录入加分项(须附佐证)',
          params: IdParam,
          body: BonusInputSchema,
          response: { 200: RoundViewSchema },
        },
      },
      async (request) => s.assessment.rounds.addBonus(request.params.id, request.body, ctxOf(request)),
    );

    app.delete(
      '/assessment/rounds/:id/bonuses/:bonusId',
      {
        ...manage,
        schema: {
          tags,
          summary: '删除加分项',
          params: BonusParam,
          body: VersionBody,
          response: { 200: RoundViewSchema },
        },
      },
      async (request) =>
        s.assessment.rounds.removeBonus(request.params.id, request.params.bonusId, request.body, ctxOf(request)),
    );

    app.post(
      '/assessment/rounds/:id/bonuses/:bonusId/evidence',
      {
        ...manage,
        schema: {
          tags,
          summary: `上传加分项佐证文件(获奖证书、命名文件等;multipart 字段 file;pdf/jpg/png/docx/xlsx,每个不超过 ${formatBytes(maxBytes)};复核、发布后不能再增删)`,
          consumes: ['multipart/form-data'],
          params: BonusParam,
          response: { 200: BonusFileSchema },
        },
      },
      async (request) => {
        const file = await readUpload(request, maxBytes);
        return evidence.add(request.params.id, request.params.bonusId, file, ctxOf(request));
      },
    );

    app.get(
      '/assessment/evidence/:id',
      {
        ...manage,
        schema: { tags, summary: '下载加分项佐证文件(仅州质量办;总是作为附件下载)', params: IdParam },
      },
      async (request, reply) => sendAttachment(reply, await evidence.download(request.params.id, ctxOf(request))),
    );

    app.delete(
      '/assessment/evidence/:id',
      {
        ...manage,
        schema: { tags, summary: '删除加分项佐证文件(复核、发布前)', params: IdParam, response: { 200: Ok } },
      },
      async (request) => {
        await evidence.remove(request.params.id, ctxOf(request));
        return { ok: true as const };
      },
    );

    for (const [action, summary] of [
      ['score', '评分:按当前数据计算每个考核对象的得分'],
      ['review', '复核通过'],
      ['publish', '发布考核结果(公众可见)'],
    ] as const) {
      app.post(
        `/assessment/rounds/:id/${action}`,
        {
          ...manage,
          schema: { tags, summary, params: IdParam, body: VersionBody, response: { 200: RoundViewSchema } },
        },
        async (request) => s.assessment.rounds[action](request.params.id, request.body, ctxOf(request)),
      );
    }

    app.post(
      '/assessment/rounds/:id/return',
      {
        ...manage,
        schema: {
          tags,
          summary: '退回重新自评和评分(须说明原因)',
          params: IdParam,
          body: ReturnBody,
          response: { 200: RoundViewSchema },
        },
      },
      async (request) => s.assessment.rounds.returnRound(request.params.id, request.body, ctxOf(request)),
    );

    app.get(
      '/assessment/rounds/:id/result.xlsx',
      { ...read, schema: { tags, summary: '导出排名与得分明细(.xlsx)', params: IdParam } },
      async (request, reply) => {
        const { round, result } = await s.assessment.rounds.result(request.params.id, ctxOf(request));
        const bytes = await rankingWorkbook(round.title, result);
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachmentDisposition(`${round.title}.xlsx`, `assessment-${round.id}.xlsx`))
          .send(bytes);
      },
    );
  };
}
