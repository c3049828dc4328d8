import { unwrapResolverError } from '@apollo/server/errors';
import { IllegalTransitionError, ScenarioMissingError, ScenarioRuleError, StoredScenarioError } from '@junheng/db';
import type { ValidationError } from 'class-validator';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { AppError, type AppErrorCode } from './app-error';

/** Codes Apollo Server itself assigns to request-level failures (parse, validation, variables): kept as they are. */
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export interface FormatErrorOptions {
  /** Development: keep messages and stack traces of unexpected errors. */
  exposeDetails: boolean;
  /** Where unexpected errors are reported (default console.error). */
  log?: (error: unknown) => void;
}

function firstProperty(errors: readonly ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    return e.children && e.children.length > 0 ? firstProperty(e.children, path) : [path];
  });
}

function validationMessage(errors: readonly ValidationError[]): string {
  const messages = errors.flatMap((e) => [...Object.values(e.constraints ?? {}), ...(e.children ? [validationMessage(e.children)] : [])]);
  return messages.filter(Boolean).join('; ') || 'Invalid input';
}

/**
 * By its toStringTag, not instanceof: graphql can be loaded twice (its CommonJS and ES builds) in one
 * process, and Apollo's subclasses (ValidationError, SyntaxError, ...) rename themselves.
 */
function isGraphQLError(error: unknown): boolean {
  return Object.prototype.toString.call(error) === '[object GraphQLError]';
}

/** A domain failure from another package that carries its own code (e.g. StandardOverrideError). */
function domainCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof (error as { code: unknown }).code === 'string') {
    return (error as { code: string }).code;
  }
  return null;
}

function appErrorExtensions(code: AppErrorCode, field: string | undefined, details: unknown): Record<string, unknown> {
  switch (code) {
    case 'BUDGET_OVERRUN':
      return { code, details };
    case 'STALE_PLAN':
      return details === undefined ? { code } : { code, details };
    case 'BAD_USER_INPUT':
    case 'FORBIDDEN':
    case 'CONFLICT':
      return field ? { code, field } : { code };
    case 'UNAUTHENTICATED':
    case 'NOT_FOUND':
    case 'SELF_LOCKOUT':
    case 'TOO_MANY_REQUESTS':
      return { code };
    default: {
      const exhaustive: never = code;
      return exhaustive;
    }
  }
}

/**
 * The one place errors become what clients see: domain errors keep their code (and the field for bad
 * input), request errors keep Apollo's code, anything else is INTERNAL_SERVER_ERROR with no message,
 * stack or SQL outside development.
 */
export function createFormatError(options: FormatErrorOptions) {
  const log = options.log ?? ((e: unknown) => console.error(e));
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };

    if (original instanceof AppError) {
      return { ...base, message: original.message, extensions: appErrorExtensions(original.code, original.field, original.details) };
    }
    // The scenario lifecycle's refusals: the states for an illegal transition, the reason otherwise.
    if (original instanceof IllegalTransitionError) {
      return { ...base, message: original.message, extensions: { code: original.code, from: original.from, operation: original.operation, allowed: [...original.allowed] } };
    }
    if (original instanceof ScenarioRuleError) {
      return { ...base, message: original.message, extensions: original.field ? { code: original.code, field: original.field } : { code: original.code } };
    }
    if (original instanceof ScenarioMissingError) return { ...base, message: original.message, extensions: { code: 'NOT_FOUND' } };
    if (original instanceof StoredScenarioError) log(original);
    if (original instanceof ArgumentValidationError) {
      const fields = firstProperty(original.extensions.validationErrors);
      return {
        ...base,
        message: `Invalid argument ${fields.join(', ')}: ${validationMessage(original.extensions.validationErrors)}`,
        extensions: { code: 'BAD_USER_INPUT', field: fields[0], fields },
      };
    }
    if (original instanceof AuthenticationError) return { ...base, extensions: { code: 'UNAUTHENTICATED' } };
    if (original instanceof AuthorizationError) return { ...base, extensions: { code: 'FORBIDDEN' } };
    const ownCode = isGraphQLError(original) ? null : domainCode(original);
    if (ownCode === 'BAD_STANDARD_OVERRIDE' || ownCode === 'VALIDATION') {
      return { ...base, message: (original as Error).message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    const code = formatted.extensions?.code;
    if (code === 'COST_LIMIT' && isGraphQLError(original)) {
      return { ...base, extensions: { code, cost: formatted.extensions?.cost, maxCost: formatted.extensions?.maxCost } };
    }
    if (typeof code === 'string' && APOLLO_REQUEST_CODES.has(code) && isGraphQLError(original)) {
      const extensions: Record<string, unknown> = { code };
      if (options.exposeDetails && formatted.extensions?.stacktrace) extensions.stacktrace = formatted.extensions.stacktrace;
      return { ...base, extensions };
    }
    log(original);
    if (options.exposeDetails) {
      return { ...base, extensions: { code: 'INTERNAL_SERVER_ERROR', ...(formatted.extensions?.stacktrace ? { stacktrace: formatted.extensions.stacktrace } : {}) } };
    }
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
