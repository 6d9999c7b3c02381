// One click per report: the .docx, or every table of it as .xlsx. Only the 州质量办 generates
// reports (reports.generate); the service reads the indicator values at the moment of the request.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf, requirePermission } from '../../server/session.ts';
import type { Services } from '../services.ts';
import { attachmentDisposition, XLSX_TYPE } from '../shared/file-transfer.ts';
import type { GeneratedReport, ReportFormat } from './reports-service.ts';

const TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: XLSX_TYPE,
};

const Year = z.coerce.number().int().min(2000).max(2100);
const Format = z.object({ format: z.enum(['docx', 'xlsx']) });

export function reportsRoutes(s: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const gen = { preHandler: requirePermission('reports.generate') };
    const tags = ['reports'];
    const send = (format: ReportFormat, r: GeneratedReport, fallback: string) => ({
      type: TYPES[format],
      disposition: attachmentDisposition(r.fileName, `${fallback}.${format}`),
      computedAt: r.computedAt,
    });

    app.get(
      '/reports/quarterly.:format',
      {
        ...gen,
        schema: {
          tags,
          summary: '季度进展报告(.docx,GB/T 9704 版式)或其全部表格(.xlsx)',
          params: Format,
          querystring: z.object({ year: Year, quarter: z.coerce.number().int().min(1).max(4) }),
        },
      },
      async (request, reply) => {
        const { format } = request.params;
        const r = await s.reports.quarterly(request.query, format, ctxOf(request));
        const h = send(format, r, `quarterly-${request.query.year}-Q${request.query.quarter}`);
        return reply
          .type(h.type)
          .header('content-disposition', h.disposition)
          .header('x-data-computed-at', h.computedAt)
          .send(r.bytes);
      },
    );

    app.get(
      '/reports/annual.:format',
      {
        ...gen,
        schema: {
          tags,
          summary: '年度考核报告(.docx)或其全部表格(.xlsx)',
          params: Format,
          querystring: z.object({ year: Year, roundId: z.coerce.number().int().positive().optional() }),
        },
      },
      async (request, reply) => {
        const { format } = request.params;
        const r = await s.reports.annual(request.query, format, ctxOf(request));
        const h = send(format, r, `annual-${request.query.year}`);
        return reply
          .type(h.type)
          .header('content-disposition', h.disposition)
          .header('x-data-computed-at', h.computedAt)
          .send(r.bytes);
      },
    );
  };
}
