import { isCountedTeacher } from './qualification';
import type { School, Teacher } from './types';

/** The school that holds a teacher's post (编制): the home school while on rotation, else the current one. */
export function postSchoolCode(teacher: Pick<Teacher, 'schoolCode' | 'homeSchoolCode'>): string {
  return teacher.homeSchoolCode ?? teacher.schoolCode;
}

/**
 * Posts held per school: counted teachers (ACTIVE and LEAVE, as in the indicators) by the school that
 * holds their post. A rotating teacher keeps their post at the home school (rotations use no vacancy),
 * so they count there and not where they teach. Indicators, in contrast, count them where they teach.
 */
export function postsHeldBySchool(teachers: Iterable<Pick<Teacher, 'schoolCode' | 'homeSchoolCode' | 'status'>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of teachers) {
    if (!isCountedTeacher(t)) continue;
    const code = postSchoolCode(t);
    out.set(code, (out.get(code) ?? 0) + 1);
  }
  return out;
}

/**
 * Vacancies (quota minus posts held minus posts earmarked for an applied plan's hires, never below 0):
 * how many teachers the school may hire (有编即补).
 */
export function vacancies(school: Pick<School, 'code' | 'quota' | 'earmarkedPosts'>, postsHeld: ReadonlyMap<string, number>): number {
  return Math.max(0, school.quota - (postsHeld.get(school.code) ?? 0) - (school.earmarkedPosts ?? 0));
}
