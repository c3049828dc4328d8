import { IsDateString, IsIn, IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ObjectionDecisionEnum } from './lifecycle-enums';

@InputType({ description: 'An objection recorded by HR on a teacher\'s behalf.' })
export class RecordObjectionInput {
  @Field({ description: 'Staff number of the teacher on the notice.' })
  @Length(1, 40)
  staffNo!: string;

  @Field({ description: 'What the teacher objects to.' })
  @Length(1, 4000)
  text!: string;

  @Field(() => String, { nullable: true, description: 'File name of the evidence handed in (the file stays on paper or in the records office).' })
  @IsOptional()
  @Length(1, 200)
  evidenceFileName?: string | null;

  @Field({ description: 'Date received, YYYY-MM-DD (not in the future).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'receivedOn must be a date YYYY-MM-DD (日期格式应为 YYYY-MM-DD)' })
  @IsDateString({ strict: true }, { message: 'receivedOn must be a real date (日期无效)' })
  receivedOn!: string;
}

@InputType()
export class DecideObjectionInput {
  @Field(() => ObjectionDecisionEnum)
  @IsIn(Object.values(ObjectionDecisionEnum))
  decision!: 'UPHELD' | 'DISMISSED';

  @Field({ description: 'Why (处理理由).' })
  @Length(1, 2000)
  reason!: string;
}

@InputType()
export class RegionHolidayInput {
  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD (日期格式应为 YYYY-MM-DD)' })
  @IsDateString({ strict: true }, { message: 'date must be a real date (日期无效)' })
  date!: string;

  @Field()
  @Length(1, 100)
  name!: string;
}
