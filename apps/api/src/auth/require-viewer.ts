import type { RequestContext } from '../context';
import { unauthenticated } from '../errors/app-error';
import type { Viewer } from './viewer';

/** The viewer, or UNAUTHENTICATED (with the reason a presented token was refused). */
export function requireViewer(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw ctx.authError ?? unauthenticated();
  return ctx.viewer;
}
