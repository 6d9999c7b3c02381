// Login with lockout, password change. Failed attempts are counted per account (a lockout after
// N failures for M minutes); the HTTP layer adds a per-address rate limit on top.
import { isStrongPassword } from '../../core/access/password-policy.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { nowIso } from '../shared/clock.ts';
import { auditActor, type Ctx, requireActor } from '../shared/context.ts';
import type { Store } from '../store.ts';
import { burnVerify, hashPassword, verifyPassword } from './password-hash.ts';
import type { UserRecord } from './user-repository.ts';

export interface AuthPolicy {
  maxFailures: number;
  lockMinutes: number;
}

export function authService(store: Store, policy: AuthPolicy) {
  return {
    async login(username: string, password: string, ctx: Ctx, now = new Date()): Promise<UserRecord> {
      const user = await store.users.findByUsername(username);
      if (!user) {
        await burnVerify(password);
        throw new AppError('AUTH_INVALID_CREDENTIALS');
      }
      if (user.lockedUntil && user.lockedUntil > nowIso(now)) throw new AppError('AUTH_LOCKED');
      const ok = await verifyPassword(user.passwordHash, password);
      const who = { actorId: user.id, actorName: user.displayName, ip: ctx.ip };
      if (!ok) {
        const failures = user.failedAttempts + 1;
        const lock = failures >= policy.maxFailures;
        await store.transaction(async (r) => {
          await r.users.update(user.id, {
            failedAttempts: lock ? 0 : failures,
            lockedUntil: lock ? nowIso(new Date(now.getTime() + policy.lockMinutes * 60_000)) : user.lockedUntil,
          });
          await r.audit.record({
            ...who,
            action: lock ? 'auth.locked' : 'auth.login_failed',
            entity: 'user',
            entityId: user.id,
          });
        });
        throw new AppError(lock ? 'AUTH_LOCKED' : 'AUTH_INVALID_CREDENTIALS');
      }
      if (user.disabled) throw new AppError('AUTH_DISABLED');
      await store.transaction(async (r) => {
        await r.users.update(user.id, { failedAttempts: 0, lockedUntil: null, lastLoginAt: nowIso(now) });
        await r.audit.record({ ...who, action: 'auth.login', entity: 'user', entityId: user.id });
      });
      return { ...user, failedAttempts: 0, lockedUntil: null, lastLoginAt: nowIso(now) };
    },

    async changePassword(oldPassword: string, newPassword: string, ctx: Ctx): Promise<void> {
      const actor = requireActor(ctx);
      const user = await store.users.findById(actor.id);
      if (!user) throw new AppError('AUTH_REQUIRED');
      if (!(await verifyPassword(user.passwordHash, oldPassword))) {
        throw new AppError('AUTH_INVALID_CREDENTIALS', '原密码错误');
      }
      if (!isStrongPassword(newPassword)) throw new AppError('AUTH_WEAK_PASSWORD');
      if (newPassword === oldPassword) throw new AppError('AUTH_WEAK_PASSWORD', '新密码不能与原密码相同');
      const passwordHash = await hashPassword(newPassword);
      await store.transaction(async (r) => {
        await r.users.update(user.id, { passwordHash, mustChangePassword: false, passwordChangedAt: nowIso() });
        await r.audit.record({
          ...auditActor(ctx),
          action: 'user.password_changed',
          entity: 'user',
          entityId: user.id,
        });
      });
    },
  };
}

export type AuthService = ReturnType<typeof authService>;
