import { z } from 'zod';

export const UnitRefSchema = z.object({
  name: z.string(),
  unitId: z.number().nullable(),
  groupOf: z.array(z.object({ name: z.string(), unitId: z.number() })).optional(),
});

export const TaskSummarySchema = z.object({
  id: z.number(),
  seq: z.number(),
  sectionPath: z.string(),
  sectionTitle: z.string(),
  title: z.string(),
  lead: z.array(UnitRefSchema),
  responsible: z.array(UnitRefSchema),
});

export const TargetSchema = z.object({
  id: z.number(),
  seq: z.number(),
  text: z.string(),
  indicator: z.string(),
  comparator: z.enum(['>=', '<=', '=', 'increase', 'decrease']),
  value: z.number(),
  unit: z.string(),
  year: z.number().nullable(),
  sectionPath: z.string(),
  taskId: z.number().nullable(),
  start: z.number().nullable(),
  end: z.number().nullable(),
});

export const SectionSchema = z.object({
  id: z.number(),
  seq: z.number(),
  number: z.string(),
  title: z.string(),
  level: z.number(),
  path: z.string(),
  text: z.string(),
  start: z.number().nullable(),
  end: z.number().nullable(),
});

const Warning = z.object({ code: z.string(), message: z.string() });

export const PlanDetailSchema = z.object({
  id: z.number(),
  title: z.string(),
  year: z.number().nullable(),
  version: z.number(),
  sourceName: z.string(),
  importedAt: z.string(),
  sourceText: z.string(),
  sections: z.array(SectionSchema),
  tasks: z.array(TaskSummarySchema),
  targets: z.array(TargetSchema),
  unmatchedUnits: z.array(z.object({ name: z.string() })),
  warnings: z.array(Warning),
});

export const PlanHeaderSchema = z.object({
  id: z.number(),
  title: z.string(),
  year: z.number().nullable(),
  version: z.number(),
  sourceName: z.string(),
  importedAt: z.string(),
  importedBy: z.string().nullable(),
  current: z.boolean(),
  taskCount: z.number(),
  targetCount: z.number(),
});

export const ImportResultSchema = z.object({
  plan: z.object({ id: z.number(), version: z.number(), title: z.string() }),
  unmatchedUnits: z.array(z.object({ name: z.string(), kind: z.string() })),
  warnings: z.array(Warning),
});
