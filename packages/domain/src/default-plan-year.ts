/**
 * The plan year every program defaults to: the school year whose September 1 comes next (on or after
 * today, UTC). On 2026-09-01 itself it is 2026; from 2026-09-02 it is 2027. Plans are judged at that
 * September 1 (`referenceDate`), so a default plan never starts rotations on a date already past.
 */
export function defaultPlanYear(today: Date = new Date()): number {
  const year = today.getUTCFullYear();
  const afterSeptember1 = today.getUTCMonth() > 8 || (today.getUTCMonth() === 8 && today.getUTCDate() > 1);
  return afterSeptember1 ? year + 1 : year;
}
