import type { PlanResultFieldsFragment, ScenarioResultQuery, ScenarioYearPlanQuery } from '../../gql/graphql';

export type ResultScenario = NonNullable<ScenarioResultQuery['scenario']>;
/** What the plan page shows of one plan: the plan, or one year of a multi-year plan. */
export type Plan = PlanResultFieldsFragment;
export type Rotation = Plan['rotations'][number];
export type Hire = Plan['hires'][number];
export type ClassSplit = Plan['classSplits'][number];
export type Shortfall = Plan['shortfalls'][number];
export type Balance = Plan['balanceBefore'][number];
export type CostCurveData = NonNullable<Plan['costCurve']>;
export type PostTransfer = Plan['postTransfers'][number];
export type Recall = Plan['recalls'][number];
export type YearPlanSummary = NonNullable<ResultScenario['plan']>['yearPlans'][number];
export type TargetResult = NonNullable<ResultScenario['plan']>['targetResults'][number];
type YearPlan = NonNullable<NonNullable<ScenarioYearPlanQuery['scenario']>['plan']>;
export type Retirement = YearPlan['retirements'][number];
export type ReturningTeacher = YearPlan['returning'][number];
