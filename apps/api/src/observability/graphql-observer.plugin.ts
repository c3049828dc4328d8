import type { ApolloServerPlugin } from '@apollo/server';
import type { Response } from 'express';
import type { ApiMetrics } from './api-metrics';
import { observationOf, type RequestObservation } from './request-log';

/** A symbol key: Apollo copies the context's own properties (symbols too) for each operation. */
const OBSERVATION = Symbol('junheng.observation');

/** Links a GraphQL context to its request's observation (called where the context is made). */
export function bindObservation(context: object, res: Response): void {
  const observation = observationOf(res);
  if (observation) (context as { [OBSERVATION]?: RequestObservation })[OBSERVATION] = observation;
}

function observationOfContext(context: object): RequestObservation | undefined {
  return (context as { [OBSERVATION]?: RequestObservation })[OBSERVATION];
}

/**
 * Names the operation of each GraphQL request (a bounded label) and counts the errors of its answer
 * by `extensions.code`; the request log and latency histogram read them from the observation.
 */
export function graphqlObserverPlugin(metrics: ApiMetrics): ApolloServerPlugin<object> {
  return {
    async requestDidStart({ contextValue, request }) {
      const observation = observationOfContext(contextValue);
      if (observation) observation.operation = metrics.operations.label(request.operationName);
      return {
        async didResolveOperation({ operationName }) {
          if (observation) observation.operation = metrics.operations.label(operationName);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const operation = observation?.operation ?? metrics.operations.label(request.operationName);
          for (const error of response.body.singleResult.errors ?? []) {
            const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN';
            metrics.errors.inc({ operation, code });
            observation?.codes.push(code);
          }
        },
      };
    },
  };
}
