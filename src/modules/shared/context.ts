import type { Actor } from '../../core/access/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';

/** Who is acting and from where; every service call that writes takes one, for the audit log. */
export interface Ctx {
  actor: Actor | null;
  ip: string | null;
}

export const SYSTEM_CTX: Ctx = {
  actor: { id: 0, name: '系统', role: 'admin', unitId: null, regionCode: null },
  ip: null,
};

export function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw new AppError('AUTH_REQUIRED');
  return ctx.actor;
}

/** Audit fields for an actor; the built-in system actor has no user row. */
export function auditActor(ctx: Ctx): { actorId: number | null; actorName: string; ip: string | null } {
  const a = ctx.actor;
  return { actorId: a && a.id > 0 ? a.id : null, actorName: a?.name ?? '匿名', ip: ctx.ip };
}
