// zod schemas of the imports and records API, explicit at the edge.
import { z } from 'zod';
import { KIND_IDS } from '../../core/records/kind-spec.ts';
import { Paging } from '../shared/schemas.ts';

export const KindParam = z.object({ kind: z.enum(KIND_IDS) });

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const ImportQuery = z.object({
  dryRun: z
    .enum(['1', '0', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  date: IsoDate.optional(),
});

export const ProblemSchema = z.object({
  file: z.string(),
  row: z.number().optional(),
  column: z.string().optional(),
  message: z.string(),
  code: z.string().optional(),
});

export const JobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  file: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  phase: z.enum(['reading', 'writing', 'finished']),
  processed: z.number(),
  total: z.number().nullable(),
  result: z
    .object({
      inserted: z.number(),
      updated: z.number(),
      rows: z.number(),
      dryRun: z.boolean(),
      importId: z.number().nullable(),
      warnings: z.array(ProblemSchema),
      warningCount: z.number(),
    })
    .optional(),
  errors: z.array(ProblemSchema).optional(),
  errorCount: z.number().optional(),
  code: z.string().optional(),
  message: z.string().optional(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const ImportEntrySchema = z.object({
  id: z.number(),
  kind: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  rowCount: z.number(),
  inserted: z.number(),
  updated: z.number(),
  actorId: z.number().nullable(),
  actorName: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
});

export const KindInfoSchema = z.object({
  kind: z.string(),
  name: z.string(),
  description: z.string(),
  naturalKey: z.string(),
  fields: z.array(
    z.object({
      name: z.string(),
      header: z.string(),
      synonyms: z.array(z.string()),
      required: z.boolean(),
      description: z.string(),
    }),
  ),
});

export const HistoryQuery = Paging.extend({ kind: z.enum(KIND_IDS).optional() });

export const BrowseQuerySchema = Paging.extend({
  region: z
    .string()
    .regex(/^(\d{6}|none)$/, '地区应为六位代码,或 none 表示无法归属的记录')
    .optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  q: z.string().trim().max(100).optional(),
});
