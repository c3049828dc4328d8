/**
 * Working days (工作日) of a public notice window: Monday to Friday, minus the holidays a region keeps.
 * Dates are calendar dates in the bureau's time zone (China Standard Time, UTC+8, no daylight saving),
 * written 'YYYY-MM-DD'. Pure: the holidays are handed in.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** China Standard Time, in milliseconds. */
const CST_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

function toDay(date: string): number {
  if (!DATE.test(date)) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  return ms / DAY_MS;
}

function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar date in China Standard Time of an instant. */
export function cstDateOf(instant: Date): string {
  return new Date(instant.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight at the start of a CST date, as an instant. */
export function cstMidnight(date: string): Date {
  return new Date(toDay(date) * DAY_MS - CST_OFFSET_MS);
}

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(toDay(date) * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** The date `n` working days after `date` (the first working day after it for n = 1); `date` itself for n = 0. */
export function addWorkingDays(date: string, n: number, holidays: ReadonlySet<string>): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0, got ${n}`);
  let day = toDay(date);
  for (let left = n; left > 0;) {
    day += 1;
    if (isWorkingDay(fromDay(day), holidays)) left -= 1;
  }
  return fromDay(day);
}

/** Working days d with from ≤ d ≤ to (0 when to is before from). */
export function countWorkingDays(from: string, to: string, holidays: ReadonlySet<string>): number {
  let count = 0;
  for (let day = toDay(from), last = toDay(to); day <= last; day += 1) if (isWorkingDay(fromDay(day), holidays)) count += 1;
  return count;
}

export interface NoticeWindow {
  publishedAt: Date;
  /** When the window closes: the end (24:00 CST) of its last working day; the publishing instant for 0 days. */
  endsAt: Date;
  workingDays: number;
}

/**
 * The window of a notice published at `publishedAt` for `workingDays` working days: they start the day
 * after publication (the day of publication does not count) and the window ends at the end of the last one.
 */
export function noticeWindow(publishedAt: Date, workingDays: number, holidays: ReadonlySet<string>): NoticeWindow {
  if (workingDays === 0) return { publishedAt, endsAt: publishedAt, workingDays };
  const lastDay = addWorkingDays(cstDateOf(publishedAt), workingDays, holidays);
  return { publishedAt, endsAt: cstMidnight(addDays(lastDay, 1)), workingDays };
}

/** Working days of the window still to come at `now`, today included while it is open (0 once it has ended). */
export function remainingWorkingDays(window: NoticeWindow, now: Date, holidays: ReadonlySet<string>): number {
  if (now.getTime() >= window.endsAt.getTime()) return 0;
  const lastDay = addDays(cstDateOf(window.endsAt), -1);
  const today = cstDateOf(now);
  const first = today > cstDateOf(window.publishedAt) ? today : addDays(cstDateOf(window.publishedAt), 1);
  return countWorkingDays(first, lastDay, holidays);
}

export function addDays(date: string, days: number): string {
  return fromDay(toDay(date) + days);
}
