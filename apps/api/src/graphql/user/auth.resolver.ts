import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { AuthPayload } from './auth-payload.type';
import { LoginArgs } from './login.args';
import { User } from './user.type';

@Resolver(() => User)
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'A signed token for `Authorization: Bearer`; UNAUTHENTICATED on a wrong username or password.' })
  login(@Ctx() ctx: RequestContext, @Args() { username, password }: LoginArgs): Promise<AuthPayload> {
    return ctx.services.auth.login(ctx, username, password);
  }

  @Authorized()
  @Query(() => User)
  me(@Ctx() ctx: RequestContext): Promise<User> {
    return ctx.services.auth.me(ctx);
  }
}
