// Deny by default: every /api route needs a login unless it is one of the few public ones
// (health, session and login, the demo-data banner, the API docs, and /api/public/… — 信息公开). The check runs before
// validation, so an anonymous request is answered 401 whatever it sends, and a route someone adds
// later without a permission check still cannot be read without a login. Every route is also
// recorded, so a test can enumerate them all (see public-access.test.ts).
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { AppError } from '../../core/errors/app-error.ts';

export interface RegisteredRoute {
  method: string;
  url: string;
  public: boolean;
}

/** Routes anyone may call without a session. Everything else under /api requires one. */
const PUBLIC_EXACT = new Set([
  '/api/health',
  '/api/auth/session',
  '/api/auth/login',
  '/api/auth/logout',
  // The 「演示数据」 banner shows on every page, the public ones included (counts only).
  '/api/demo/status',
]);
const PUBLIC_PREFIXES = ['/api/public/', '/api/docs'];

export function isPublicRoute(url: string): boolean {
  if (!url.startsWith('/api/')) return true; // the web UI's files; they hold no data
  return PUBLIC_EXACT.has(url) || PUBLIC_PREFIXES.some((p) => url === p || url.startsWith(p));
}

const registries = new WeakMap<FastifyInstance, RegisteredRoute[]>();

async function requireSession(request: FastifyRequest): Promise<void> {
  if (!request.actor) throw new AppError('AUTH_REQUIRED', request.sessionExpired ? '登录已过期,请重新登录' : undefined);
}

/** Call on the root instance before any route is registered. */
export function installRouteGuard(app: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  registries.set(app, routes);
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const pub = isPublicRoute(route.url);
    for (const m of methods) routes.push({ method: String(m), url: route.url, public: pub });
    if (pub) return;
    const existing = route.preValidation;
    route.preValidation = existing
      ? [requireSession, ...(Array.isArray(existing) ? existing : [existing])]
      : [requireSession];
  });
}

/** Every route registered on the app (method × url), in registration order. */
export function registeredRoutes(app: FastifyInstance): RegisteredRoute[] {
  return registries.get(app) ?? [];
}
