// Sessions are @fastify/secure-session cookies (encrypted, httpOnly, SameSite=Strict). A session
// holds the user id, when it was issued and last used, and its CSRF token. Every request reloads
// the user, so a disabled account, a changed password or a changed role ends old sessions at once.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import secureSession from '@fastify/secure-session';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Actor, can, type Permission } from '../core/access/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import type { Ctx } from '../modules/shared/context.ts';
import type { UserRecord } from '../modules/users/user-repository.ts';
import { toActor } from '../modules/users/user-view.ts';

declare module '@fastify/secure-session' {
  interface SessionData {
    uid: number;
    csrf: string;
    /** ms since epoch: issued (login) and last seen. */
    iat: number;
    seen: number;
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    user: UserRecord | null;
    actor: Actor | null;
    sessionExpired: boolean;
  }
}

export interface SessionOptions {
  key: Buffer;
  secureCookie: boolean | 'auto';
  idleMinutes: number;
  maxHours: number;
  loadUser(id: number): Promise<UserRecord | null>;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function ensureCsrf(request: FastifyRequest): string {
  let token = request.session.get('csrf');
  if (!token) {
    token = randomBytes(24).toString('base64url');
    request.session.set('csrf', token);
  }
  return token;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function installSessions(app: FastifyInstance, opts: SessionOptions): Promise<void> {
  await app.register(secureSession, {
    key: opts.key,
    cookieName: 'zl_session',
    cookie: {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: opts.secureCookie,
      maxAge: opts.maxHours * 3600,
    },
  });
  app.decorateRequest('user', null);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionExpired', false);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    // Exempt: anonymous /api/public/ posts (no session to protect), and only as JSON, which a cross-site form cannot send.
    if (
      UNSAFE.has(request.method) &&
      !(request.url.startsWith('/api/public/') && request.headers['content-type']?.startsWith('application/json'))
    ) {
      const sent = request.headers['x-csrf-token'];
      const expected = request.session.get('csrf');
      if (typeof sent !== 'string' || !expected || !sameToken(sent, expected)) throw new AppError('AUTH_CSRF');
    }
    const uid = request.session.get('uid');
    if (uid === undefined) return;
    const now = Date.now();
    const iat = request.session.get('iat') ?? 0;
    const seen = request.session.get('seen') ?? 0;
    const user = await opts.loadUser(uid);
    const expired =
      !user ||
      user.disabled ||
      now - seen > opts.idleMinutes * 60_000 ||
      now - iat > opts.maxHours * 3_600_000 ||
      Date.parse(user.passwordChangedAt) > iat;
    if (expired) {
      request.session.set('uid', undefined);
      request.sessionExpired = true;
      return;
    }
    request.user = user;
    request.actor = toActor(user);
    // Refresh the idle clock at most once a minute, to avoid a new cookie on every request.
    if (now - seen > 60_000) request.session.set('seen', now);
  });
}

export function startSession(request: FastifyRequest, user: UserRecord): string {
  request.session.regenerate(); // a fresh session at login: no fixation
  const now = Date.now();
  request.session.set('uid', user.id);
  request.session.set('iat', now);
  request.session.set('seen', now);
  return ensureCsrf(request);
}

export function ctxOf(request: FastifyRequest): Ctx {
  return { actor: request.actor, ip: request.ip };
}

/** preHandler: the request must come from a logged-in user holding the permission. */
export function requirePermission(permission?: Permission) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    if (!request.actor) {
      throw new AppError('AUTH_REQUIRED', request.sessionExpired ? '登录已过期,请重新登录' : undefined);
    }
    if (request.user?.mustChangePassword && !request.url.startsWith('/api/auth/')) {
      throw new AppError('FORBIDDEN', '首次登录或密码被重置后须先修改密码');
    }
    if (permission && !can(request.actor, permission)) throw new AppError('FORBIDDEN');
  };
}
