import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf, ensureCsrf, requirePermission, startSession } from '../../server/session.ts';
import type { Services } from '../services.ts';
import { Ok } from '../shared/schemas.ts';
import { UserSchema } from './user-schemas.ts';

export function authRoutes(s: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/auth/session',
      {
        schema: {
          tags: ['auth'],
          summary: '当前会话与 CSRF 令牌',
          response: { 200: z.object({ user: UserSchema.nullable(), csrfToken: z.string() }) },
        },
      },
      async (request) => ({
        user: request.user ? await s.users.view(request.user) : null,
        csrfToken: ensureCsrf(request),
      }),
    );

    app.post(
      '/auth/login',
      {
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          tags: ['auth'],
          summary: '登录',
          body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }),
          response: { 200: z.object({ user: UserSchema, csrfToken: z.string() }) },
        },
      },
      async (request) => {
        const user = await s.auth.login(request.body.username, request.body.password, ctxOf(request));
        const csrfToken = startSession(request, user);
        return { user: await s.users.view(user), csrfToken };
      },
    );

    app.post(
      '/auth/logout',
      { schema: { tags: ['auth'], summary: '退出登录', response: { 200: Ok } } },
      async (request) => {
        request.session.delete();
        return { ok: true as const };
      },
    );

    app.post(
      '/auth/password',
      {
        preHandler: requirePermission(),
        schema: {
          tags: ['auth'],
          summary: '修改密码',
          body: z.object({ oldPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }),
          response: { 200: z.object({ ok: z.literal(true), csrfToken: z.string() }) },
        },
      },
      async (request) => {
        await s.auth.changePassword(request.body.oldPassword, request.body.newPassword, ctxOf(request));
        const user = await s.store.users.findById(request.actor?.id ?? 0);
        // The change ends every other session of this user; this one goes on with a fresh session.
        const csrfToken = user ? startSession(request, user) : ensureCsrf(request);
        return { ok: true as const, csrfToken };
      },
    );
  };
}
