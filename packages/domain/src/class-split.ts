import { decimalToFraction } from './exact-decimal';
import type { Section } from './types';

/**
 * Class splits (分班): when a section adds classes, its students are assumed to be redistributed
 * evenly, so class sizes differ by at most one.
 */

/** Classes of `oversizedMin` or more students after spreading `students` evenly over `classes`. */
export function oversizedClassesAfterEvenSplit(students: number, classes: number, oversizedMin: number): number {
  if (classes <= 0 || students <= 0) return 0;
  const small = Math.floor(students / classes);
  const withExtra = students % classes;
  if (small >= oversizedMin) return classes;
  if (small + 1 >= oversizedMin) return withExtra;
  return 0;
}

/** Smallest number of classes c with students / c <= avgMax, compared exactly (0 students: 0). */
export function classesForAverage(students: number, avgMax: number): number {
  if (students <= 0) return 0;
  const f = decimalToFraction(avgMax);
  if (f.num <= 0n) return Number.POSITIVE_INFINITY;
  const needed = (BigInt(students) * f.den + f.num - 1n) / f.num;
  return Number(needed);
}

/**
 * Fewest classes a section needs so that the average class size is within `avgMax` (when set) and at
 * most `oversizedMax` classes have `oversizedMin` or more students after an even split (when set).
 * Never fewer than the classes it has: a plan only adds classes.
 */
export function classesNeeded(
  section: Pick<Section, 'students' | 'classes' | 'classes56Plus'>,
  rules: { avgMax: number | null; oversizedMin: number; oversizedMax: number | null },
): number {
  const { students } = section;
  let c = Math.max(section.classes, rules.avgMax !== null ? classesForAverage(students, rules.avgMax) : 0, students > 0 ? 1 : 0);
  if (rules.oversizedMax !== null && students > 0) {
    const currentOk = c === section.classes && section.classes56Plus <= rules.oversizedMax;
    if (!currentOk) {
      // Oversized classes today mean the classes are re-formed: at least one class is added, so that the
      // plan names the change (分设新班、均衡编班) and the section is judged on the even split.
      if (c === section.classes && section.classes56Plus > rules.oversizedMax) c += 1;
      while (oversizedClassesAfterEvenSplit(students, c, rules.oversizedMin) > rules.oversizedMax) c += 1;
    }
  }
  return c;
}

/** The section as it stands after adding classes (an even split of its students over `classesAfter`). */
export function sectionAfterSplit<S extends Section>(section: S, classesAfter: number, oversizedMin: number): S {
  if (classesAfter === section.classes) return section;
  const classes56Plus = oversizedClassesAfterEvenSplit(section.students, classesAfter, oversizedMin);
  const classes66Plus = oversizedClassesAfterEvenSplit(section.students, classesAfter, oversizedMin + 10);
  return { ...section, classes: classesAfter, classes56Plus, classes66Plus };
}
