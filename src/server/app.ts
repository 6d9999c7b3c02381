// buildApp wires plugins, sessions and routes around a set of services; listen() is the
// caller's business, so tests drive the same app with inject().
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config/config.ts';
import { AppError } from '../core/errors/app-error.ts';
import { assessmentRoutes } from '../modules/assessment/assessment-routes.ts';
import { auditRoutes } from '../modules/audit/audit-routes.ts';
import { demoRoutes } from '../modules/demo/demo-routes.ts';
import { disposalRoutes } from '../modules/disposal/disposal-routes.ts';
import { drawRoutes } from '../modules/draws/draw-routes.ts';
import { publicDrawRoutes } from '../modules/draws/public-draw-routes.ts';
import { enterpriseRoutes } from '../modules/enterprises/enterprise-routes.ts';
import { incidentRoutes } from '../modules/incidents/incident-routes.ts';
import { indicatorRoutes } from '../modules/indicators/indicator-routes.ts';
import { orgRoutes } from '../modules/org/org-routes.ts';
import { planRoutes } from '../modules/plans/plan-routes.ts';
import { progressRoutes } from '../modules/progress/progress-routes.ts';
import { disclosureRoutes } from '../modules/public/disclosure-routes.ts';
import { publicRoutes } from '../modules/public/public-routes.ts';
import { installRouteGuard } from '../modules/public/route-guard.ts';
import { recordsRoutes } from '../modules/records/records-routes.ts';
import { reportsRoutes } from '../modules/reports/reports-routes.ts';
import type { Services } from '../modules/services.ts';
import { traceRoutes } from '../modules/trace/trace-routes.ts';
import { authRoutes } from '../modules/users/auth-routes.ts';
import { userRoutes } from '../modules/users/user-routes.ts';
import { installErrorHandler } from './error-handler.ts';
import { installSessions } from './session.ts';

export interface AppOptions {
  config: Config;
  services: Services;
  sessionKey: Buffer;
  /** Built web UI (web/dist); served with SPA fallback when present. */
  webRoot?: string;
  version?: string;
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const { config, services } = opts;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Login required by default for /api; records every route for the every-route access test.
  installRouteGuard(app);
  installErrorHandler(app);

  await app.register(swagger, {
    openapi: {
      info: { title: 'zhiliang 质量提升行动管理平台 API', version: opts.version ?? '0.1.0' },
      components: { securitySchemes: { csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 10 } });
  await installSessions(app, {
    key: opts.sessionKey,
    secureCookie: config.cookieSecure === 'auto' ? 'auto' : config.cookieSecure === 'true',
    idleMinutes: config.sessionIdleMinutes,
    maxHours: config.sessionMaxHours,
    loadUser: (id) => services.store.users.findById(id),
  });

  await app.register(
    async (api) => {
      api.get(
        '/health',
        {
          schema: {
            tags: ['meta'],
            response: { 200: z.object({ ok: z.boolean(), engine: z.string(), version: z.string() }) },
          },
        },
        async () => ({ ok: true, engine: services.store.engine, version: opts.version ?? '0.1.0' }),
      );
      await api.register(authRoutes(services));
      await api.register(userRoutes(services));
      await api.register(auditRoutes(services));
      await api.register(orgRoutes(services));
      await api.register(planRoutes(services));
      await api.register(progressRoutes(services, { evidenceDir: join(config.dataDir, 'evidence') }));
      await api.register(recordsRoutes(services));
      await api.register(demoRoutes(services));
      await api.register(indicatorRoutes(services));
      await api.register(traceRoutes(services));
      await api.register(disposalRoutes(services, { evidenceDir: join(config.dataDir, 'evidence') }));
      await api.register(incidentRoutes(services));
      await api.register(enterpriseRoutes(services));
      await api.register(drawRoutes(services));
      await api.register(publicDrawRoutes(services));
      await api.register(assessmentRoutes(services, { evidenceDir: join(config.dataDir, 'evidence') }));
      await api.register(reportsRoutes(services));
      await api.register(disclosureRoutes(services));
      await api.register(publicRoutes(services));
    },
    { prefix: '/api' },
  );

  const webRoot = opts.webRoot;
  const hasWeb = webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
  // wildcard: files are looked up per request, so a rebuilt UI is served without a restart.
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !hasWeb || request.method !== 'GET') {
      throw new AppError('NOT_FOUND', `接口不存在:${request.method} ${request.url.split('?')[0]}`);
    }
    // Every page of the single-page app has its own URL; the app routes it.
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
