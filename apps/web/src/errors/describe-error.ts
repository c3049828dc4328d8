import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { Translate } from '../i18n/locale-context';
import type { MessageKey } from '../i18n/messages';
import { ERROR_MESSAGE_KEYS, FIELD_LABEL_KEYS, isKnownErrorCode, type ErrorCode } from './error-messages';

export interface DescribedError {
  code: ErrorCode;
  /** The input field the API blamed (BAD_USER_INPUT; FORBIDDEN or CONFLICT caused by one field), if any. */
  field: string | null;
}

/** An HTTP (export, upload) failure that carries the API's code. */
export class HttpApiError extends Error {
  constructor(readonly code: string, readonly status: number, readonly field: string | null = null) {
    super(code);
    this.name = 'HttpApiError';
  }
}

function fromCode(code: unknown, field: unknown = null): DescribedError {
  const c = typeof code === 'string' && isKnownErrorCode(code) ? code : 'UNKNOWN';
  return { code: c, field: typeof field === 'string' ? field : null };
}

/** Classifies anything thrown by Apollo Client or fetch into a known code; never looks at the message text. */
export function classifyError(error: unknown): DescribedError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    return fromCode(first?.extensions?.code, first?.extensions?.field);
  }
  if (error instanceof HttpApiError) return fromCode(error.code, error.field);
  if (ServerError.is(error)) {
    if (error.statusCode === 429) return { code: 'TOO_MANY_REQUESTS', field: null };
    // Apollo answers some request errors (400) with a GraphQL body.
    try {
      const body = JSON.parse(error.bodyText) as { errors?: Array<{ extensions?: { code?: unknown } }> };
      const code = body.errors?.[0]?.extensions?.code;
      if (code !== undefined) return fromCode(code);
    } catch {
      /* not JSON */
    }
    return { code: error.statusCode >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN', field: null };
  }
  if (ServerParseError.is(error)) return { code: 'INTERNAL_SERVER_ERROR', field: null };
  if (error instanceof TypeError) return { code: 'NETWORK', field: null };
  return { code: 'UNKNOWN', field: null };
}

/** Messages that name the field at fault, per code. */
const FIELD_MESSAGE_KEYS: Partial<Record<ErrorCode, MessageKey>> = {
  BAD_USER_INPUT: 'error.BAD_USER_INPUT_FIELD',
  FORBIDDEN: 'error.FORBIDDEN_FIELD',
  CONFLICT: 'error.CONFLICT_FIELD',
};

/** The message to show for an error, in the current language. */
export function describeError(error: unknown, t: Translate): string {
  const { code, field } = classifyError(error);
  const fieldMessage = FIELD_MESSAGE_KEYS[code];
  if (fieldMessage && field) {
    const labelKey = FIELD_LABEL_KEYS[field.split('.')[0] ?? field];
    if (labelKey) return t(fieldMessage, { field: t(labelKey) });
  }
  return t(ERROR_MESSAGE_KEYS[code]);
}
