import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../relay/page.args';
import { TeacherFilter } from './teacher-filter.input';

@ArgsType()
export class SchoolTeachersArgs extends PageArgs {
  @Field(() => TeacherFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: TeacherFilter;
}

@ArgsType()
export class TeachersArgs extends SchoolTeachersArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  schoolCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  countyCode?: string;
}
