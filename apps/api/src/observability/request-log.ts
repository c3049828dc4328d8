import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler, Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { ApiMetrics } from './api-metrics';
import type { Logger } from './logger';

/** What one request did, filled in as it goes (operation by the GraphQL plugin, cache by the cache). */
export interface RequestObservation {
  /** The bounded operation label (see `OperationLabels`); null until known. */
  operation: string | null;
  cache: 'hit' | 'miss' | 'none';
  /** `extensions.code` of each error in the answer. */
  codes: string[];
}

export function observationOf(res: Response | ServerResponse): RequestObservation | undefined {
  return (res as Response).locals?.observation as RequestObservation | undefined;
}

/** A request id from a proxy is kept if it looks like one (letters, digits, `-_.:`, up to 64); otherwise a new UUID. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && /^[A-Za-z0-9._:-]{1,64}$/.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/** The path only: a query string may carry variables (names, ID numbers). */
function pathOf(url: string | undefined): string {
  const path = (url ?? '').split('?')[0] ?? '';
  return path.length > 200 ? path.slice(0, 200) : path;
}

const QUIET = new Set(['/health', '/ready']);

/**
 * One JSON line per request (pino-http): request id (also sent back as `X-Request-Id`), method, path,
 * status, duration and, for GraphQL, the operation label, cache result and error codes. Headers,
 * bodies, variables, query strings and client addresses are never logged. GraphQL requests also feed
 * the latency histogram by operation.
 */
export function requestLog(logger: Logger, metrics: ApiMetrics): RequestHandler {
  const http = pinoHttp({
    logger,
    genReqId: requestId,
    quietReqLogger: true,
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage & { id?: unknown }) => ({ id: req.id, method: req.method, path: pathOf(req.url) }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      err: (err: Error & { code?: unknown }) => ({ type: err.name, message: err.message, code: err.code }),
    },
    autoLogging: { ignore: (req) => QUIET.has(pathOf(req.url)) },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (_req, res, val: Record<string, unknown>) => {
      const observation = observationOf(res);
      return observation?.operation ? { ...val, graphql: observation } : val;
    },
  });
  return (req, res, next) => {
    const observation: RequestObservation = { operation: null, cache: 'none', codes: [] };
    res.locals.observation = observation;
    if (pathOf(req.originalUrl).startsWith('/graphql')) {
      const started = process.hrtime.bigint();
      res.once('finish', () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        metrics.requestSeconds.observe({ operation: observation.operation ?? 'unparsed', cache: observation.cache }, seconds);
      });
    }
    http(req, res, next);
  };
}
