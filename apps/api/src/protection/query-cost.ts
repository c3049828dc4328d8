import {
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  valueFromASTUntyped,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** How the cost of an operation is counted: every object 2, every scalar 1, times the page size of each list above it. */
export interface QueryCostRules {
  /** The argument that sets a page size (relay `first`). */
  pageArgument: string;
  /** The page size of a list whose `first` is missing (or null). */
  defaultPageSize: number;
  objectCost: number;
  scalarCost: number;
}

export const DEFAULT_COST_RULES: QueryCostRules = { pageArgument: 'first', defaultPageSize: 50, objectCost: 2, scalarCost: 1 };

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  /** The request's variables as sent (page sizes are read from them). */
  variables: Record<string, unknown> | undefined;
  rules?: QueryCostRules;
}

function fieldDefinition(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === '__typename') return TypeNameMetaFieldDef;
  if (name === '__schema') return SchemaMetaFieldDef;
  if (name === '__type') return TypeMetaFieldDef;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/**
 * The cost of one operation, before it runs: objects and scalars weighted, each field's cost multiplied
 * by its page size — `first` as a literal, as the value of a variable in this request (else the
 * variable's default), else the argument's default, else `defaultPageSize` — so nested connections
 * multiply (`schools(first: $n) { nodes { county { schools(first: $n) ... } } }` costs about n²). A
 * fragment is costed once per use (memoised by name, so spreads cannot blow up the count itself).
 */
export function operationCost(input: CostInput): number {
  const rules = input.rules ?? DEFAULT_COST_RULES;
  const variables = input.variables ?? {};
  const variableDefaults = new Map<string, ValueNode>();
  for (const def of input.operation.variableDefinitions ?? []) if (def.defaultValue) variableDefaults.set(def.variable.name.value, def.defaultValue);
  const fragmentCosts = new Map<string, number>();

  const pageSize = (value: ValueNode | undefined, argumentDefault: unknown): number => {
    let size: unknown = argumentDefault;
    if (value?.kind === Kind.VARIABLE) {
      const name = value.name.value;
      const fallback = variableDefaults.get(name);
      size = variables[name] ?? (fallback ? valueFromASTUntyped(fallback) : argumentDefault);
    } else if (value) size = valueFromASTUntyped(value, variables);
    const n = typeof size === 'number' ? size : typeof size === 'string' ? Number(size) : NaN;
    if (!Number.isFinite(n)) return rules.defaultPageSize;
    return Math.max(1, Math.floor(n));
  };

  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const def = fieldDefinition(parent, selection.name.value);
        if (!def) {
          total += rules.scalarCost;
          continue;
        }
        const pageArg = def.args.find((a) => a.name === rules.pageArgument);
        const multiplier = pageArg ? pageSize(selection.arguments?.find((a) => a.name.value === rules.pageArgument)?.value, pageArg.defaultValue) : 1;
        const type = getNamedType(def.type) as GraphQLNamedType;
        const own = selection.selectionSet && (isObjectType(type) || isAbstractType(type)) ? rules.objectCost + costOf(selection.selectionSet, type) : rules.scalarCost;
        total += multiplier * own;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? input.schema.getType(selection.typeCondition.name.value) : parent;
        total += costOf(selection.selectionSet, (type ?? parent) as GraphQLCompositeType);
      } else {
        const name = selection.name.value;
        let cost = fragmentCosts.get(name);
        if (cost === undefined) {
          const fragment = input.fragments[name];
          fragmentCosts.set(name, 0); // a cycle (refused by validation anyway) adds nothing
          const type = fragment ? input.schema.getType(fragment.typeCondition.name.value) : undefined;
          cost = fragment && type ? costOf(fragment.selectionSet, type as GraphQLCompositeType) : 0;
          fragmentCosts.set(name, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  const root = input.operation.operation === 'mutation' ? input.schema.getMutationType() : input.operation.operation === 'subscription' ? input.schema.getSubscriptionType() : input.schema.getQueryType();
  return root ? costOf(input.operation.selectionSet, root) : 0;
}
