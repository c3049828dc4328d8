/**
 * The plan year whose September 1 comes next (on or after today), the same rule as the API's default
 * PLAN_YEAR; used only to pick the budget year shown first (the user can change it).
 */
export function defaultPlanYear(today: Date = new Date()): number {
  const year = today.getUTCFullYear();
  const afterSeptember1 = today.getUTCMonth() > 8 || (today.getUTCMonth() === 8 && today.getUTCDate() > 1);
  return afterSeptember1 ? year + 1 : year;
}
