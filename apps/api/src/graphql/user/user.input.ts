import { IsOptional, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { Role } from '../../auth/role';
import { RoleEnum } from '../enums/register-enums';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from './user-rules';

@InputType({ description: 'A new user of a region inside yours.' })
export class CreateUserInput {
  @Field({ description: '2-64 lowercase letters, digits, ".", "_" or "-", starting with a letter or digit; unique.' })
  @Matches(USERNAME_PATTERN, { message: 'username must be 2-64 lowercase letters, digits, ".", "_" or "-", starting with a letter or digit' })
  username!: string;

  @Field()
  @Length(1, 100)
  displayName!: string;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters.` })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field({ description: 'A county or city code inside your region.' })
  @Length(1, 12)
  regionCode!: string;
}

@InputType({ description: 'Changes to a user; omitted fields stay as they are. A new role, region or password ends the user\'s sessions.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  displayName?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  role?: Role | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 12)
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: `A new password, at least ${PASSWORD_MIN_LENGTH} characters.` })
  @IsOptional()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string | null;
}
