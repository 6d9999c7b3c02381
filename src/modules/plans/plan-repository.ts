import type { Kysely } from 'kysely';
import type { Comparator } from '../../core/plan/types.ts';
import type { Database } from '../../db/schema.ts';

export interface PlanHeader {
  id: number;
  title: string;
  year: number | null;
  version: number;
  sourceName: string;
  sourceSha256: string;
  importedAt: string;
  importedBy: number | null;
  importedByName: string | null;
  taskCount: number;
  targetCount: number;
}

export interface StoredSection {
  id: number;
  seq: number;
  number: string;
  title: string;
  level: number;
  path: string;
  text: string;
  start: number | null;
  end: number | null;
}

export interface StoredTask {
  id: number;
  seq: number;
  sectionPath: string;
  title: string;
  text: string;
  start: number | null;
  end: number | null;
  lead: string[];
  responsible: string[];
}

export interface StoredTarget {
  id: number;
  seq: number;
  text: string;
  indicator: string;
  comparator: Comparator;
  value: number;
  unit: string;
  year: number | null;
  sectionPath: string;
  taskId: number | null;
  start: number | null;
  end: number | null;
}

export interface PlanContent {
  header: PlanHeader;
  sourceText: string;
  warnings: { code: string; message: string }[];
  sections: StoredSection[];
  tasks: StoredTask[];
  targets: StoredTarget[];
}

export interface NewPlan {
  title: string;
  year: number | null;
  sourceName: string;
  sourceSha256: string;
  sourceText: string;
  warnings: { code: string; message: string }[];
  importedAt: string;
  importedBy: number | null;
  sections: Omit<StoredSection, 'id'>[];
  tasks: Omit<StoredTask, 'id'>[];
  /** taskSeq refers to the seq of a task in `tasks`. */
  targets: (Omit<StoredTarget, 'id' | 'taskId'> & { taskSeq: number | null })[];
}

export function planRepository(db: Kysely<Database>) {
  async function headers(planId?: number): Promise<PlanHeader[]> {
    const rows = await db
      .selectFrom('plans as p')
      .leftJoin('users as u', 'u.id', 'p.imported_by')
      .select([
        'p.id',
        'p.title',
        'p.year',
        'p.version',
        'p.source_name',
        'p.source_sha256',
        'p.imported_at',
        'p.imported_by',
        'u.display_name as importer',
        (eb) =>
          eb
            .selectFrom('plan_tasks as t')
            .whereRef('t.plan_id', '=', 'p.id')
            .select((e) => e.fn.countAll<number>().as('n'))
            .as('task_count'),
        (eb) =>
          eb
            .selectFrom('plan_targets as g')
            .whereRef('g.plan_id', '=', 'p.id')
            .select((e) => e.fn.countAll<number>().as('n'))
            .as('target_count'),
      ])
      .$if(planId !== undefined, (q) => q.where('p.id', '=', planId as number))
      .orderBy('p.version', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      year: r.year,
      version: r.version,
      sourceName: r.source_name,
      sourceSha256: r.source_sha256,
      importedAt: r.imported_at,
      importedBy: r.imported_by,
      importedByName: r.importer ?? null,
      taskCount: Number(r.task_count ?? 0),
      targetCount: Number(r.target_count ?? 0),
    }));
  }

  return {
    listHeaders: () => headers(),

    async latestId(): Promise<number | null> {
      const r = await db.selectFrom('plans').select('id').orderBy('version', 'desc').limit(1).executeTakeFirst();
      return r?.id ?? null;
    },

    async planOfTask(taskId: number): Promise<number | null> {
      const r = await db.selectFrom('plan_tasks').select('plan_id').where('id', '=', taskId).executeTakeFirst();
      return r?.plan_id ?? null;
    },

    async nextVersion(): Promise<number> {
      const r = await db
        .selectFrom('plans')
        .select((eb) => eb.fn.max('version').as('v'))
        .executeTakeFirst();
      return Number(r?.v ?? 0) + 1;
    },

    async load(planId: number): Promise<PlanContent | null> {
      const [header] = await headers(planId);
      if (!header) return null;
      const [plan, sections, tasks, units, targets] = await Promise.all([
        db
          .selectFrom('plans')
          .select(['source_text', 'warnings_json'])
          .where('id', '=', planId)
          .executeTakeFirstOrThrow(),
        db.selectFrom('plan_sections').selectAll().where('plan_id', '=', planId).orderBy('seq').execute(),
        db.selectFrom('plan_tasks').selectAll().where('plan_id', '=', planId).orderBy('seq').execute(),
        db.selectFrom('plan_task_units').selectAll().where('plan_id', '=', planId).orderBy('seq').execute(),
        db.selectFrom('plan_targets').selectAll().where('plan_id', '=', planId).orderBy('seq').execute(),
      ]);
      return {
        header,
        sourceText: plan.source_text,
        warnings: JSON.parse(plan.warnings_json),
        sections: sections.map((s) => ({
          id: s.id,
          seq: s.seq,
          number: s.number,
          title: s.title,
          level: s.level,
          path: s.path,
          text: s.text,
          start: s.start_offset,
          end: s.end_offset,
        })),
        tasks: tasks.map((t) => ({
          id: t.id,
          seq: t.seq,
          sectionPath: t.section_path,
          title: t.title,
          text: t.text,
          start: t.start_offset,
          end: t.end_offset,
          lead: units.filter((u) => u.task_id === t.id && u.role === 'lead').map((u) => u.name),
          responsible: units.filter((u) => u.task_id === t.id && u.role === 'responsible').map((u) => u.name),
        })),
        targets: targets.map((g) => ({
          id: g.id,
          seq: g.seq,
          text: g.text,
          indicator: g.indicator,
          comparator: g.comparator as Comparator,
          value: Number(g.value),
          unit: g.unit,
          year: g.year,
          sectionPath: g.section_path,
          taskId: g.task_id,
          start: g.start_offset,
          end: g.end_offset,
        })),
      };
    },

    /** Inserts a whole plan as the next version; call inside a transaction. */
    async insert(p: NewPlan, version: number): Promise<number> {
      const { id: planId } = await db
        .insertInto('plans')
        .values({
          title: p.title,
          year: p.year,
          version,
          source_name: p.sourceName,
          source_sha256: p.sourceSha256,
          source_text: p.sourceText,
          warnings_json: JSON.stringify(p.warnings),
          imported_at: p.importedAt,
          imported_by: p.importedBy,
        })
        .returning('id')
        .executeTakeFirstOrThrow();

      if (p.sections.length > 0) {
        await db
          .insertInto('plan_sections')
          .values(
            p.sections.map((s) => ({
              plan_id: planId,
              seq: s.seq,
              number: s.number,
              title: s.title,
              level: s.level,
              path: s.path,
              text: s.text,
              start_offset: s.start,
              end_offset: s.end,
            })),
          )
          .execute();
      }

      const taskIds = new Map<number, number>();
      for (const t of p.tasks) {
        const { id } = await db
          .insertInto('plan_tasks')
          .values({
            plan_id: planId,
            seq: t.seq,
            section_path: t.sectionPath,
            title: t.title,
            text: t.text,
            start_offset: t.start,
            end_offset: t.end,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        taskIds.set(t.seq, id);
        const units = [
          ...t.lead.map((name) => ({ role: 'lead', name })),
          ...t.responsible.map((name) => ({ role: 'responsible', name })),
        ];
        if (units.length > 0) {
          await db
            .insertInto('plan_task_units')
            .values(units.map((u, i) => ({ plan_id: planId, task_id: id, role: u.role, seq: i, name: u.name })))
            .execute();
        }
      }

      if (p.targets.length > 0) {
        await db
          .insertInto('plan_targets')
          .values(
            p.targets.map((g) => ({
              plan_id: planId,
              seq: g.seq,
              text: g.text,
              indicator: g.indicator,
              comparator: g.comparator,
              value: g.value,
              unit: g.unit,
              year: g.year,
              section_path: g.sectionPath,
              task_id: g.taskSeq === null ? null : (taskIds.get(g.taskSeq) ?? null),
              start_offset: g.start,
              end_offset: g.end,
            })),
          )
          .execute();
      }
      return planId;
    },
  };
}

export type PlanRepository = ReturnType<typeof planRepository>;
