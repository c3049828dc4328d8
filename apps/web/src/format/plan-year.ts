/**
 * The plan year whose September 1 comes next (on or after today): the same rule as the domain's
 * `defaultPlanYear`, which the API (PLAN_YEAR), the CLI and the jobs use (the web does not bundle the
 * domain package); used to pick the year shown first (the user can change it).
 */
export function defaultPlanYear(today: Date = new Date()): number {
  const year = today.getUTCFullYear();
  const afterSeptember1 = today.getUTCMonth() > 8 || (today.getUTCMonth() === 8 && today.getUTCDate() > 1);
  return afterSeptember1 ? year + 1 : year;
}
