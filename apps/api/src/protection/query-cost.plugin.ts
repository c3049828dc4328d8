import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DEFAULT_COST_RULES, operationCost, type QueryCostRules } from './query-cost';

export const COST_LIMIT_CODE = 'COST_LIMIT';

/**
 * Refuses, before execution, an operation whose cost (`operationCost`: page sizes from literals, from
 * this request's variables, or defaults, multiplied through nested lists) exceeds `maxCost`: HTTP 400,
 * `extensions.code` COST_LIMIT with the cost and the limit.
 */
export function queryCostPlugin(maxCost: number, rules: QueryCostRules = DEFAULT_COST_RULES): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d] as const] : [])),
          );
          const cost = operationCost({ schema, operation, fragments, variables: request.variables, rules });
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}: ask for smaller pages (first) or fewer nested lists`, {
              extensions: { code: COST_LIMIT_CODE, cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
