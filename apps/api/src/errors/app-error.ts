/** The error codes clients see in `extensions.code` for failures the API explains. */
export const APP_ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'STALE_PLAN', 'CONFLICT', 'SELF_LOCKOUT', 'TOO_MANY_REQUESTS', 'BUDGET_OVERRUN'] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** A failure the client can act on. Services throw these; `formatError` maps them once. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** The argument or input field at fault (BAD_USER_INPUT; also FORBIDDEN and CONFLICT when one field is the cause). */
    readonly field?: string,
    /** TOO_MANY_REQUESTS: seconds until the client may try again (HTTP 429 with Retry-After). */
    readonly retryAfterSeconds?: number,
    /** Machine-readable facts of the failure, sent as `extensions.details` (BUDGET_OVERRUN: the lines overrun). */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** Read by graphql-js into the located error, and by Apollo Server for the HTTP status (then dropped). */
  get extensions(): Record<string, unknown> | undefined {
    if (this.code !== 'TOO_MANY_REQUESTS') return undefined;
    const headers = new Map([['retry-after', String(this.retryAfterSeconds ?? 60)]]);
    return { code: this.code, http: { status: 429, headers } };
  }
}

export const unauthenticated = (message = 'Authentication required'): AppError => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Not allowed for your role', field?: string): AppError => new AppError('FORBIDDEN', message, field);
export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what} not found`);
export const badInput = (field: string, message: string): AppError => new AppError('BAD_USER_INPUT', message, field);
/** `details`: for a post transfer or recall that no longer fits, `{ reason: QUOTA_BELOW_ZERO | RECALL_NOT_ON_LOAN | UNKNOWN_SCHOOL | INVALID_TRANSFER, subject }`. */
export const stalePlan = (message: string, details?: unknown): AppError => new AppError('STALE_PLAN', message, undefined, undefined, details);
export const conflict = (message: string, field?: string): AppError => new AppError('CONFLICT', message, field);
/** An administrator may not delete their own account or drop their own ADMIN role (nobody locks the system out). */
export const selfLockout = (message: string): AppError => new AppError('SELF_LOCKOUT', message);
/** Too many failed logins for an account or from an address: HTTP 429 with Retry-After. */
export const tooManyRequests = (message: string, retryAfterSeconds: number): AppError => new AppError('TOO_MANY_REQUESTS', message, undefined, retryAfterSeconds);
/** Applying the plan would commit more than a budget line holds, and its scenario does not allow it. */
export const budgetOverrun = (message: string, details: unknown): AppError => new AppError('BUDGET_OVERRUN', message, undefined, undefined, details);
