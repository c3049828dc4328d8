import type { RequestHandler } from 'express';
import { DEV_BYPASS_VIEWER, devBypassApplies } from '../auth/dev-bypass';
import type { TokenService } from '../auth/token.service';
import type { Viewer } from '../auth/viewer';
import { AppError, unauthenticated } from '../errors/app-error';

export interface RequestAuth {
  viewer: Viewer | null;
  authError: AppError | null;
}

/** Reads `Authorization: Bearer`, once per request, into `res.locals.auth`. A bad token is an error only where data is asked for. */
export function authMiddleware(tokens: TokenService, bypass: { nodeEnv: string; embeddedDatabase: boolean }): RequestHandler {
  return async (req, res, next) => {
    const auth: RequestAuth = { viewer: null, authError: null };
    const header = req.headers.authorization;
    if (header) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!m) auth.authError = unauthenticated('Authorization must be "Bearer <token>"');
      else {
        try {
          auth.viewer = await tokens.verify(m[1]!);
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          auth.authError = e;
        }
      }
    } else if (
      devBypassApplies({
        ...bypass,
        remoteAddress: req.socket.remoteAddress,
        forwarded: req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined,
      })
    ) {
      auth.viewer = DEV_BYPASS_VIEWER;
    }
    res.locals.auth = auth;
    next();
  };
}
