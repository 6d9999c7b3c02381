import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { nowIso } from '../shared/clock.ts';

export interface AuditEntry {
  actorId: number | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

export interface AuditRow {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export interface AuditQuery {
  page: number;
  pageSize: number;
  actor?: string;
  action?: string;
  entity?: string;
}

// Secrets never reach the log, whatever a caller passes in before/after.
const SECRET_KEYS = new Set([
  'password',
  'password_hash',
  'passwordHash',
  'initialPassword',
  'newPassword',
  'oldPassword',
]);

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEYS.has(k) ? '***' : redact(v)]),
    );
  }
  return value;
}

function toJson(v: unknown): string | null {
  return v === undefined || v === null ? null : JSON.stringify(redact(v));
}

export function auditRepository(db: Kysely<Database>) {
  return {
    async record(e: AuditEntry): Promise<void> {
      await db
        .insertInto('audit_log')
        .values({
          at: nowIso(),
          actor_id: e.actorId,
          actor_name: e.actorName,
          action: e.action,
          entity: e.entity,
          entity_id: e.entityId === null ? null : String(e.entityId),
          before_json: toJson(e.before),
          after_json: toJson(e.after),
          ip: e.ip ?? null,
        })
        .execute();
    },

    async list(q: AuditQuery): Promise<{ items: AuditRow[]; total: number }> {
      let base = db.selectFrom('audit_log');
      if (q.actor) base = base.where('actor_name', 'like', `%${q.actor}%`);
      if (q.action) base = base.where('action', '=', q.action);
      if (q.entity) base = base.where('entity', '=', q.entity);
      const [{ total }] = (await base.select((eb) => eb.fn.countAll<number>().as('total')).execute()) as [
        { total: number },
      ];
      const rows = await base
        .selectAll()
        .orderBy('id', 'desc')
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute();
      return {
        total: Number(total),
        items: rows.map((r) => ({
          id: r.id,
          at: r.at,
          actorId: r.actor_id,
          actorName: r.actor_name,
          action: r.action,
          entity: r.entity,
          entityId: r.entity_id,
          before: r.before_json ? JSON.parse(r.before_json) : null,
          after: r.after_json ? JSON.parse(r.after_json) : null,
          ip: r.ip,
        })),
      };
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;
