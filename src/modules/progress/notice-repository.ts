// 督办单: issued by the 州质量办 to a unit about a task (and optionally a period), acknowledged
// by the unit with a reply. Acknowledging is a compare-and-set on the status, so two people of
// the same unit acknowledging at once cannot overwrite each other's reply.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ProgressNoticeTable } from '../../db/schema-progress.ts';

export type NoticeStatus = 'open' | 'acknowledged';

export interface NoticeRow {
  id: number;
  planId: number;
  taskId: number;
  unitId: number;
  period: string | null;
  content: string;
  dueDate: string | null;
  status: NoticeStatus;
  issuedAt: string;
  issuedBy: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  reply: string | null;
}

function toNotice(r: Selectable<ProgressNoticeTable>): NoticeRow {
  return {
    id: r.id,
    planId: r.plan_id,
    taskId: r.task_id,
    unitId: r.unit_id,
    period: r.period,
    content: r.content,
    dueDate: r.due_date,
    status: r.status as NoticeStatus,
    issuedAt: r.issued_at,
    issuedBy: r.issued_by_name,
    acknowledgedAt: r.acknowledged_at,
    acknowledgedBy: r.acknowledged_by_name,
    reply: r.reply,
  };
}

export function noticeRepository(db: Kysely<Database>) {
  return {
    async find(id: number): Promise<NoticeRow | null> {
      const r = await db.selectFrom('progress_notices').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toNotice(r) : null;
    },

    async list(f: { planId: number; unitIds?: readonly number[]; status?: NoticeStatus }): Promise<NoticeRow[]> {
      if (f.unitIds && f.unitIds.length === 0) return [];
      const rows = await db
        .selectFrom('progress_notices')
        .selectAll()
        .where('plan_id', '=', f.planId)
        .$if(f.unitIds !== undefined, (q) => q.where('unit_id', 'in', f.unitIds as number[]))
        .$if(f.status !== undefined, (q) => q.where('status', '=', f.status as string))
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toNotice);
    },

    async insert(n: {
      planId: number;
      taskId: number;
      unitId: number;
      period: string | null;
      content: string;
      dueDate: string | null;
      issuedAt: string;
      issuedBy: number | null;
      issuedByName: string;
    }): Promise<number> {
      const { id } = await db
        .insertInto('progress_notices')
        .values({
          plan_id: n.planId,
          task_id: n.taskId,
          unit_id: n.unitId,
          period: n.period,
          content: n.content,
          due_date: n.dueDate,
          status: 'open',
          issued_at: n.issuedAt,
          issued_by: n.issuedBy,
          issued_by_name: n.issuedByName,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return id;
    },

    /** False when the notice was already acknowledged. */
    async acknowledge(id: number, a: { at: string; by: string; reply: string }): Promise<boolean> {
      const res = await db
        .updateTable('progress_notices')
        .set({ status: 'acknowledged', acknowledged_at: a.at, acknowledged_by_name: a.by, reply: a.reply })
        .where('id', '=', id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },
  };
}

export type NoticeRepository = ReturnType<typeof noticeRepository>;
