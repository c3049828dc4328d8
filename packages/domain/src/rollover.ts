import type { RegionData, Teacher } from './types';

/** A teacher whose rotation term has ended, going back to the school that holds their post. */
export interface RotationReturn {
  staffNo: string;
  name: string;
  level: Teacher['level'];
  subject: string;
  /** Where they teach until the rollover. */
  fromSchool: string;
  /** Their home school, where they teach after it. */
  toSchool: string;
  rotationEnd: string;
}

export interface RolloverResult {
  region: Pick<RegionData, 'teachers'> & Partial<RegionData>;
  returns: RotationReturn[];
  /** Teachers with an ended term but no home school on record (already home): their term is cleared. */
  termsCleared: string[];
}

/**
 * The year rollover (学年轮转) at `date` (YYYY-MM-DD, normally September 1 of the new school year):
 * every teacher whose rotation term ends on or before the date returns to their home school (same
 * level); home school and term are cleared. Teachers without a recorded term stay. Pure; the returns
 * are ordered by staff number.
 */
export function rollover<R extends Pick<RegionData, 'teachers'>>(region: R, date: string): RolloverResult & { region: R } {
  const returns: RotationReturn[] = [];
  const termsCleared: string[] = [];
  const teachers = region.teachers.map((t) => {
    if (!t.rotationEnd || t.rotationEnd > date) return t;
    if (t.homeSchoolCode && t.homeSchoolCode !== t.schoolCode) {
      returns.push({
        staffNo: t.staffNo, name: t.name, level: t.level, subject: t.subject,
        fromSchool: t.schoolCode, toSchool: t.homeSchoolCode, rotationEnd: t.rotationEnd,
      });
      return { ...t, schoolCode: t.homeSchoolCode, homeSchoolCode: null, rotationEnd: null };
    }
    termsCleared.push(t.staffNo);
    return { ...t, homeSchoolCode: null, rotationEnd: null };
  });
  returns.sort((a, b) => (a.staffNo < b.staffNo ? -1 : a.staffNo > b.staffNo ? 1 : 0));
  termsCleared.sort();
  return { region: { ...region, teachers }, returns, termsCleared };
}
