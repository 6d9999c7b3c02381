// 核查处置 over HTTP. Reads need disposal.read, changes disposal.manage; a county user sees and
// acts on its own county's cases only (checked in the service).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ACTION_KINDS, DisposalConfigSchema } from '../../core/disposal/disposal-rules.ts';
import { DEFAULT_MAX_EVIDENCE_BYTES, formatBytes } from '../../core/progress/evidence-types.ts';
import { ctxOf, requirePermission } from '../../server/session.ts';
import type { Services } from '../services.ts';
import { evidenceFiles } from '../shared/evidence-files.ts';
import { readUpload, sendAttachment } from '../shared/file-transfer.ts';
import { IdParam, Ok } from '../shared/schemas.ts';
import { disposalEvidence } from './disposal-evidence.ts';

const ActionSchema = z.object({
  id: z.number(),
  caseId: z.number(),
  seq: z.number(),
  kind: z.string(),
  required: z.boolean(),
  dueAt: z.string(),
  doneAt: z.string().nullable(),
  doneBy: z.string().nullable(),
  evidenceText: z.string().nullable(),
  evidenceFile: z.string().nullable(),
  overdue: z.boolean(),
});

const CaseSummarySchema = z.object({
  id: z.number(),
  origin: z.string(),
  sampleId: z.number().nullable(),
  incidentId: z.number().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  title: z.string(),
  producerCreditCode: z.string().nullable(),
  producerName: z.string().nullable(),
  productName: z.string().nullable(),
  batch: z.string().nullable(),
  lotId: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  closeOutcome: z.string().nullable(),
  closeEvidence: z.string().nullable(),
  overdue: z.boolean(),
  actionsDone: z.number(),
  actionsTotal: z.number(),
  nextDueAt: z.string().nullable(),
});

const OutletSchema = z.object({
  party: z.string(),
  name: z.string().nullable(),
  regionCode: z.string().nullable(),
  address: z.string().nullable(),
  lotId: z.string(),
  quantity: z.number().nullable(),
  uom: z.string().nullable(),
  firstTime: z.string(),
  passedOn: z.boolean(),
});

const EvidenceSchema = z.object({
  id: z.number(),
  caseId: z.number(),
  actionId: z.number().nullable(),
  fileName: z.string(),
  kind: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
});

const CaseDetailSchema = CaseSummarySchema.extend({
  actions: z.array(ActionSchema),
  sample: z.record(z.string(), z.unknown()).nullable(),
  tracedLotId: z.string().nullable(),
  outlets: z.array(OutletSchema),
  producerEnterpriseId: z.number().nullable(),
  sampledUnitEnterpriseId: z.number().nullable(),
  evidence: z.array(EvidenceSchema),
});

const CountsSchema = z.object({ open: z.number(), overdue: z.number(), closed: z.number() });

const Flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');
const Year = z.coerce.number().int().min(2000).max(2100);
const Region = z.string().regex(/^\d{6}$/, '地区代码应为六位数字');

export function disposalRoutes(
  s: Services,
  opts: { evidenceDir: string; maxEvidenceBytes?: number },
): FastifyPluginAsyncZod {
  const maxBytes = opts.maxEvidenceBytes ?? DEFAULT_MAX_EVIDENCE_BYTES;
  const evidence = disposalEvidence(s.store, s.disposal, evidenceFiles(opts.evidenceDir), maxBytes);
  return async (app) => {
    const tags = ['disposal'];
    const read = { preHandler: requirePermission('disposal.read') };
    const manage = { preHandler: requirePermission('disposal.manage') };

    app.get(
      '/disposal/cases',
      {
        ...read,
        schema: {
          tags,
          summary: '核查处置案件(status=open|closed,overdue=1 仅逾期)',
          querystring: z.object({
            status: z.enum(['open', 'closed']).optional(),
            overdue: Flag.optional(),
            region: Region.optional(),
            year: Year.optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(20),
          }),
          response: { 200: z.object({ items: z.array(CaseSummarySchema), total: z.number() }) },
        },
      },
      async (request) => s.disposal.list(request.query, ctxOf(request)),
    );

    app.post(
      '/disposal/cases',
      {
        ...manage,
        schema: {
          tags,
          summary: '按不合格食品抽检记录开立案件(已开立的返回原案件)',
          body: z.object({ sampleId: z.number().int().positive() }),
          response: { 200: CaseDetailSchema },
        },
      },
      async (request) => s.disposal.openForSample(request.body.sampleId, ctxOf(request)),
    );

    app.post(
      '/disposal/sync',
      {
        ...manage,
        schema: {
          tags,
          summary: '为尚无案件的不合格抽检记录开立案件',
          response: { 200: z.object({ opened: z.number() }) },
        },
      },
      async (request) => s.disposal.sync(ctxOf(request)),
    );

    app.get(
      '/disposal/cases/:id',
      {
        ...read,
        schema: {
          tags,
          summary: '案件详情:抽检记录、流向门店与数量、处置措施',
          params: IdParam,
          response: { 200: CaseDetailSchema },
        },
      },
      async (request) => s.disposal.get(request.params.id, ctxOf(request)),
    );

    app.post(
      '/disposal/cases/:id/actions/:actionId/complete',
      {
        ...manage,
        schema: {
          tags,
          summary: '登记处置措施完成及证据',
          params: z.object({ id: z.coerce.number().int().positive(), actionId: z.coerce.number().int().positive() }),
          body: z.object({
            evidenceText: z.string().trim().min(2, '请填写完成情况及证据').max(2000),
            evidenceFile: z.string().trim().max(500).nullable().optional(),
          }),
          response: { 200: CaseDetailSchema },
        },
      },
      async (request) =>
        s.disposal.completeAction(request.params.id, request.params.actionId, request.body, ctxOf(request)),
    );

    app.post(
      '/disposal/cases/:id/close',
      {
        ...manage,
        schema: {
          tags,
          summary: '结案(必需措施全部完成后),处置结果记入企业信用记录',
          params: IdParam,
          body: z.object({
            outcome: z.string().trim().min(2, '请填写处置结果').max(200),
            evidence: z.string().trim().min(2, '请填写结案证据').max(2000),
          }),
          response: { 200: CaseDetailSchema },
        },
      },
      async (request) => s.disposal.close(request.params.id, request.body, ctxOf(request)),
    );

    app.post(
      '/disposal/cases/:id/evidence',
      {
        ...manage,
        schema: {
          tags,
          summary: `上传处置证据文件(multipart 字段 file;actionId 指定措施,不指定为结案证据;pdf/jpg/png/docx/xlsx,每个不超过 ${formatBytes(maxBytes)})`,
          consumes: ['multipart/form-data'],
          params: IdParam,
          querystring: z.object({ actionId: z.coerce.number().int().positive().optional() }),
          response: { 200: EvidenceSchema },
        },
      },
      async (request) => {
        const file = await readUpload(request, maxBytes);
        return evidence.add(request.params.id, request.query.actionId ?? null, file, ctxOf(request));
      },
    );

    app.get(
      '/disposal/evidence/:id',
      { ...read, schema: { tags, summary: '下载处置证据文件(总是作为附件下载)', params: IdParam } },
      async (request, reply) => sendAttachment(reply, await evidence.download(request.params.id, ctxOf(request))),
    );

    app.delete(
      '/disposal/evidence/:id',
      { ...manage, schema: { tags, summary: '删除在办案件的证据文件', params: IdParam, response: { 200: Ok } } },
      async (request) => {
        await evidence.remove(request.params.id, ctxOf(request));
        return { ok: true as const };
      },
    );

    app.get(
      '/disposal/summary',
      {
        ...read,
        schema: {
          tags,
          summary: '各县市案件数:在办、逾期、已结案(驾驶舱与考核用)',
          querystring: z.object({ year: Year.optional(), region: Region.optional() }),
          response: {
            200: z.object({
              year: z.number().nullable(),
              asOf: z.string(),
              items: z.array(CountsSchema.extend({ regionCode: z.string().nullable(), regionName: z.string() })),
              total: CountsSchema,
            }),
          },
        },
      },
      async (request) => s.disposal.summary(request.query, ctxOf(request)),
    );

    app.get(
      '/disposal/config',
      {
        ...read,
        schema: { tags, summary: '处置措施及期限(开立案件后的天数)', response: { 200: DisposalConfigSchema } },
      },
      async () => s.disposal.config(),
    );

    app.put(
      '/disposal/config',
      {
        preHandler: requirePermission('supervision.configure'),
        schema: {
          tags,
          summary: `修改处置措施及期限(措施:${ACTION_KINDS.join('、')})`,
          body: DisposalConfigSchema,
          response: { 200: DisposalConfigSchema },
        },
      },
      async (request) => s.disposal.setConfig(request.body, ctxOf(request)),
    );
  };
}
