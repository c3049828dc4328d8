/** Plans are judged at September 1 of the plan year, the start of the school year. */
export function referenceDate(year: number): string {
  return `${year}-09-01`;
}

interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

export function parseIsoDate(text: string): YearMonthDay {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!m) throw new RangeError(`Not a date (YYYY-MM-DD or YYYY-MM): ${text}`);
  return { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : 1 };
}

/** Whole years from `from` to `to` (a birthday-style count: 2021-09-01 to 2027-09-01 is 6). */
export function fullYearsBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  let years = b.year - a.year;
  if (b.month < a.month || (b.month === a.month && b.day < a.day)) years -= 1;
  return years;
}

/** The day a rotation term of `termYears` started on `startDate` (YYYY-MM-DD) ends: the same day, years later (Feb 29 -> Feb 28). */
export function rotationEndDate(startDate: string, termYears: number): string {
  const { year, month, day } = parseIsoDate(startDate);
  const endYear = year + termYears;
  const leap = (endYear % 4 === 0 && endYear % 100 !== 0) || endYear % 400 === 0;
  const endDay = month === 2 && day === 29 && !leap ? 28 : day;
  return `${String(endYear).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(endDay).padStart(2, '0')}`;
}
