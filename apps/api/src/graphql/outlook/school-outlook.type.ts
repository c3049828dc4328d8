import type { AreaType, Level } from '@junheng/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AreaTypeEnum, LevelEnum } from '../enums/register-enums';
import { SchoolOutlookYear } from './outlook-year.type';

@ObjectType({ simpleResolvers: true, description: 'This year\'s figures a section\'s outlook starts from.' })
export class SectionOutlookBasis {
  @Field(() => LevelEnum)
  level!: Level;

  @Field(() => Int)
  students!: number;

  @Field(() => Int)
  classes!: number;

  @Field(() => [Int], { description: 'This year\'s cohorts, first grade first (from 年级, or the section total spread evenly when coarse).' })
  grades!: number[];

  @Field({ description: 'No 年级 rows: the cohorts are the section total spread evenly.' })
  coarse!: boolean;

  @Field(() => Int)
  teachers!: number;
}

@ObjectType({ simpleResolvers: true, description: '五年展望 of one school: students, classes, classrooms and teachers by year.' })
export class SchoolOutlook {
  @Field()
  schoolCode!: string;

  @Field()
  schoolName!: string;

  @Field()
  township!: string;

  @Field(() => AreaTypeEnum)
  area!: AreaType;

  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lon!: number;

  @Field({ description: 'Some section has no 年级 data (its forecast is coarse).' })
  coarse!: boolean;

  @Field(() => [SectionOutlookBasis])
  basis!: SectionOutlookBasis[];

  @Field(() => [SchoolOutlookYear])
  years!: SchoolOutlookYear[];

  @Field(() => Int, { nullable: true, description: 'First year whose classes exceed the classrooms.' })
  firstYearShortOfClassrooms!: number | null;

  @Field(() => Int, { nullable: true, description: 'First year a section lacks teachers (rules R or T).' })
  firstYearShortOfTeachers!: number | null;
}
