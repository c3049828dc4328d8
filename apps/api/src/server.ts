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
import { CompiledExecutor } from './execution/compiled-executor';
import { compiledExecutionGateway } from './execution/compiled-execution-gateway';
import { createEvaluationMemo } from './memo/create-evaluation-memo';
import type { CountyEvaluationMemo } from './memo/county-evaluation-memo';
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
import { SessionCheck } from './auth/session-check';
import { healthRoutes, type QueueCheck } from './http/health.routes';
import { publicNoticeRouter } from './http/public-notice.routes';
import { ApiMetrics } from './observability/api-metrics';
import { bindObservation, graphqlObserverPlugin } from './observability/graphql-observer.plugin';
import { createLogger, type Logger } from './observability/logger';
import { requestLog } from './observability/request-log';

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
  /** Where unexpected errors go (default: the logger, level error). */
  logError?: (error: unknown) => void;
  /** Execute with graphql-jit, graphql-js where it cannot compile (default true; false: graphql-js only). */
  compiledExecution?: boolean;
  /** Counties kept in the memo of evaluated sections (default 256; false or 0: evaluate per request). */
  evaluationMemoCounties?: number | false;
  /** The job queue that runs scenarios (pg-boss); without it runScenario and costCurve are refused. */
  jobs?: ScenarioJobs;
  /** The JSON log (default: pino on stdout at `config.observability.logLevel`). */
  logger?: Logger;
  /** Prometheus metrics (default: a registry of this server's own). */
  metrics?: ApiMetrics;
  /** `/ready` also checks the job queue with this (main.ts: pg-boss's table). */
  queueCheck?: QueueCheck;
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
  evaluationMemo: CountyEvaluationMemo | null;
  /** The graphql-jit executor (null: graphql-js only). */
  executor: CompiledExecutor | null;
  config: ApiConfig;
  logger: Logger;
  metrics: ApiMetrics;
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
  const logger = options.logger ?? createLogger(config.observability);
  const metrics = options.metrics ?? new ApiMetrics();
  const logError = options.logError ?? ((error: unknown) => logger.error({ err: error }, 'unexpected error'));
  const evaluationMemo = createEvaluationMemo(options.evaluationMemoCounties);
  const tokens = new TokenService(config.jwtSecret, config.tokenTtlSeconds);
  // Sessions and data versions are read from the database at every request: shared by every process.
  const sessions = new SessionCheck(options.dataSource);
  const loginThrottle = new LoginThrottle(options.dataSource, options.loginThrottle);
  const services = createServices(tokens, options.jobs ?? null, { demoMode: config.loadDemoWhenEmpty && !production, loginThrottle });
  const ds = options.dataSource;
  const scopes = new ScopeLookup(ds);
  // Scopes are kept between requests only while PostgreSQL reports every region change to us.
  const databaseUrl = (ds.options as { url?: string }).url;
  if (databaseUrl) await scopes.listen(databaseUrl).catch((e: unknown) => logError(e));

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  // Express's own error pages show stacks unless its env is production.
  app.set('env', development ? 'development' : 'production');
  if (development) app.use(loopbackHostCheck());
  app.use(securityHeaders({ development }));
  const httpServer = createHttpServer(app);
  app.use(requestLog(logger, metrics));
  const protection = createProtection(limits, production);

  const schema = await buildApiSchema();
  const executor = options.compiledExecution === false ? null : new CompiledExecutor();
  const apollo = new ApolloServer<RequestContext>({
    ...(executor ? { gateway: compiledExecutionGateway(schema, executor) } : { schema }),
    introspection: !production,
    includeStacktraceInErrorResponses: development,
    formatError: createFormatError({ exposeDetails: development, log: logError }),
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    plugins: [
      ...protection.plugins,
      responseCachePlugin(),
      graphqlObserverPlugin(metrics),
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
      const context = createRequestContext({
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
        evaluationMemo,
        markCacheable: (stamp) => {
          res.locals.cacheStamp = stamp;
        },
      });
      bindObservation(context, res);
      return context;
    },
  });

  app.use(healthRoutes(ds, options.queueCheck ?? null));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    (req, _res, next) => {
      // Apollo answers a POST without a JSON body with 400; the integration needs the property to exist.
      if (!('body' in req)) (req as { body?: unknown }).body = undefined;
      next();
    },
    authMiddleware(tokens, { nodeEnv: config.nodeEnv, embeddedDatabase: options.embeddedDatabase ?? false }, sessions),
    ...(cache ? [responseCacheLookup(cache, scopes, config.planYear, metrics)] : []),
    (req, res, next) => {
      if (cache) captureCacheable(cache, res, metrics);
      return graphql(req, res, next);
    },
  );
  const fileAuth = authMiddleware(tokens, { nodeEnv: config.nodeEnv, embeddedDatabase: options.embeddedDatabase ?? false }, sessions);
  app.use('/exports', fileAuth, exportsRouter(ds));
  app.use('/imports', fileAuth, importsRouter(ds, { maxUploadBytes: config.uploadMaxMb * 1024 * 1024, uploadTempDir: config.uploadTempDir }));
  // The only data answered without a login: one open public notice by its token.
  app.use('/public/notice', publicNoticeRouter(ds, services.publicNotice));
  const webApp = mountWebApp(app);
  app.use(malformedBody);

  return {
    app,
    httpServer,
    apollo,
    tokens,
    cache,
    evaluationMemo,
    executor,
    config,
    logger,
    metrics,
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
