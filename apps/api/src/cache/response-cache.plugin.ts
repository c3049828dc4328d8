import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';
import { isCacheableOperation } from './cacheable-operation';

/**
 * Marks answers that may be cached: a cacheable query, answered without errors, whose scope (and so
 * its data versions, read before any data) is known. The HTTP layer stores the exact bytes sent.
 */
export function responseCachePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let cacheable = false;
      return {
        async didResolveOperation({ operation, document }) {
          cacheable = isCacheableOperation(operation, document);
        },
        async willSendResponse({ contextValue, response }) {
          const scope = contextValue.scopeCell.value;
          if (!cacheable || contextValue.noResponseCache.value || !contextValue.cacheKey || !scope) return;
          if (response.body.kind !== 'single' || response.body.singleResult.errors) return;
          if (response.http.status !== undefined && response.http.status !== 200) return;
          contextValue.markCacheable?.(scope.stamp);
        },
      };
    },
  };
}
