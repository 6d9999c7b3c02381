// User administration. Passwords are generated here and shown once; they are never chosen by
// an administrator, never logged, and must be changed at first login.
import { generatePassword } from '../../core/access/password-policy.ts';
import type { Role } from '../../core/access/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { nowIso } from '../shared/clock.ts';
import { auditActor, type Ctx } from '../shared/context.ts';
import type { Repos, Store } from '../store.ts';
import { hashPassword } from './password-hash.ts';
import type { UserRecord } from './user-repository.ts';
import { toUserView, type UserView } from './user-view.ts';

export interface UserInput {
  username: string;
  displayName: string;
  role: Role;
  unitId?: number | null;
  regionCode?: string | null;
}

export type UserUpdate = Partial<Omit<UserInput, 'username'> & { disabled: boolean }>;

async function checkScope(r: Repos, role: Role, unitId: number | null, regionCode: string | null) {
  if (role === 'department' && unitId === null) throw new AppError('USER_SCOPE_REQUIRED');
  if (role === 'county' && regionCode === null) throw new AppError('USER_SCOPE_REQUIRED');
  if (unitId !== null && !(await r.org.listUnits()).some((u) => u.id === unitId)) throw new AppError('UNIT_NOT_FOUND');
  if (regionCode !== null && !(await r.org.listRegions()).some((x) => x.code === regionCode)) {
    throw new AppError('REGION_NOT_FOUND');
  }
}

/** What an audit entry keeps of a user: never the hash. */
function snapshot(u: Pick<UserRecord, 'username' | 'displayName' | 'role' | 'unitId' | 'regionCode' | 'disabled'>) {
  return {
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    unitId: u.unitId,
    regionCode: u.regionCode,
    disabled: u.disabled,
  };
}

export function userService(store: Store) {
  async function view(u: UserRecord): Promise<UserView> {
    const [units, regions] = await Promise.all([store.org.listUnits(), store.org.listRegions()]);
    return toUserView(u, units, regions);
  }

  async function load(id: number): Promise<UserRecord> {
    const u = await store.users.findById(id);
    if (!u) throw new AppError('NOT_FOUND', '用户不存在');
    return u;
  }

  return {
    view,

    async list(page: number, pageSize: number): Promise<{ items: UserView[]; total: number }> {
      const [{ items, total }, units, regions] = await Promise.all([
        store.users.list(page, pageSize),
        store.org.listUnits(),
        store.org.listRegions(),
      ]);
      return { items: items.map((u) => toUserView(u, units, regions)), total };
    },

    async create(input: UserInput, ctx: Ctx): Promise<{ user: UserView; initialPassword: string }> {
      const initialPassword = generatePassword();
      const passwordHash = await hashPassword(initialPassword);
      const unitId = input.role === 'department' ? (input.unitId ?? null) : null;
      const regionCode = input.role === 'county' ? (input.regionCode ?? null) : null;
      const id = await store.transaction(async (r) => {
        if (await r.users.findByUsername(input.username)) throw new AppError('USER_EXISTS');
        await checkScope(r, input.role, unitId, regionCode);
        const newId = await r.users.insert({
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          role: input.role,
          unitId,
          regionCode,
          mustChangePassword: true,
          now: nowIso(),
        });
        await r.audit.record({
          ...auditActor(ctx),
          action: 'user.created',
          entity: 'user',
          entityId: newId,
          after: snapshot({ ...input, unitId, regionCode, disabled: false }),
        });
        return newId;
      });
      return { user: await view(await load(id)), initialPassword };
    },

    async update(id: number, patch: UserUpdate, ctx: Ctx): Promise<UserView> {
      await store.transaction(async (r) => {
        const before = await r.users.findById(id);
        if (!before) throw new AppError('NOT_FOUND', '用户不存在');
        if (ctx.actor?.id === id && (patch.disabled === true || (patch.role && patch.role !== before.role))) {
          throw new AppError('FORBIDDEN', '不能停用自己的账号或更改自己的角色');
        }
        const role = patch.role ?? before.role;
        const unitId = role === 'department' ? (patch.unitId !== undefined ? patch.unitId : before.unitId) : null;
        const regionCode =
          role === 'county' ? (patch.regionCode !== undefined ? patch.regionCode : before.regionCode) : null;
        await checkScope(r, role, unitId, regionCode);
        const after = {
          ...before,
          displayName: patch.displayName ?? before.displayName,
          role,
          unitId,
          regionCode,
          disabled: patch.disabled ?? before.disabled,
        };
        await r.users.update(id, {
          displayName: after.displayName,
          role,
          unitId,
          regionCode,
          disabled: after.disabled,
          // Disabling or changing a role ends the user's sessions (they were issued before this).
          ...(after.disabled !== before.disabled || role !== before.role ? { passwordChangedAt: nowIso() } : {}),
        });
        await r.audit.record({
          ...auditActor(ctx),
          action: 'user.updated',
          entity: 'user',
          entityId: id,
          before: snapshot(before),
          after: snapshot(after),
        });
      });
      return view(await load(id));
    },

    async resetPassword(id: number, ctx: Ctx): Promise<{ initialPassword: string }> {
      const initialPassword = generatePassword();
      const passwordHash = await hashPassword(initialPassword);
      await store.transaction(async (r) => {
        if (!(await r.users.findById(id))) throw new AppError('NOT_FOUND', '用户不存在');
        await r.users.update(id, {
          passwordHash,
          mustChangePassword: true,
          failedAttempts: 0,
          lockedUntil: null,
          passwordChangedAt: nowIso(),
        });
        await r.audit.record({ ...auditActor(ctx), action: 'user.password_reset', entity: 'user', entityId: id });
      });
      return { initialPassword };
    },
  };
}

export type UserService = ReturnType<typeof userService>;
