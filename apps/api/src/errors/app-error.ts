/** The error codes clients see in `extensions.code` for failures the API explains. */
export const APP_ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'STALE_PLAN', 'CONFLICT'] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** A failure the client can act on. Services throw these; `formatError` maps them once. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** For BAD_USER_INPUT: the argument or input field at fault. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'Authentication required'): AppError => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Not allowed for your role'): AppError => new AppError('FORBIDDEN', message);
export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what} not found`);
export const badInput = (field: string, message: string): AppError => new AppError('BAD_USER_INPUT', message, field);
export const stalePlan = (message: string): AppError => new AppError('STALE_PLAN', message);
export const conflict = (message: string): AppError => new AppError('CONFLICT', message);
