import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ScenarioStatus } from '@junheng/db';
import type { Level } from '@junheng/domain';
import { LevelEnum } from '../enums/register-enums';
import { ComplianceTargetEnum, MoveDirectionsEnum, ScenarioStatusEnum, SolveModeEnum, SolverBackendEnum } from './scenario-enums';
import { ScenarioProgress } from './scenario-progress.type';
import { RecallScope } from './recall-scope.type';
import { DatedTargetType } from './dated-target.type';

@ObjectType({ description: 'A planner\'s allocation scenario (方案): parameters, status and, once solved, its plan.' })
export class Scenario {
  @Field(() => ID, { description: 'The scenario id (a UUID).' })
  id!: string;

  @Field()
  name!: string;

  @Field()
  countyCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => ScenarioStatusEnum)
  status!: ScenarioStatus;

  @Field(() => ScenarioProgress, { nullable: true })
  progress!: ScenarioProgress | null;

  @Field(() => String, { nullable: true, description: 'Why the run failed.' })
  error!: string | null;

  @Field(() => Float, { nullable: true, description: 'Yearly budget cap, yuan; null: no cap.' })
  budgetCap!: number | null;

  @Field(() => Int, { description: 'School years the plan spans (1 to 5).' })
  years!: number;

  @Field(() => [Float], { nullable: 'itemsAndList', description: 'Budget cap of each year (a null item: no cap); null: budgetCap every year.' })
  yearBudgetCaps!: (number | null)[] | null;

  @Field(() => [DatedTargetType], { description: 'Dated targets the multi-year plan reports on.' })
  targets!: DatedTargetType[];

  @Field(() => SolveModeEnum)
  mode!: string;

  @Field(() => ComplianceTargetEnum)
  target!: string;

  @Field(() => SolverBackendEnum)
  backend!: string;

  @Field(() => Float)
  timeLimitSeconds!: number;

  @Field(() => Float)
  mipGap!: number;

  @Field(() => Float, { nullable: true, description: 'Overrides the standard set\'s distance limit (km).' })
  distanceLimitKm!: number | null;

  @Field(() => MoveDirectionsEnum)
  directions!: string;

  @Field(() => Int, { description: 'Extra quota (有需增编) allowed per school.' })
  extraQuotaPerSchool!: number;

  @Field(() => [String])
  lockedStaffNos!: string[];

  @Field(() => [String])
  excludedStaffNos!: string[];

  @Field(() => [String])
  exemptStaffNos!: string[];

  @Field(() => String, { nullable: true, description: 'Overrides of the standard set, as JSON.' })
  overrides!: string | null;

  @Field(() => Boolean, { description: 'Applying the plan may commit more than a budget line holds.' })
  allowBudgetOverrun!: boolean;

  @Field(() => String, { nullable: true })
  createdBy!: string | null;

  @Field({ description: 'Hires below the level\'s minimum education are allowed (and flagged).' })
  allowHiresBelowMinimum!: boolean;

  @Field(() => [LevelEnum], { nullable: true, description: 'Levels the plan covers; null: every level.' })
  levels!: Level[] | null;

  @Field(() => [String], { nullable: true, description: 'Budget lines the plan draws on; null: only the budget cap.' })
  budgetCategories!: string[] | null;

  @Field({ description: 'Vacant posts may move between the county\'s schools (统筹编制).' })
  allowPostTransfers!: boolean;

  @Field(() => RecallScope, { description: 'Teachers on loan the plan may recall (借调返校).' })
  recalls!: RecallScope;

  @Field()
  createdAt!: string;

  @Field()
  updatedAt!: string;

  /** The notice (not fields: the lifecycle field resolvers read them). */
  noticeToken!: string | null;
  publishedAt!: Date | null;
  noticeEndsAt!: Date | null;
  noticeWorkingDays!: number | null;
}
