import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { LEVELS, type Level } from '@junheng/domain';
import { LevelEnum } from '../enums/register-enums';
import { RecallScopeInput } from './recall-scope.type';
import { DatedTargetInput } from './dated-target.type';
import { ComplianceTargetEnum, MoveDirectionsEnum, SolveModeEnum, SolverBackendEnum } from './scenario-enums';

/** Fields a planner sets on a scenario; every one optional on update. */
@InputType({ description: 'Scenario parameters. Omitted fields keep their defaults (create) or current values (update).' })
export class ScenarioParametersInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field(() => Float, { nullable: true, description: 'Yearly budget cap, yuan; null removes the cap.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  budgetCap?: number | null;

  @Field(() => Int, { nullable: true, description: 'School years the plan spans, 1 to 5 (default 1).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  years?: number;

  @Field(() => [Float], { nullable: 'itemsAndList', description: 'Budget cap of each year (one per year, yuan; a null item: no cap that year); null: budgetCap every year.' })
  @IsOptional()
  @ArrayMaxSize(5)
  yearBudgetCaps?: (number | null)[] | null;

  @Field(() => [DatedTargetInput], { nullable: true, description: 'Dated targets the multi-year plan reports on (met or not, by how much); null: none.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  targets?: DatedTargetInput[] | null;

  @Field(() => SolveModeEnum, { nullable: true })
  @IsOptional()
  mode?: keyof typeof SolveModeEnum;

  @Field(() => ComplianceTargetEnum, { nullable: true })
  @IsOptional()
  target?: keyof typeof ComplianceTargetEnum;

  @Field(() => SolverBackendEnum, { nullable: true })
  @IsOptional()
  backend?: keyof typeof SolverBackendEnum;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(3600)
  timeLimitSeconds?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(0.5)
  mipGap?: number;

  @Field(() => Float, { nullable: true, description: 'km; null uses the standard set\'s limit (50 km).' })
  @IsOptional()
  @IsNumber()
  @Min(0.1)
  @Max(1000)
  distanceLimitKm?: number | null;

  @Field(() => MoveDirectionsEnum, { nullable: true })
  @IsOptional()
  directions?: keyof typeof MoveDirectionsEnum;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  extraQuotaPerSchool?: number;

  @Field(() => [String], { nullable: true, description: 'Staff numbers of teachers who must stay.' })
  @IsOptional()
  @ArrayMaxSize(20000)
  lockedStaffNos?: string[];

  @Field(() => [String], { nullable: true, description: 'Staff numbers never picked for a rotation.' })
  @IsOptional()
  @ArrayMaxSize(20000)
  excludedStaffNos?: string[];

  @Field(() => [String], { nullable: true, description: 'Staff numbers exempted from rotation eligibility (illness, pregnancy, ...).' })
  @IsOptional()
  @ArrayMaxSize(20000)
  exemptStaffNos?: string[];

  @Field(() => String, { nullable: true, description: 'Standard-set overrides as JSON, e.g. {"levels":{"PRIMARY":{"peArtsPer100Min":1.0}}}.' })
  @IsOptional()
  @MaxLength(20000)
  overrides?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Applying the plan may commit more than a budget line holds (default false: BUDGET_OVERRUN).' })
  @IsOptional()
  allowBudgetOverrun?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Allow hires below the standard set\'s minimum education of their level; each such hire is flagged.' })
  @IsOptional()
  @IsBoolean()
  allowHiresBelowMinimum?: boolean;

  @Field(() => [LevelEnum], { nullable: true, description: 'Levels the plan covers; null: every level the county has. Others get no hires, class splits or incoming rotations.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'levels must name at least one level, or be null for every level (至少选择一个学段)' })
  @ArrayUnique()
  @IsEnum(LevelEnum, { each: true })
  levels?: Level[] | null;

  @Field(() => [String], { nullable: true, description: 'Budget lines (科目) of the county and year the plan draws on, each bounded by its amount minus what is committed; null: only the budget cap.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  budgetCategories?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Vacant posts may move between the county\'s schools (统筹编制, 县管校聘) within the standard set\'s limits (default true).' })
  @IsOptional()
  @IsBoolean()
  allowPostTransfers?: boolean;

  @Field(() => RecallScopeInput, { nullable: true, description: 'Teachers on loan the plan may recall (default ALL). LISTED names staff numbers of teachers on loan in the county; unknown ones or teachers not on loan are refused (BAD_USER_INPUT, named).' })
  @IsOptional()
  @ValidateNested()
  recalls?: RecallScopeInput;
}

@InputType({ description: 'A new scenario for one county of your region.' })
export class CreateScenarioInput extends ScenarioParametersInput {
  @Field()
  @Matches(/^\d{6}$/, { message: 'countyCode must be a 6-digit county code' })
  countyCode!: string;
}
