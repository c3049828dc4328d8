import type { MultiYearProblem } from './multi-year-problem';
import type { PlanYearRules } from './multi-year-replay';
import { referenceDate } from './plan-dates';
import { hiredStaffNoPrefix } from './plan-year-forward';
import { isOnRotation } from './rotation-eligibility';
import { hasReachedRetirement } from './retirement-age';
import type { Level, RegionData } from './types';

/** A rotation an earlier year started, with the standard term from that year's September 1. */
export interface CarriedRotation {
  staffNo: string;
  /** The school holding the post, where the teacher is back after the term. */
  home: string;
  /** The receiving school, where the teacher teaches until `end`. */
  host: string;
  year: number;
  /** YYYY-MM-DD: the term's end (the teacher is home from this day). */
  end: string;
}

/** Hires an earlier year made at a section. */
export interface CarriedHire {
  year: number;
  schoolCode: string;
  level: Level;
  count: number;
}

/** What the earlier years of a multi-year plan leave to the later ones, as the checker replays them. */
export interface MultiYearLedger {
  rotations: Map<string, CarriedRotation>;
  hires: CarriedHire[];
  /** Staff number -> the year the teacher retired. */
  retired: Map<string, number>;
  schoolNames: ReadonlyMap<string, string>;
  teacherNames: ReadonlyMap<string, string>;
}

/** A teacher in a message: name and staff number, or the staff number alone when no name is given. */
export function teacherLabel(names: ReadonlyMap<string, string>, staffNo: string): string {
  const name = names.get(staffNo);
  return name ? `${name}（${staffNo}）` : `教师 ${staffNo}`;
}

/**
 * Whether a year's roster (`region`: the replayed year, or the one the year was planned on) carries the
 * earlier years: each rotation at its receiving school while the term runs and home once it has ended
 * (a retired teacher excepted); each hire teaching at its section; no teacher past the statutory
 * retirement date (`rules`; null in the first year, whose roster is as given) or retired in an earlier
 * year. `source` names the roster in the messages. Pure.
 */
export function carriedProblems(region: RegionData, year: number, ledger: MultiYearLedger, rules: PlanYearRules | null, source: string): MultiYearProblem[] {
  const out: MultiYearProblem[] = [];
  const date = referenceDate(year);
  const school = (code: string) => `${ledger.schoolNames.get(code) ?? code}`;
  const teacher = (staffNo: string) => teacherLabel(ledger.teacherNames, staffNo);
  const teachers = new Map(region.teachers.map((t) => [t.staffNo, t]));
  for (const r of ledger.rotations.values()) {
    if (ledger.retired.has(r.staffNo)) continue;
    const t = teachers.get(r.staffNo);
    if (date < r.end) {
      if (!t || t.schoolCode !== r.host || (t.homeSchoolCode ?? null) !== r.home) {
        const where = t ? `在 ${school(t.schoolCode)}` : '不在名册中';
        out.push({
          year, code: 'ROTATION_ENDED_EARLY', staffNo: r.staffNo, schoolCode: r.host,
          message: `${year} 年${source}的名册中 ${teacher(r.staffNo)} ${where}，但其 ${r.year} 年起赴 ${school(r.host)} 的交流期至 ${r.end} 才满，应仍在 ${school(r.host)}（编制在 ${school(r.home)}）`,
        });
      }
    } else if (!t || t.schoolCode !== r.home || isOnRotation(t, date)) {
      const where = t ? `在 ${school(t.schoolCode)}` : '不在名册中';
      out.push({
        year, code: 'ROTATION_NOT_RETURNED', staffNo: r.staffNo, schoolCode: r.home,
        message: `${year} 年${source}的名册中 ${teacher(r.staffNo)} ${where}，但其 ${r.year} 年起赴 ${school(r.host)} 的交流期已于 ${r.end} 届满，应已回到 ${school(r.home)}`,
      });
    }
  }
  const hired = new Map<string, number>();
  for (const h of ledger.hires) {
    const key = `${h.year}:${h.schoolCode}:${h.level}`;
    hired.set(key, (hired.get(key) ?? 0) + h.count);
  }
  for (const [key, count] of hired) {
    const [hireYear, schoolCode, level] = key.split(':') as [string, string, Level];
    const prefix = hiredStaffNoPrefix(Number(hireYear));
    const present = region.teachers.filter((t) => t.schoolCode === schoolCode && t.level === level && t.staffNo.startsWith(prefix)).length;
    if (present < count) {
      out.push({
        year, code: 'HIRE_NOT_CARRIED', schoolCode,
        message: `${year} 年${source}的名册中 ${school(schoolCode)} ${level} 只有 ${present} 名 ${hireYear} 年新招聘的教师，方案当年招聘 ${count} 名，应全部在岗（并计入延续成本）`,
      });
    }
  }
  for (const t of region.teachers) {
    const retiredIn = ledger.retired.get(t.staffNo);
    if (retiredIn !== undefined) {
      out.push({ year, code: 'RETIRED_STILL_PRESENT', staffNo: t.staffNo, schoolCode: t.schoolCode, message: `${year} 年${source}的名册中仍有 ${teacher(t.staffNo)}（${school(t.schoolCode)}），但该教师已于 ${retiredIn} 年退休` });
    } else if (rules && hasReachedRetirement(t, date, rules.retirement)) {
      out.push({ year, code: 'RETIRED_STILL_PRESENT', staffNo: t.staffNo, schoolCode: t.schoolCode, message: `${year} 年${source}的名册中仍有 ${teacher(t.staffNo)}（${school(t.schoolCode)}），但按退休规定该教师在 ${date} 前已到退休年龄` });
    }
  }
  return out;
}
