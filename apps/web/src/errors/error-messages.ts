import type { MessageKey } from '../i18n/messages';

/**
 * The one place every error code the API can answer (extensions.code, or the code of an export's JSON
 * error) maps to a message. Codes not listed fall back to error.UNKNOWN: the page never shows the
 * server's English text or a stack.
 */
export const ERROR_MESSAGE_KEYS = {
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
  FORBIDDEN: 'error.FORBIDDEN',
  NOT_FOUND: 'error.NOT_FOUND',
  BAD_USER_INPUT: 'error.BAD_USER_INPUT',
  STALE_PLAN: 'error.STALE_PLAN',
  CONFLICT: 'error.CONFLICT',
  ILLEGAL_TRANSITION: 'error.ILLEGAL_TRANSITION',
  BUDGET_OVERRUN: 'error.BUDGET_OVERRUN',
  SELF_LOCKOUT: 'error.SELF_LOCKOUT',
  IMPORT_BUSY: 'error.IMPORT_BUSY',
  PAYLOAD_TOO_LARGE: 'error.PAYLOAD_TOO_LARGE',
  GRAPHQL_VALIDATION_FAILED: 'error.GRAPHQL_VALIDATION_FAILED',
  GRAPHQL_PARSE_FAILED: 'error.GRAPHQL_PARSE_FAILED',
  BAD_REQUEST: 'error.BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'error.PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'error.PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE: 'error.OPERATION_RESOLUTION_FAILURE',
  INTERNAL_SERVER_ERROR: 'error.INTERNAL_SERVER_ERROR',
  TOO_MANY_REQUESTS: 'error.TOO_MANY_REQUESTS',
  NETWORK: 'error.NETWORK',
  UNKNOWN: 'error.UNKNOWN',
} as const satisfies Record<string, MessageKey>;

export type ErrorCode = keyof typeof ERROR_MESSAGE_KEYS;

export function isKnownErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_MESSAGE_KEYS, code);
}

/** Input fields the API names in extensions.field (BAD_USER_INPUT, and FORBIDDEN or CONFLICT caused by one field), with their labels. */
export const FIELD_LABEL_KEYS: Record<string, MessageKey> = {
  budgetCap: 'field.budgetCap',
  distanceLimitKm: 'field.distanceLimitKm',
  extraQuotaPerSchool: 'field.extraQuotaPerSchool',
  year: 'field.year',
  name: 'field.name',
  overrides: 'field.overrides',
  lockedStaffNos: 'field.lockedStaffNos',
  excludedStaffNos: 'field.excludedStaffNos',
  ids: 'field.ids',
  file: 'field.file',
  username: 'field.username',
  displayName: 'field.displayName',
  password: 'field.password',
  role: 'field.role',
  regionCode: 'field.regionCode',
  id: 'field.id',
  issuer: 'field.issuer',
  numberPattern: 'field.numberPattern',
  number: 'field.number',
  date: 'field.date',
};
