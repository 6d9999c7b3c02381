// The per-plan reporting schedule and the task–target link changes made by the 州质量办.
import type { Kysely } from 'kysely';
import type { Frequency, ProgressSchedule } from '../../core/progress/periods.ts';
import type { LinkOverride } from '../../core/progress/target-links.ts';
import type { Database } from '../../db/schema.ts';

export interface StoredSchedule extends ProgressSchedule {
  updatedAt: string;
}

export function scheduleRepository(db: Kysely<Database>) {
  return {
    async get(planId: number): Promise<StoredSchedule | null> {
      const r = await db.selectFrom('progress_settings').selectAll().where('plan_id', '=', planId).executeTakeFirst();
      if (!r) return null;
      return {
        frequency: r.frequency as Frequency,
        year: r.year,
        startMonth: r.start_month,
        dueDay: r.due_day,
        warnDays: r.warn_days,
        dueOverrides: JSON.parse(r.due_overrides_json),
        updatedAt: r.updated_at,
      };
    },

    async save(planId: number, s: ProgressSchedule, now: string, by: number | null): Promise<void> {
      const values = {
        frequency: s.frequency,
        year: s.year,
        start_month: s.startMonth,
        due_day: s.dueDay,
        warn_days: s.warnDays,
        due_overrides_json: JSON.stringify(s.dueOverrides),
        updated_at: now,
        updated_by: by,
      };
      const existing = await db
        .selectFrom('progress_settings')
        .select('plan_id')
        .where('plan_id', '=', planId)
        .executeTakeFirst();
      if (existing) await db.updateTable('progress_settings').set(values).where('plan_id', '=', planId).execute();
      else
        await db
          .insertInto('progress_settings')
          .values({ plan_id: planId, ...values })
          .execute();
    },

    async linkOverrides(planId: number): Promise<LinkOverride[]> {
      const rows = await db
        .selectFrom('progress_target_links')
        .select(['task_id', 'target_id', 'linked'])
        .where('plan_id', '=', planId)
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ taskId: r.task_id, targetId: r.target_id, linked: r.linked === 1 }));
    },

    async replaceLinkOverrides(planId: number, taskId: number, overrides: readonly LinkOverride[], now: string) {
      await db.deleteFrom('progress_target_links').where('task_id', '=', taskId).execute();
      if (overrides.length === 0) return;
      await db
        .insertInto('progress_target_links')
        .values(
          overrides.map((o) => ({
            plan_id: planId,
            task_id: taskId,
            target_id: o.targetId,
            linked: o.linked ? 1 : 0,
            updated_at: now,
          })),
        )
        .execute();
    },

    async planOfTarget(targetId: number): Promise<number | null> {
      const r = await db.selectFrom('plan_targets').select('plan_id').where('id', '=', targetId).executeTakeFirst();
      return r?.plan_id ?? null;
    },
  };
}

export type ScheduleRepository = ReturnType<typeof scheduleRepository>;
