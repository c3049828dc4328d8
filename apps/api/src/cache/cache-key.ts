import { createHash } from 'node:crypto';
import type { Viewer } from '../auth/viewer';

export interface CacheKeyInput {
  query: string;
  variables: unknown;
  operationName: string | null | undefined;
  viewer: Viewer;
  /** The Accept header decides the media type of the answer. */
  accept: string | undefined;
  planYear: number;
}

/**
 * Operation, variables, role and region (masking depends on them), media type and plan year. The
 * data versions of the counties in scope are compared apart (the entry's stamp), so a new version
 * replaces the entry instead of leaving it behind.
 */
export function responseCacheKey(k: CacheKeyInput): string {
  return createHash('sha256')
    .update(k.viewer.role).update('\0')
    .update(k.viewer.regionCode ?? '*').update('\0')
    .update(k.accept ?? '').update('\0')
    .update(String(k.planYear)).update('\0')
    .update(k.operationName ?? '').update('\0')
    .update(JSON.stringify(k.variables ?? null)).update('\0')
    .update(k.query)
    .digest('base64url');
}
