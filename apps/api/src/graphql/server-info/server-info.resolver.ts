import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { ServerInfo } from './server-info.type';

@Resolver(() => ServerInfo)
export class ServerInfoResolver {
  @Query(() => ServerInfo, { description: 'Public: no login needed.' })
  serverInfo(@Ctx() ctx: RequestContext): Promise<ServerInfo> {
    return ctx.services.serverInfo.info(ctx);
  }
}
