import { z } from 'zod';
import { ROLES } from '../../core/access/roles.ts';

export const RoleSchema = z.enum(ROLES);

export const UserSchema = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  unitId: z.number().nullable(),
  unitName: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
});

export const Username = z.string().regex(/^[A-Za-z0-9_.-]{3,64}$/, '用户名为 3–64 位字母、数字、下划线、点或短横线');
