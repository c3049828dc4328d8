import { execute, getOperationAST, GraphQLError, getVariableValues, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

export interface ExecuteInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  /** The operation text (the compiled query is kept by it and the operation name). */
  source: string | undefined;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | undefined;
  contextValue: unknown;
}

/**
 * graphql-jit's errors are GraphQLError look-alikes without `extensions` (Apollo reads
 * `extensions.code`): rebuilt as graphql-js would have located them, with the same message, locations,
 * path, original error and extensions.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  if (Object.getPrototypeOf(error) === GraphQLError.prototype) return error;
  const original = error.originalError ?? undefined;
  if (original instanceof GraphQLError && original.path && Object.getPrototypeOf(original) === GraphQLError.prototype) return original;
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: original });
  if (error.locations && error.locations.length > 0) (rebuilt as { locations: GraphQLError['locations'] }).locations = error.locations;
  return rebuilt;
}

/**
 * Executes operations with graphql-jit: each (operation text, operation name) is compiled once into a
 * JavaScript function and kept (least recently used first out, `maxEntries`). Whatever graphql-jit
 * cannot compile, and every request whose variables do not coerce (so that their errors read exactly as
 * graphql-js words them), runs on plain graphql-js `execute`. Resolvers, errors and their masking are the
 * same: the compiled code calls the schema's own resolvers and returns located GraphQL errors, which
 * Apollo formats as before.
 */
export class CompiledExecutor {
  private readonly compiled = new Map<string, CompiledQuery | null>();
  compiledRuns = 0;
  plainRuns = 0;

  constructor(private readonly maxEntries = 500) {}

  private compiledFor(input: ExecuteInput): CompiledQuery | null {
    if (input.source === undefined) return null;
    const key = `${input.operationName ?? ''}\0${input.source}`;
    let found = this.compiled.get(key);
    if (found !== undefined) {
      this.compiled.delete(key);
      this.compiled.set(key, found);
      return found;
    }
    try {
      const result = compileQuery(input.schema, input.document, input.operationName ?? undefined);
      found = isCompiledQuery(result) ? (result as CompiledQuery) : null;
    } catch {
      found = null;
    }
    this.compiled.set(key, found);
    for (const oldest of this.compiled.keys()) {
      if (this.compiled.size <= this.maxEntries) break;
      this.compiled.delete(oldest);
    }
    return found;
  }

  /** Whether the variables coerce (graphql-js decides, and words the errors when they do not). */
  private variablesCoerce(input: ExecuteInput): boolean {
    const operation = getOperationAST(input.document, input.operationName);
    if (!operation) return false;
    const defs = operation.variableDefinitions ?? [];
    if (defs.length === 0) return true;
    const coerced = getVariableValues(input.schema, defs, input.variables ?? {}, { maxErrors: 1 });
    return coerced.errors === undefined;
  }

  async execute(input: ExecuteInput): Promise<ExecutionResult> {
    const compiled = this.variablesCoerce(input) ? this.compiledFor(input) : null;
    if (compiled) {
      this.compiledRuns += 1;
      const result = await compiled.query(undefined, input.contextValue, input.variables ?? {});
      return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
    }
    this.plainRuns += 1;
    return execute({
      schema: input.schema,
      document: input.document,
      contextValue: input.contextValue,
      variableValues: input.variables,
      operationName: input.operationName,
    });
  }
}
