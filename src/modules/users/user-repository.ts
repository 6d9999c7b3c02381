import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Role } from '../../core/access/roles.ts';
import type { Database, UserTable } from '../../db/schema.ts';

export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  unitId: number | null;
  regionCode: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  failedAttempts: number;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  passwordChangedAt: string;
  createdAt: string;
}

function fromRow(r: Selectable<UserTable>): UserRecord {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    passwordHash: r.password_hash,
    role: r.role as Role,
    unitId: r.unit_id,
    regionCode: r.region_code,
    disabled: r.disabled === 1,
    mustChangePassword: r.must_change_password === 1,
    failedAttempts: r.failed_attempts,
    lockedUntil: r.locked_until,
    lastLoginAt: r.last_login_at,
    passwordChangedAt: r.password_changed_at,
    createdAt: r.created_at,
  };
}

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  unitId: number | null;
  regionCode: string | null;
  mustChangePassword: boolean;
  now: string;
}

export type UserPatch = Partial<{
  displayName: string;
  role: Role;
  unitId: number | null;
  regionCode: string | null;
  disabled: boolean;
  passwordHash: string;
  mustChangePassword: boolean;
  failedAttempts: number;
  lockedUntil: string | null;
  lastLoginAt: string;
  passwordChangedAt: string;
}>;

export function userRepository(db: Kysely<Database>) {
  return {
    async findById(id: number): Promise<UserRecord | null> {
      const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? fromRow(r) : null;
    },

    async findByUsername(username: string): Promise<UserRecord | null> {
      const r = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
      return r ? fromRow(r) : null;
    },

    async count(): Promise<number> {
      const r = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    async list(page: number, pageSize: number): Promise<{ items: UserRecord[]; total: number }> {
      const [rows, total] = await Promise.all([
        db
          .selectFrom('users')
          .selectAll()
          .orderBy('id')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        this.count(),
      ]);
      return { items: rows.map(fromRow), total };
    },

    async insert(u: NewUser): Promise<number> {
      const row = await db
        .insertInto('users')
        .values({
          username: u.username,
          display_name: u.displayName,
          password_hash: u.passwordHash,
          role: u.role,
          unit_id: u.unitId,
          region_code: u.regionCode,
          must_change_password: u.mustChangePassword ? 1 : 0,
          password_changed_at: u.now,
          created_at: u.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async update(id: number, p: UserPatch): Promise<void> {
      const v: Updateable<UserTable> = {};
      if (p.displayName !== undefined) v.display_name = p.displayName;
      if (p.role !== undefined) v.role = p.role;
      if (p.unitId !== undefined) v.unit_id = p.unitId;
      if (p.regionCode !== undefined) v.region_code = p.regionCode;
      if (p.disabled !== undefined) v.disabled = p.disabled ? 1 : 0;
      if (p.passwordHash !== undefined) v.password_hash = p.passwordHash;
      if (p.mustChangePassword !== undefined) v.must_change_password = p.mustChangePassword ? 1 : 0;
      if (p.failedAttempts !== undefined) v.failed_attempts = p.failedAttempts;
      if (p.lockedUntil !== undefined) v.locked_until = p.lockedUntil;
      if (p.lastLoginAt !== undefined) v.last_login_at = p.lastLoginAt;
      if (p.passwordChangedAt !== undefined) v.password_changed_at = p.passwordChangedAt;
      if (Object.keys(v).length === 0) return;
      await db.updateTable('users').set(v).where('id', '=', id).execute();
    },
  };
}

export type UserRepository = ReturnType<typeof userRepository>;
