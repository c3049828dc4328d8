import type { StandardSet } from '@junheng/domain';
import type { DataSource } from 'typeorm';
import type { RegionScope } from './auth/region-scope';
import type { ScopeLookup } from './auth/scope-lookup';
import type { Viewer } from './auth/viewer';
import type { Loaders } from './dataloaders/create-loaders';
import { createLoaders } from './dataloaders/create-loaders';
import { StandardSetTable } from './standards/standard-set-table';
import type { CountyEvaluationMemo } from './memo/county-evaluation-memo';
import { unauthenticated, type AppError } from './errors/app-error';
import type { RequestServices } from './request-services';

/** What every resolver and service gets: who asks, what they may see, and per-request loaders. */
export interface RequestContext {
  viewer: Viewer | null;
  /** Why there is no viewer, when a token was presented but refused. */
  authError: AppError | null;
  /** The client's address (the TCP peer, or from X-Forwarded-For when TRUST_PROXY says so). */
  clientAddress: string;
  dataSource: DataSource;
  loaders: Loaders;
  services: RequestServices;
  planYear: number;
  /** The national defaults every regional set changes (a test may pass another). */
  standardSet: StandardSet;
  /** Which standard set each region is judged by, read once per request on first use. */
  standardSets(): Promise<StandardSetTable>;
  /** The viewer's counties with their data versions, read once per request on first use. */
  scope(): Promise<RegionScope>;
  /**
   * The scope once read (the response cache stores only answers whose scope it knows). A shared cell,
   * not a getter: Apollo shallow-copies the context object per operation.
   */
  readonly scopeCell: { value: RegionScope | null };
  /**
   * Set by a resolver that read what no data version covers (a scenario's plan): the answer must not
   * be cached. A shared cell, like `scopeCell`.
   */
  readonly noResponseCache: { value: boolean };
  /** Response-cache key of this request, when it may be cached. */
  cacheKey: string | null;
  /** Called by the cache plugin when the answer may be stored under `cacheKey` with this stamp. */
  markCacheable?: (stamp: string) => void;
}

export interface ContextInput {
  viewer: Viewer | null;
  scopes: ScopeLookup;
  authError: AppError | null;
  clientAddress: string;
  dataSource: DataSource;
  services: RequestServices;
  planYear: number;
  standardSet: StandardSet;
  cacheKey: string | null;
  markCacheable?: (stamp: string) => void;
  /** A scope already read for this request (by the response cache lookup). */
  scope?: RegionScope | null;
  /** Counties' evaluated sections shared between requests (by data version); none: computed per request. */
  evaluationMemo?: CountyEvaluationMemo | null;
}

export function createRequestContext(input: ContextInput): RequestContext {
  const { scope: known, scopes, evaluationMemo, ...rest } = input;
  const scopeCell = { value: known ?? null };
  let pending: Promise<RegionScope> | null = known ? Promise.resolve(known) : null;
  let standards: Promise<StandardSetTable> | null = null;
  const standardSets = () => (standards ??= StandardSetTable.load(input.dataSource, input.standardSet));
  return {
    ...rest,
    standardSets,
    loaders: createLoaders(input.dataSource, standardSets, evaluationMemo, known),
    scope() {
      const viewer = input.viewer;
      if (!viewer) return Promise.reject(input.authError ?? unauthenticated());
      pending ??= scopes.load(viewer.regionCode).then((s) => (scopeCell.value = s));
      return pending;
    },
    scopeCell,
    noResponseCache: { value: false },
  };
}

