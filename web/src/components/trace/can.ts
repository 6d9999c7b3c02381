// What the supervision-loop pages offer a role (the server enforces the same through
// src/core/access/roles.ts): viewers read, everyone else with a scope may act.
import type { User } from '../../api/types.ts';

export function canActOnLoop(user: User | null): boolean {
  return user !== null && user.role !== 'viewer';
}
