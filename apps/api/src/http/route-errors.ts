import type { Response } from 'express';
import type { Viewer } from '../auth/viewer';
import { AppError } from '../errors/app-error';
import type { RequestAuth } from './auth.middleware';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

/** The viewer of a file route (export, import), or a 401 answer with the reason. */
export function viewerOr401(res: Response): Viewer | null {
  const auth = res.locals.auth as RequestAuth;
  if (!auth.viewer) res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: auth.authError?.message ?? 'Authentication required' } });
  return auth.viewer;
}

/** Answers an AppError with its HTTP status and code, like the GraphQL errors; anything else is rethrown. */
export function sendAppError(res: Response, error: unknown): void {
  if (!(error instanceof AppError)) throw error;
  res.status(STATUS[error.code] ?? 409).json({ error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) } });
}
