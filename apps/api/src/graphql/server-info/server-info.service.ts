import { UserEntity } from '@junheng/db';
import { In } from 'typeorm';
import type { RequestContext } from '../../context';
import { DemoUser, ServerInfo } from './server-info.type';

const DEMO_USERNAMES = ['viewer', 'planner', 'hr', 'admin'];

/** Public facts for the login page: the plan year and, in demo mode only, the demo accounts. */
export class ServerInfoService {
  constructor(private readonly demoMode: boolean) {}

  async info(ctx: RequestContext): Promise<ServerInfo> {
    const users = this.demoMode
      ? await ctx.dataSource.getRepository(UserEntity).find({ where: { username: In(DEMO_USERNAMES) }, order: { id: 'ASC' } })
      : [];
    return Object.assign(new ServerInfo(), {
      planYear: ctx.planYear,
      demo: users.length > 0,
      demoUsers: users.map((u) => Object.assign(new DemoUser(), { username: u.username, displayName: u.displayName, role: u.role, regionCode: u.regionCode })),
    });
  }
}
