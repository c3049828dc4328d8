import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Region } from '../region/region.type';
import { UserConnection } from './user-connection.type';
import { CreateUserInput, UpdateUserInput } from './user.input';
import { User } from './user.type';
import { UsersArgs } from './users.args';

@Resolver(() => User)
export class UserAdminResolver {
  @Authorized('ADMIN')
  @Query(() => UserConnection, { description: 'Users whose region lies inside yours, by username. ADMIN only.' })
  users(@Ctx() ctx: RequestContext, @Args() args: UsersArgs): Promise<UserConnection> {
    return ctx.services.userAdmin.list(ctx, args);
  }

  @Authorized('ADMIN')
  @Query(() => [Region], { description: 'The regions a user may be given: yours and every region under it, by code. ADMIN only.' })
  assignableRegions(@Ctx() ctx: RequestContext): Promise<Region[]> {
    return ctx.services.userAdmin.assignableRegions(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, { description: 'CONFLICT naming `username` when it is taken; FORBIDDEN naming `regionCode` outside your region. ADMIN only.' })
  createUser(@Ctx() ctx: RequestContext, @Arg('input') input: CreateUserInput): Promise<User> {
    return ctx.services.userAdmin.create(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, { description: 'A new role, region or password ends the user\'s sessions; SELF_LOCKOUT when you would drop your own ADMIN role. ADMIN only.' })
  updateUser(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateUserInput): Promise<User> {
    return ctx.services.userAdmin.update(ctx, id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean, { description: 'Deletes the user and ends their sessions; SELF_LOCKOUT for your own account. ADMIN only.' })
  deleteUser(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.services.userAdmin.delete(ctx, id);
  }
}
