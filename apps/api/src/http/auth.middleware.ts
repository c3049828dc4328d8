import type { RequestHandler } from 'express';
import { DEV_BYPASS_VIEWER, devBypassApplies } from '../auth/dev-bypass';
import type { SessionCheck } from '../auth/session-check';
import type { TokenService } from '../auth/token.service';
import type { Viewer } from '../auth/viewer';
import { AppError, unauthenticated } from '../errors/app-error';

export interface RequestAuth {
  viewer: Viewer | null;
  authError: AppError | null;
}

/**
 * Reads `Authorization: Bearer`, once per request, into `res.locals.auth`. A bad token is an error only
 * where data is asked for. With `sessions`, a valid token is also checked against the user row (deleted
 * or changed users are refused) and the scope read with it goes to `res.locals.scope`.
 */
export function authMiddleware(tokens: TokenService, bypass: { nodeEnv: string; embeddedDatabase: boolean }, sessions?: SessionCheck): RequestHandler {
  return async (req, res, next) => {
    const auth: RequestAuth = { viewer: null, authError: null };
    const header = req.headers.authorization;
    if (header) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!m) auth.authError = unauthenticated('Authorization must be "Bearer <token>"');
      else {
        try {
          const viewer = await tokens.verify(m[1]!);
          if (sessions && viewer.userId !== null && viewer.regionCode !== null) {
            const scope = await sessions.check(viewer.userId, viewer.sessionVersion ?? 0, viewer.regionCode);
            if (!scope) throw unauthenticated('Session ended: sign in again');
            res.locals.scope = scope;
          }
          auth.viewer = viewer;
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
