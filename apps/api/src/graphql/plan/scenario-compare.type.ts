import { Field, Float, Int, ObjectType } from 'type-graphql';
import { IndicatorBalance } from '../county/indicator-balance.type';
import { Scenario } from '../scenario/scenario.type';

@ObjectType({ simpleResolvers: true, description: 'One scenario\'s column of a comparison.' })
export class ScenarioComparisonColumn {
  @Field(() => Scenario) scenario!: Scenario;
  @Field(() => Float) cost!: number;
  @Field(() => Float, { description: 'Teachers missing over every check after the plan.' }) shortfallTeachers!: number;
  @Field(() => Int) compliantSectionsAfter!: number;
  @Field(() => Int) sections!: number;
  @Field(() => Int) rotations!: number;
  @Field(() => Int) hires!: number;
  @Field(() => [IndicatorBalance], { description: 'CV per level and indicator after the plan.' }) balanceAfter!: IndicatorBalance[];
}

@ObjectType({ simpleResolvers: true, description: 'A teacher the compared plans treat differently: receiving school per scenario (null: stays).' })
export class RotationDifference {
  @Field() staffNo!: string;
  @Field() fromSchool!: string;
  @Field(() => [String], { nullable: 'items' }) toSchools!: Array<string | null>;
}

@ObjectType({ simpleResolvers: true })
export class ScenarioComparison {
  @Field(() => [ScenarioComparisonColumn]) columns!: ScenarioComparisonColumn[];
  @Field(() => [RotationDifference]) differentRotations!: RotationDifference[];
}
