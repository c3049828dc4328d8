import { ApolloArmor } from '@escape.tech/graphql-armor';

/** Limits every operation is held to (GraphQL Armor), before anything executes. */
export interface ProtectionLimits {
  maxDepth: number;
  /** Armor's cost: objects 2, scalars 1, x1.5 per level, x`first` for literal page sizes. */
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
}

/**
 * Defaults sized so that the heaviest page the front end needs (500 schools with every section's
 * indicators and checks) passes, while nested lists (schools x teachers) and deep nesting do not.
 */
export const DEFAULT_LIMITS: ProtectionLimits = { maxDepth: 10, maxCost: 100_000, maxAliases: 15, maxTokens: 3000, maxDirectives: 20 };

export function createProtection(limits: ProtectionLimits, production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    costLimit: { maxCost: limits.maxCost },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    // Field suggestions ("did you mean ...") reveal the schema when introspection is off.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
