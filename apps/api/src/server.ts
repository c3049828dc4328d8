import 'reflect-metadata';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import { NATIONAL_STANDARD_SET, type StandardSet } from '@junheng/domain';
import express, { type ErrorRequestHandler, type Express } from 'express';
import type { DataSource } from 'typeorm';
import { ScopeLookup } from './auth/scope-lookup';
import { TokenService } from './auth/token.service';
import { ResponseCache } from './cache/response-cache';
import { responseCachePlugin } from './cache/response-cache.plugin';
import { loadConfig, type ApiConfig } from './config';
import { createRequestContext, type RequestContext } from './context';
import { createFormatError } from './errors/format-error';
import { authMiddleware, type RequestAuth } from './http/auth.middleware';
import { captureCacheable, responseCacheLookup } from './http/response-cache.middleware';
import { createProtection, DEFAULT_LIMITS, type ProtectionLimits } from './protection/armor';
import { buildApiSchema } from './schema';
import { createServices } from './services';
import { exportsRouter } from './exports/exports.routes';
import { importsRouter } from './imports/imports.routes';
import { mountWebApp } from './http/web-app';
import { securityHeaders } from './http/security-headers';
import { loopbackHostCheck } from './http/loopback-host-check';
import { LoginThrottle, type LoginThrottleLimits } from './auth/login-throttle';
import type { ScenarioJobs } from './graphql/scenario/scenario-jobs';
import { restoreRevocations } from './graphql/user/user-audit';

export interface CreateServerOptions {
  dataSource: DataSource;
  /** Default: `loadConfig()` from the environment. */
  config?: ApiConfig;
  /** The database is the embedded PostgreSQL (one of the conditions of the development bypass). */
  embeddedDatabase?: boolean;
  limits?: Partial<ProtectionLimits>;
  /** Override `config.responseCacheMb` (false or 0: no response cache). */
  responseCacheMb?: number | false;
  standardSet?: StandardSet;
  /** Where unexpected errors go (default console.error). */
  logError?: (error: unknown) => void;
  /** The job queue that runs scenarios (pg-boss); without it runScenario and costCurve are refused. */
  jobs?: ScenarioJobs;
  /** Failed-login limits (default 10 per account and per address in 15 minutes). */
  loginThrottle?: LoginThrottleLimits;
}

export interface RunningServer {
  url: string;
  port: number;
}

export interface ApiServer {
  app: Express;
  httpServer: Server;
  apollo: ApolloServer<RequestContext>;
  tokens: TokenService;
  cache: ResponseCache | null;
  config: ApiConfig;
  /** The built web app is served at `/`. */
  webApp: boolean;
  /** Listens (port 0: an ephemeral port) and returns the GraphQL URL. */
  listen(port?: number, host?: string): Promise<RunningServer>;
  /** Stops Apollo and the HTTP server (the data source stays open: its owner closes it). */
  stop(): Promise<void>;
}

const malformedBody: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err);
  const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
  const message = status === 500 ? 'Internal server error' : err?.type === 'entity.parse.failed' ? 'Malformed JSON body' : String(err?.message ?? 'Bad request');
  if (status === 500) console.error(err);
  res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
};

/** The API on Express 5: `/graphql` (Apollo), `/health`; later issues add `/exports/...` and the web app. */
export async function createServer(options: CreateServerOptions): Promise<ApiServer> {
  const config = options.config ?? loadConfig();
  const development = config.nodeEnv === 'development';
  const production = config.nodeEnv === 'production';
  const standardSet = options.standardSet ?? NATIONAL_STANDARD_SET;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const cacheMb = options.responseCacheMb === undefined ? config.responseCacheMb : options.responseCacheMb || 0;
  const cache = cacheMb > 0 ? new ResponseCache(cacheMb * 1024 * 1024) : null;
  const tokens = new TokenService(config.jwtSecret, config.tokenTtlSeconds);
  // Sessions ended by user administration stay ended across restarts.
  await restoreRevocations(options.dataSource, tokens, config.tokenTtlSeconds);
  const loginThrottle = new LoginThrottle(options.dataSource, options.loginThrottle);
  const services = createServices(tokens, options.jobs ?? null, { demoMode: config.loadDemoWhenEmpty && !production, loginThrottle });
  const ds = options.dataSource;
  const scopes = new ScopeLookup(ds);
  // Scopes are kept between requests only while PostgreSQL reports every region change to us.
  const databaseUrl = (ds.options as { url?: string }).url;
  if (databaseUrl) await scopes.listen(databaseUrl).catch((e: unknown) => (options.logError ?? console.error)(e));

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  // Express's own error pages show stacks unless its env is production.
  app.set('env', development ? 'development' : 'production');
  if (development) app.use(loopbackHostCheck());
  app.use(securityHeaders({ development }));
  const httpServer = createHttpServer(app);
  const protection = createProtection(limits, production);

  const apollo = new ApolloServer<RequestContext>({
    schema: await buildApiSchema(),
    introspection: !production,
    includeStacktraceInErrorResponses: development,
    formatError: createFormatError({ exposeDetails: development, log: options.logError }),
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    plugins: [
      ...protection.plugins,
      responseCachePlugin(),
      // Apollo's cache-control plugin hooks every field; our cache works on whole answers instead.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      development ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const graphql = expressMiddleware(apollo, {
    context: async ({ req, res }) => {
      const auth = res.locals.auth as RequestAuth;
      return createRequestContext({
        viewer: auth.viewer,
        authError: auth.authError,
        clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        dataSource: ds,
        scopes,
        services,
        planYear: config.planYear,
        standardSet,
        cacheKey: (res.locals.cacheKey as string | undefined) ?? null,
        scope: res.locals.scope ?? null,
        markCacheable: (stamp) => {
          res.locals.cacheStamp = stamp;
        },
      });
    },
  });

  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    (req, _res, next) => {
      // Apollo answers a POST without a JSON body with 400; the integration needs the property to exist.
      if (!('body' in req)) (req as { body?: unknown }).body = undefined;
      next();
    },
    authMiddleware(tokens, { nodeEnv: config.nodeEnv, embeddedDatabase: options.embeddedDatabase ?? false }),
    ...(cache ? [responseCacheLookup(cache, scopes, config.planYear)] : []),
    (req, res, next) => {
      if (cache) captureCacheable(cache, res);
      return graphql(req, res, next);
    },
  );
  const fileAuth = authMiddleware(tokens, { nodeEnv: config.nodeEnv, embeddedDatabase: options.embeddedDatabase ?? false });
  app.use('/exports', fileAuth, exportsRouter(ds));
  app.use('/imports', fileAuth, importsRouter(ds));
  const webApp = mountWebApp(app);
  app.use(malformedBody);

  return {
    app,
    httpServer,
    apollo,
    tokens,
    cache,
    config,
    webApp,
    listen: (port = config.port, host = config.host) =>
      new Promise((resolvePromise, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          resolvePromise({ url: `http://${shownHost}:${address.port}/graphql`, port: address.port });
        });
      }),
    stop: async () => {
      await apollo.stop();
      await scopes.close();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
    },
  };
}
