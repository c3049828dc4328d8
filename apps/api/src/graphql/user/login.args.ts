import { IsNotEmpty, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsNotEmpty()
  @MaxLength(64)
  username!: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}
