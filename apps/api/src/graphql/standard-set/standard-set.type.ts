import type { Education, IndicatorCode, Level } from '@junheng/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EducationEnum, IndicatorCodeEnum, LevelEnum } from '../enums/register-enums';
import { RetirementSchedule } from './retirement-schedule.type';

@ObjectType({ simpleResolvers: true, description: 'Thresholds of one level; null means reported, not judged.' })
export class LevelStandards {
  @Field(() => LevelEnum)
  level!: Level;

  @Field(() => Float, { nullable: true }) qualifiedPer100Min!: number | null;
  @Field(() => Float, { nullable: true }) backbonePer100Min!: number | null;
  @Field(() => Float, { nullable: true }) peArtsPer100Min!: number | null;
  @Field(() => Float, { nullable: true }) studentsPerTeacherMax!: number | null;
  @Field(() => Float, { nullable: true }) avgClassSizeMax!: number | null;
  @Field(() => Int, { nullable: true }) classes56PlusMax!: number | null;
  @Field(() => Float, { nullable: true }) floorAreaPerStudentMin!: number | null;
  @Field(() => Float, { nullable: true }) sportsAreaPerStudentMin!: number | null;
  @Field(() => Float, { nullable: true }) equipmentPerStudentMin!: number | null;
  @Field(() => Float, { nullable: true }) multimediaPer100Min!: number | null;
  @Field(() => Float, { nullable: true, description: 'Largest coefficient of variation across schools (差异系数).' }) cvMax!: number | null;
  @Field(() => EducationEnum, { description: 'Minimum education counted as qualified.' }) qualifiedEducationMin!: Education;
  @Field(() => EducationEnum, { description: 'Lowest education a new hire of the level may have (below it only when a scenario allows, flagged).' }) hireEducationMin!: Education;
  @Field({ description: 'A new hire needs the teacher certificate of the level (e.g. 高级中学教师资格).' }) hireCertificateRequired!: boolean;
  @Field(() => Float, { description: 'Weekly teaching periods one class needs (课时).' }) periodsPerClass!: number;
  @Field(() => Float, { description: 'Weekly teaching periods one teacher gives.' }) periodsPerTeacher!: number;
}

@ObjectType({ simpleResolvers: true })
export class RotationRules {
  @Field(() => Int) minYearsAtSchool!: number;
  @Field(() => Int) minYearsBeforeRetirement!: number;
  @Field(() => Int, { description: 'Men\'s base retirement age (before the gradual rise).', deprecationReason: 'The age rises by birth month: use retirementMen.' }) retirementAgeMale!: number;
  @Field(() => Int, { description: 'Women\'s base retirement age (before the gradual rise).', deprecationReason: 'The age rises by birth month: use retirementWomen.' }) retirementAgeFemale!: number;
  @Field(() => RetirementSchedule, { description: 'Men\'s statutory retirement age schedule; change it with overrides under `rotation.retirement.M`.' }) retirementMen!: RetirementSchedule;
  @Field(() => RetirementSchedule, { description: 'Women teachers\' statutory retirement age schedule; overrides under `rotation.retirement.F`.' }) retirementWomen!: RetirementSchedule;
  @Field({ description: 'Both schedules in words (男：…；女：…).' }) retirementRule!: string;
  @Field(() => Float) quotaShareOfEligible!: number;
  @Field(() => Float) backboneShareOfRotating!: number;
  @Field(() => Float) donorMaxLossShare!: number;
  @Field(() => Int) termYears!: number;
  @Field(() => Float) distanceLimitKm!: number;
}

@ObjectType({ simpleResolvers: true })
export class SizeRules {
  @Field(() => Int) compulsorySchoolMaxStudents!: number;
  @Field(() => Int) nineYearSchoolMaxStudents!: number;
  @Field(() => Int) seniorSchoolMaxStudents!: number;
  @Field(() => Int) largeClassMin!: number;
  @Field(() => Int) oversizedClassMin!: number;
  @Field(() => Int) extraLargeClassMin!: number;
}

@ObjectType({ simpleResolvers: true })
export class SixOfSevenRule {
  @Field(() => Int) minPassing!: number;
  @Field(() => Float) floorShare!: number;
}

@ObjectType({ simpleResolvers: true })
export class IndicatorInfo {
  @Field(() => IndicatorCodeEnum) code!: IndicatorCode;
  @Field({ description: 'Name in the national standard (Chinese).' }) label!: string;
}

@ObjectType({ simpleResolvers: true, description: 'The thresholds indicators are judged by.' })
export class StandardSet {
  @Field() id!: string;
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field(() => [LevelStandards]) levels!: LevelStandards[];
  @Field(() => RotationRules) rotation!: RotationRules;
  @Field(() => SizeRules) sizes!: SizeRules;
  @Field(() => SixOfSevenRule) sixOfSeven!: SixOfSevenRule;
  @Field(() => [IndicatorInfo]) indicators!: IndicatorInfo[];

  @Field({ description: 'The published rotation points rule (积分) in words, as the notice prints it; change it with overrides under `rotationPoints`.' })
  rotationPointsRule!: string;

  @Field({ description: 'The rotation points rule\'s numbers as JSON (perYearAtSchool, yearsFrom, backbone, title, age, hardshipDeduction).' })
  rotationPoints!: string;

  @Field(() => String, { nullable: true, description: 'The region whose saved set applies (the county itself or its city); null: the national defaults.' })
  ownerRegionCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The saved changes to the national defaults, as JSON (the same shape as a scenario\'s `overrides`); null when none apply.' })
  overrides!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601; when the saved set was last changed.' })
  updatedAt!: string | null;

  @Field(() => String, { nullable: true })
  updatedBy!: string | null;
}
