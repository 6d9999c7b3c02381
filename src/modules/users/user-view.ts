import type { Actor } from '../../core/access/roles.ts';
import type { Region, Unit } from '../org/org-repository.ts';
import type { UserRecord } from './user-repository.ts';

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: UserRecord['role'];
  unitId: number | null;
  unitName: string | null;
  regionCode: string | null;
  regionName: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
}

export function toUserView(u: UserRecord, units: Unit[], regions: Region[]): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    unitId: u.unitId,
    unitName: units.find((x) => x.id === u.unitId)?.name ?? null,
    regionCode: u.regionCode,
    regionName: regions.find((r) => r.code === u.regionCode)?.name ?? null,
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
    lastLoginAt: u.lastLoginAt,
  };
}

export function toActor(u: UserRecord): Actor {
  return { id: u.id, name: u.displayName, role: u.role, unitId: u.unitId, regionCode: u.regionCode };
}
