import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../relay/page.args';

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Text in the username or display name.' })
  @IsOptional()
  @MaxLength(64)
  search?: string;
}
