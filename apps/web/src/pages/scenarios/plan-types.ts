import type { ScenarioResultQuery } from '../../gql/graphql';

export type ResultScenario = NonNullable<ScenarioResultQuery['scenario']>;
export type Plan = NonNullable<ResultScenario['plan']>;
export type Rotation = Plan['rotations'][number];
export type Hire = Plan['hires'][number];
export type ClassSplit = Plan['classSplits'][number];
export type Shortfall = Plan['shortfalls'][number];
export type Balance = Plan['balanceBefore'][number];
export type CostCurveData = NonNullable<Plan['costCurve']>;
export type PostTransfer = Plan['postTransfers'][number];
export type Recall = Plan['recalls'][number];
