// zod schemas of the progress API: request bodies and every response, so they appear in OpenAPI.
import { z } from 'zod';
import { REPORT_STATUSES } from '../../core/progress/report-workflow.ts';

const Colour = z.enum(['green', 'yellow', 'red']);
const Status = z.enum(REPORT_STATUSES);
const Role = z.enum(['lead', 'responsible']);
const Date10 = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
export const PeriodKey = z.string().regex(/^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/, '周期格式应为 2023-Q1 或 2023-07');
const Version = z.number().int().positive();

export const PlanIdQuery = z.object({ planId: z.coerce.number().int().positive().optional() });

export const PeriodSchema = z.object({
  key: z.string(),
  label: z.string(),
  start: z.string(),
  end: z.string(),
  due: z.string(),
});

export const ScheduleSchema = z.object({
  planId: z.number(),
  planTitle: z.string(),
  planYear: z.number().nullable(),
  saved: z.boolean(),
  frequency: z.enum(['monthly', 'quarterly']),
  year: z.number(),
  startMonth: z.number(),
  dueDay: z.number(),
  warnDays: z.number(),
  dueOverrides: z.record(z.string(), z.string()),
  periods: z.array(PeriodSchema),
  today: z.string(),
  periodsInUse: z.array(z.string()),
});

export const ScheduleBody = z.object({
  planId: z.number().int().positive().optional(),
  frequency: z.enum(['monthly', 'quarterly']),
  year: z.number().int().min(2000).max(2100),
  startMonth: z.number().int().min(1).max(12).default(1),
  dueDay: z.number().int().min(1).max(28),
  warnDays: z.number().int().min(0).max(60),
  dueOverrides: z.record(PeriodKey, Date10).optional(),
});

const Deadline = { colour: Colour, daysLeft: z.number(), late: z.boolean() };

export const ReportSummarySchema = z.object({
  id: z.number(),
  planId: z.number(),
  taskId: z.number(),
  taskSeq: z.number(),
  taskTitle: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  role: Role,
  period: z.string(),
  periodLabel: z.string(),
  dueDate: z.string(),
  status: Status,
  version: z.number(),
  revision: z.number(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  returnReason: z.string().nullable(),
  ...Deadline,
});

export const EvidenceSchema = z.object({
  id: z.number(),
  fileName: z.string(),
  kind: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
  url: z.string(),
});

const ValueSchema = z.object({ targetId: z.number(), value: z.number().nullable(), note: z.string().nullable() });

export const RevisionSchema = z.object({
  id: z.number(),
  revision: z.number(),
  status: Status,
  text: z.string(),
  values: z.array(ValueSchema),
  evidence: z.array(EvidenceSchema),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewComment: z.string().nullable(),
});

export const LinkedTargetSchema = z.object({
  id: z.number(),
  seq: z.number(),
  indicator: z.string(),
  text: z.string(),
  comparator: z.string(),
  value: z.number(),
  unit: z.string(),
  source: z.enum(['default', 'inferred', 'manual']),
});

export const ReportDetailSchema = ReportSummarySchema.extend({
  targets: z.array(LinkedTargetSchema),
  current: RevisionSchema,
  history: z.array(RevisionSchema),
  can: z.object({
    edit: z.boolean(),
    revise: z.boolean(),
    submit: z.boolean(),
    review: z.boolean(),
    consolidate: z.boolean(),
  }),
});

const ValueInput = z.object({
  targetId: z.number().int().positive(),
  value: z.number().finite().nullable(),
  note: z.string().max(500).nullable().optional(),
});
const ReportText = z.string().max(20_000, '工作进展不能超过 20000 字');

export const ReportCreateBody = z.object({
  taskId: z.number().int().positive(),
  period: PeriodKey,
  unitId: z.number().int().positive().optional(),
  text: ReportText.optional(),
  values: z.array(ValueInput).max(100).optional(),
});

export const ReportUpdateBody = z.object({
  version: Version,
  text: ReportText,
  values: z.array(ValueInput).max(100).optional(),
});

export const VersionBody = z.object({ version: Version });
export const ReturnBody = z.object({
  version: Version,
  reason: z.string().trim().min(2, '请填写退回原因(至少 2 个字)').max(1000),
});
export const AcceptBody = z.object({ version: Version, comment: z.string().trim().max(1000).optional() });

export const ReportListQuery = z.object({
  planId: z.coerce.number().int().positive().optional(),
  status: Status.optional(),
  period: PeriodKey.optional(),
  taskId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});

const ReportRef = z
  .object({
    id: z.number(),
    status: Status,
    version: z.number(),
    revision: z.number(),
    submittedAt: z.string().nullable(),
    returnReason: z.string().nullable(),
  })
  .nullable();

export const ObligationSchema = z.object({
  taskId: z.number(),
  taskSeq: z.number(),
  taskTitle: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  role: Role,
  period: z.string(),
  periodLabel: z.string(),
  dueDate: z.string(),
  ...Deadline,
  report: ReportRef,
});

export const MySchema = z.object({
  asOf: z.string(),
  planId: z.number(),
  units: z.array(z.object({ id: z.number(), name: z.string() })),
  periods: z.array(PeriodSchema),
  openNotices: z.number(),
  items: z.array(ObligationSchema),
});

export const OverdueSchema = z.object({
  asOf: z.string(),
  planId: z.number(),
  total: z.number(),
  units: z.array(
    z.object({ unitId: z.number(), unitName: z.string(), count: z.number(), items: z.array(ObligationSchema) }),
  ),
});

export const ConsolidationSchema = z.object({
  task: z.object({ id: z.number(), title: z.string() }),
  period: PeriodSchema,
  leadUnits: z.array(z.object({ id: z.number(), name: z.string() })),
  targets: z.array(LinkedTargetSchema),
  items: z.array(
    z.object({
      unitId: z.number(),
      unitName: z.string(),
      ...Deadline,
      report: ReportSummarySchema.nullable(),
      latest: RevisionSchema.nullable(),
    }),
  ),
});

export const NoticeSchema = z.object({
  id: z.number(),
  planId: z.number(),
  taskId: z.number(),
  taskTitle: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  period: z.string().nullable(),
  periodLabel: z.string().nullable(),
  content: z.string(),
  dueDate: z.string().nullable(),
  status: z.enum(['open', 'acknowledged']),
  overdue: z.boolean(),
  issuedAt: z.string(),
  issuedBy: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  reply: z.string().nullable(),
});

export const NoticeBody = z.object({
  taskId: z.number().int().positive(),
  unitId: z.number().int().positive(),
  period: PeriodKey.nullable().optional(),
  content: z.string().trim().min(2, '请填写督办内容').max(2000),
  dueDate: Date10.nullable().optional(),
});

export const NoticeQuery = PlanIdQuery.extend({ status: z.enum(['open', 'acknowledged']).optional() });
export const AcknowledgeBody = z.object({ reply: z.string().trim().min(2, '请填写回复(至少 2 个字)').max(2000) });

export const TargetLinksSchema = z.object({
  planId: z.number(),
  targets: z.array(
    z.object({
      id: z.number(),
      seq: z.number(),
      indicator: z.string(),
      text: z.string(),
      comparator: z.string(),
      value: z.number(),
      unit: z.string(),
      sectionPath: z.string(),
      taskId: z.number().nullable(),
    }),
  ),
  tasks: z.array(
    z.object({ taskId: z.number(), taskSeq: z.number(), taskTitle: z.string(), targets: z.array(LinkedTargetSchema) }),
  ),
});

export const TaskLinksSchema = z.object({
  taskId: z.number(),
  taskTitle: z.string(),
  targets: z.array(LinkedTargetSchema),
});

export const TargetTasksSchema = z.object({
  target: z.object({
    id: z.number(),
    indicator: z.string(),
    text: z.string(),
    comparator: z.string(),
    value: z.number(),
    unit: z.string(),
    taskId: z.number().nullable(),
  }),
  period: PeriodSchema.nullable(),
  tasks: z.array(
    z.object({
      taskId: z.number(),
      taskSeq: z.number(),
      taskTitle: z.string(),
      source: z.enum(['default', 'inferred', 'manual']),
      units: z.array(
        z.object({
          unitId: z.number(),
          unitName: z.string(),
          role: Role,
          reportId: z.number().nullable(),
          status: Status.nullable(),
          colour: Colour.nullable(),
          daysLeft: z.number().nullable(),
          reportedValue: z.number().nullable(),
        }),
      ),
    }),
  ),
});
