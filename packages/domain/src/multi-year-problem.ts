/** What the multi-year checker (`checkMultiYearPlan`) can find wrong with a plan over several years. */
export type MultiYearProblemCode =
  /** The years are not consecutive from the scenario's year, or not as many as the scenario's. */
  | 'YEARS'
  /** The year's plan fails the single-year checker against the year as replayed from the base region. */
  | 'YEAR_CHECK'
  /** The year's students differ from the forecast of the replay. */
  | 'STUDENTS'
  /** A reported shortfall that the replayed year does not have, or of another size. */
  | 'SHORTFALLS'
  /** A rotation row whose term is not the standard set's, or that does not start on the year's September 1. */
  | 'ROTATION_TERM'
  /** A teacher rotated in an earlier year is not at the receiving school while the term runs. */
  | 'ROTATION_ENDED_EARLY'
  /** A teacher whose term has ended is not back at the home school. */
  | 'ROTATION_NOT_RETURNED'
  /** A later plan rotates again, or recalls, a teacher still serving a rotation term. */
  | 'ROTATING_TEACHER_MOVED'
  /** An earlier year's hire is not in a later year's roster at its school. */
  | 'HIRE_NOT_CARRIED'
  /** A teacher past the statutory retirement date is still in a later year's roster. */
  | 'RETIRED_STILL_PRESENT'
  /** A later plan rotates or recalls a teacher who has retired. */
  | 'RETIRED_TEACHER_IN_PLAN'
  /** The year's retirements differ from the replay's. */
  | 'RETIREMENTS'
  /** The year's returning teachers (terms ended) differ from the replay's. */
  | 'RETURNING'
  /** The year's carried cost differs from the running cost of the earlier years' plans. */
  | 'CARRIED_COST'
  /** yearCost is not the carried cost plus the year's own cost, or totalCost not the sum of the years. */
  | 'YEAR_COST'
  /** The year's budget cap, or what it leaves for new spending, differs from the scenario's. */
  | 'BUDGET_CAP'
  /** The year costs more than its cap. */
  | 'OVER_CAP'
  /** The region a year was planned on (when given) differs from the replay in its sections. */
  | 'REGION_MISMATCH';

export interface MultiYearProblem {
  /** The plan year the problem is in; null for the plan as a whole. */
  year: number | null;
  code: MultiYearProblemCode;
  /** In Chinese, naming the teacher, school and year. */
  message: string;
  staffNo?: string;
  schoolCode?: string;
}
