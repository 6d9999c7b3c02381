// zod schemas of the disclosure API: the office's drafts and the public's published views.
import { z } from 'zod';

export const ReleaseKindSchema = z.enum(['indicators', 'sampling']);

export const ReleaseHeaderSchema = z.object({
  id: z.number(),
  kind: ReleaseKindSchema,
  title: z.string(),
  year: z.number(),
  period: z.string(),
  regionCode: z.string().nullable(),
  rowCount: z.number(),
  status: z.enum(['draft', 'published', 'withdrawn']),
  dataAsOf: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
});

const SamplingContentSchema = z.object({
  disclaimer: z.string(),
  result: z.enum(['failed', 'passed']),
  columns: z.array(z.object({ key: z.string(), header: z.string() })),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
});

const IndicatorContentSchema = z.object({
  regionName: z.string(),
  periodLabel: z.string(),
  dataThrough: z.string().nullable(),
  computedAt: z.string(),
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      unit: z.string(),
      target: z.string(),
      value: z.number().nullable(),
      numerator: z.number().nullable(),
      denominator: z.number().nullable(),
      status: z.string(),
      statusReason: z.string(),
      byRegion: z.array(z.object({ regionName: z.string(), value: z.number().nullable(), status: z.string() })),
    }),
  ),
});

export const ContentSchema = z.union([SamplingContentSchema, IndicatorContentSchema]);

export const ReleaseSchema = ReleaseHeaderSchema.extend({ params: z.unknown(), content: ContentSchema });

export const PublicHeaderSchema = z.object({
  id: z.number(),
  kind: ReleaseKindSchema,
  title: z.string(),
  year: z.number(),
  period: z.string(),
  regionCode: z.string().nullable(),
  rowCount: z.number(),
  dataAsOf: z.string(),
  publishedAt: z.string(),
});

export const PublicReleaseSchema = PublicHeaderSchema.extend({ content: ContentSchema });

export const SnapshotInputSchema = z.object({
  year: z.number().int().min(2000).max(2100).optional(),
  period: z.string().min(4).max(8),
  region: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  title: z.string().max(200).optional(),
});

export const SamplingInputSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/, '月份应为 2023-05 的格式'),
  result: z.enum(['failed', 'passed']),
  region: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  category: z.string().max(60).optional(),
  title: z.string().max(200).optional(),
});
