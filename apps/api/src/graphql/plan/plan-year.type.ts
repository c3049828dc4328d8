import type { MultiYearPlan } from '@junheng/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One year of a multi-year plan (多年方案), in summary; the first year is the plan itself; Scenario.plan(year) gives any year in full.' })
export class PlanYearSummary {
  @Field(() => Int) year!: number;
  @Field(() => Float, { description: 'The year\'s own new spending, yuan.' }) cost!: number;
  @Field(() => Float, { description: 'Yearly cost of earlier years\' hires, extra quota, classrooms and rotations still in their term, yuan.' }) carriedCost!: number;
  @Field(() => Float, { description: 'carriedCost + cost.' }) yearCost!: number;
  @Field(() => Float, { nullable: true, description: 'The year\'s budget cap; null: none.' }) budgetCap!: number | null;
  @Field(() => Int) rotations!: number;
  @Field(() => Int, { description: 'Teachers hired this year.' }) hires!: number;
  @Field(() => Int) classSplits!: number;
  @Field(() => Int, { description: 'Teachers retired at the year\'s September 1.' }) retirements!: number;
  @Field(() => Int, { description: 'Rotating teachers back home at the year\'s September 1 (term ended).' }) returning!: number;
  @Field(() => Int, { description: 'Students that year (later years forecast).' }) students!: number;
  @Field(() => Float, { description: 'Teachers short after the year\'s plan.' }) shortfallTeachers!: number;
  @Field({ description: 'The checker passes the year\'s plan against that year\'s region.' }) checkPasses!: boolean;
}

/** The per-year summary of a stored multi-year plan (empty for a one-year plan). */
export function toPlanYears(multi: MultiYearPlan | undefined | null): PlanYearSummary[] {
  return (multi?.years ?? []).map((y) => Object.assign(new PlanYearSummary(), {
    year: y.year,
    cost: y.plan.cost.total,
    carriedCost: y.carriedCost,
    yearCost: y.yearCost,
    budgetCap: y.budgetCap,
    rotations: y.plan.rotations.length,
    hires: y.plan.hires.reduce((a, h) => a + h.count, 0),
    classSplits: y.plan.classSplits.length,
    retirements: y.retirements.length,
    returning: y.returning.length,
    students: y.students,
    shortfallTeachers: y.shortfallTeachers,
    checkPasses: y.plan.check.passes,
  }));
}
