import type { AuthChecker } from 'type-graphql';
import { type RequestContext } from '../context';
import { requireViewer } from './require-viewer';
import { forbidden } from '../errors/app-error';

/** `@Authorized()` needs a viewer (UNAUTHENTICATED); `@Authorized('HR', ...)` also one of the roles (FORBIDDEN). */
export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  const viewer = requireViewer(context);
  if (roles.length > 0 && !roles.includes(viewer.role)) throw forbidden();
  return true;
};
