import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf, requirePermission } from '../../server/session.ts';
import type { Services } from '../services.ts';
import { IdParam, Paging } from '../shared/schemas.ts';
import { RoleSchema, Username, UserSchema } from './user-schemas.ts';

export function userRoutes(s: Services): FastifyPluginAsyncZod {
  return async (app) => {
    const admin = { preHandler: requirePermission('user.manage') };
    const tags = ['users'];

    app.get(
      '/users',
      {
        ...admin,
        schema: {
          tags,
          summary: '用户列表',
          querystring: Paging,
          response: { 200: z.object({ items: z.array(UserSchema), total: z.number() }) },
        },
      },
      async (request) => s.users.list(request.query.page, request.query.pageSize),
    );

    app.post(
      '/users',
      {
        ...admin,
        schema: {
          tags,
          summary: '新建用户(初始密码自动生成,仅显示一次)',
          body: z.object({
            username: Username,
            displayName: z.string().trim().min(1).max(64),
            role: RoleSchema,
            unitId: z.number().int().positive().nullable().optional(),
            regionCode: z
              .string()
              .regex(/^\d{6}$/)
              .nullable()
              .optional(),
          }),
          response: { 200: z.object({ user: UserSchema, initialPassword: z.string() }) },
        },
      },
      async (request) => s.users.create(request.body, ctxOf(request)),
    );

    app.patch(
      '/users/:id',
      {
        ...admin,
        schema: {
          tags,
          summary: '修改用户',
          params: IdParam,
          body: z.object({
            displayName: z.string().trim().min(1).max(64).optional(),
            role: RoleSchema.optional(),
            unitId: z.number().int().positive().nullable().optional(),
            regionCode: z
              .string()
              .regex(/^\d{6}$/)
              .nullable()
              .optional(),
            disabled: z.boolean().optional(),
          }),
          response: { 200: z.object({ user: UserSchema }) },
        },
      },
      async (request) => ({ user: await s.users.update(request.params.id, request.body, ctxOf(request)) }),
    );

    app.post(
      '/users/:id/reset-password',
      {
        ...admin,
        schema: {
          tags,
          summary: '重置密码',
          params: IdParam,
          response: { 200: z.object({ initialPassword: z.string() }) },
        },
      },
      async (request) => s.users.resetPassword(request.params.id, ctxOf(request)),
    );
  };
}
