import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { AuditLogConnection } from './audit-log-connection.type';
import { AuditLogArgs } from './audit-log.args';

@Resolver()
export class AuditLogResolver {
  @Authorized('ADMIN')
  @Query(() => AuditLogConnection, { description: 'The audit log of your region, newest first; filter by action, user and date range. ADMIN only.' })
  auditLog(@Ctx() ctx: RequestContext, @Args() args: AuditLogArgs): Promise<AuditLogConnection> {
    return ctx.services.auditLog.list(ctx, args);
  }
}
