import { ApolloArmor } from '@escape.tech/graphql-armor';
import { queryCostPlugin } from './query-cost.plugin';

/** Limits every operation is held to (GraphQL Armor, and our cost count), before anything executes. */
export interface ProtectionLimits {
  maxDepth: number;
  /**
   * Our cost (`query-cost.ts`): objects 2, scalars 1, times the page size of every list above, page sizes
   * read from literals, from the request's variables, or the default 50. Over it: COST_LIMIT.
   */
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
}

/**
 * Defaults sized so that the heaviest page the front end needs (500 schools with every section's
 * indicators and checks) passes, while nested lists (schools x teachers) and deep nesting do not.
 */
export const DEFAULT_LIMITS: ProtectionLimits = { maxDepth: 10, maxCost: 200_000, maxAliases: 15, maxTokens: 3000, maxDirectives: 20 };

export function createProtection(limits: ProtectionLimits, production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    // Armor's cost counts literal page sizes only; ours (below) counts variables too.
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases },
    // Armor counts tokens by parsing in a plugin hook, where a syntax error becomes a 500: graphql's own
    // parser counts them instead (`parseOptions` below), so syntax errors stay GRAPHQL_PARSE_FAILED (400).
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    // Field suggestions ("did you mean ...") reveal the schema when introspection is off.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, queryCostPlugin(limits.maxCost)],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
