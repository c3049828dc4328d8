import type { Request, RequestHandler, Response } from 'express';
import type { RegionScope } from '../auth/region-scope';
import type { ScopeLookup } from '../auth/scope-lookup';
import { responseCacheKey } from '../cache/cache-key';
import type { ResponseCache } from '../cache/response-cache';
import type { ApiMetrics } from '../observability/api-metrics';
import { requestedOperationName } from '../observability/operation-label';
import { observationOf } from '../observability/request-log';
import type { RequestAuth } from './auth.middleware';

/**
 * Before Apollo: for a POST of a query by a known viewer, computes the cache key; if an entry exists
 * and the data versions of the viewer's counties still match, answers with the stored bytes.
 * (POST only: a JSON POST is never a simple cross-site request, so CSRF protection is not bypassed.)
 */
export function responseCacheLookup(cache: ResponseCache, scopes: ScopeLookup, planYear: number, metrics?: ApiMetrics): RequestHandler {
  return async (req: Request, res: Response, next) => {
    const { viewer } = res.locals.auth as RequestAuth;
    const body = req.body as Record<string, unknown> | undefined;
    if (req.method !== 'POST' || !viewer || !body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string') return next();
    const key = responseCacheKey({
      query: body.query,
      variables: body.variables,
      operationName: typeof body.operationName === 'string' ? body.operationName : null,
      viewer,
      accept: req.headers.accept,
      planYear,
    });
    res.locals.cacheKey = key;
    if (cache.peek(key)) {
      // The scope read with the session check (fresh from the database), else the shared lookup.
      const scope = (res.locals.scope as RegionScope | undefined) ?? (await scopes.load(viewer.regionCode));
      res.locals.scope = scope;
      const hit = cache.get(key, scope.stamp);
      if (hit) {
        res.status(200).setHeader('content-type', hit.contentType);
        res.setHeader('x-response-cache', 'hit');
        const observation = observationOf(res);
        if (observation) {
          observation.cache = 'hit';
          if (metrics) observation.operation = metrics.operations.label(requestedOperationName(body.operationName, body.query));
        }
        metrics?.cacheLookups.inc({ result: 'hit' });
        res.send(hit.body);
        return;
      }
    }
    next();
  };
}

/**
 * Stores the exact bytes Apollo sends when the cache plugin marked the answer cacheable (counted as a
 * miss: a cacheable answer that had to be computed).
 */
export function captureCacheable(cache: ResponseCache, res: Response, metrics?: ApiMetrics): void {
  const key = res.locals.cacheKey as string | undefined;
  if (!key) return;
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    const stamp = res.locals.cacheStamp as string | undefined;
    if (stamp && typeof body === 'string' && res.statusCode === 200) {
      const observation = observationOf(res);
      if (observation) observation.cache = 'miss';
      metrics?.cacheLookups.inc({ result: 'miss' });
      cache.set(key, { stamp, body: Buffer.from(body, 'utf8'), contentType: String(res.getHeader('content-type') ?? 'application/json; charset=utf-8') });
    }
    return send(body);
  };
}
