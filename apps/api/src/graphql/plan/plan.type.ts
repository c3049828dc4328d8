import { Field, Float, Int, ObjectType } from 'type-graphql';
import { IndicatorBalance } from '../county/indicator-balance.type';
import {
  CostCurve, PlanCheck, PlanClassSplit, PlanCost, PlanHire, PlanLevelSpending, PlanLineSpending, PlanRotation, PlanShortfall,
} from './plan-parts.type';
import { PlanPostTransfer, PlanRecall } from './plan-levers.type';
import { SectionChange } from './section-change.type';
import { PlanYearSummary } from './plan-year.type';
import { MultiYearCheck } from './multi-year-check.type';
import { PlanRetirement, PlanReturningTeacher } from './plan-year-teachers.type';
import { PlanTargetResult } from '../scenario/dated-target.type';

@ObjectType({ description: 'A solved plan: the plan file\'s every part, with what it changes.' })
export class PlanResult {
  @Field() county!: string;
  @Field(() => Int) year!: number;
  @Field() backend!: string;
  @Field({ description: 'OPTIMAL, FEASIBLE, TIME_LIMIT, INFEASIBLE or ERROR.' }) status!: string;
  @Field(() => Float, { description: 'Relative optimality gap; 0 when proven optimal.' }) gap!: number;
  @Field(() => PlanCost) cost!: PlanCost;
  @Field(() => [PlanRotation]) rotations!: PlanRotation[];
  @Field(() => [PlanHire]) hires!: PlanHire[];
  @Field(() => [PlanClassSplit]) classSplits!: PlanClassSplit[];
  @Field(() => [PlanPostTransfer], { description: 'Vacant posts moved between the county\'s schools (编制调剂; empty in plans without them).' }) postTransfers!: PlanPostTransfer[];
  @Field(() => [PlanRecall], { description: 'Teachers on loan recalled to their school (借调返校; empty in plans without them).' }) recalls!: PlanRecall[];
  @Field(() => [PlanShortfall]) shortfalls!: PlanShortfall[];
  @Field(() => PlanCheck) check!: PlanCheck;
  @Field(() => [SectionChange], { description: 'Indicators before and after, per section.' }) sections!: SectionChange[];
  @Field(() => [IndicatorBalance]) balanceBefore!: IndicatorBalance[];
  @Field(() => [IndicatorBalance]) balanceAfter!: IndicatorBalance[];
  @Field(() => Int) compliantSectionsBefore!: number;
  @Field(() => Int) compliantSectionsAfter!: number;
  @Field(() => Float, { description: 'Teachers missing over every check, after the plan.' }) shortfallTeachers!: number;
  @Field(() => CostCurve, { nullable: true, description: 'Once computed with costCurve(scenarioId, steps).' }) costCurve!: CostCurve | null;
  @Field(() => [PlanYearSummary], { description: 'Per year of a multi-year scenario (years > 1), first year first; empty for a one-year plan.' }) yearPlans!: PlanYearSummary[];
  @Field(() => MultiYearCheck, {
    nullable: true,
    description: 'The years of a multi-year plan checked together (rotations, hires and retirements carried, costs within each cap); null for a one-year plan or one stored before the check.',
  })
  multiYearCheck!: MultiYearCheck | null;
  @Field(() => String, {
    nullable: true,
    description: 'The rotation points rule (积分规则) in words the plan chose its rotating teachers by, with the scenario\'s overrides; null for plans stored before it was recorded.',
  })
  rotationPointsRule!: string | null;
  @Field(() => [Int], { description: 'The school years the plan spans, first first (a one-year plan: its year); each is an argument of Scenario.plan(year).' }) years!: number[];
  @Field(() => [PlanRetirement], { description: '退休教师: teachers retired at this year\'s September 1 (the first year and one-year plans: none).' }) retirements!: PlanRetirement[];
  @Field(() => [PlanReturningTeacher], { description: '轮岗期满返校: rotating teachers back home at this year\'s September 1 (the first year and one-year plans: none).' }) returning!: PlanReturningTeacher[];
  @Field(() => [PlanTargetResult], { description: 'The scenario\'s dated targets, each judged in its year (multi-year plans; empty otherwise).' }) targetResults!: PlanTargetResult[];
  @Field(() => Float, { description: 'Cost over every planned year (carried costs included); a one-year plan: cost.total.' }) totalCost!: number;
  @Field({ description: 'Fingerprint of the data the plan was computed from.' }) fingerprint!: string;
  @Field() createdAt!: string;
  @Field(() => String, { nullable: true, description: 'The standard set the plan was computed under (before the scenario\'s own overrides); null for plans stored before sets were recorded.' })
  standardSetName!: string | null;
  @Field(() => Int, { nullable: true }) standardSetVersion!: number | null;
  @Field(() => [PlanLevelSpending], { description: 'Yearly spending by level (empty for plans stored before it was recorded).' })
  spendingByLevel!: PlanLevelSpending[];
  @Field(() => [PlanLineSpending], { description: 'Yearly spending by budget line, each cost kind on its line (hires 新增教师经费, allowances 交流轮岗补贴, classrooms 基建).' })
  spendingByLine!: PlanLineSpending[];
}
