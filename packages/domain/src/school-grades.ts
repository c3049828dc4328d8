import type { Level } from './types';

/** The grades (年级) of each level, numbered through: 1-6 primary, 7-9 junior, 10-12 senior. */
export const GRADES_OF_LEVEL: Readonly<Record<Level, readonly number[]>> = {
  PRIMARY: [1, 2, 3, 4, 5, 6],
  JUNIOR: [7, 8, 9],
  SENIOR: [10, 11, 12],
};

const GRADE_LABELS: readonly string[] = ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级', '高一', '高二', '高三'];

/** Chinese label of a grade number (1 -> 一年级, 10 -> 高一). */
export function gradeLabel(grade: number): string {
  return GRADE_LABELS[grade - 1] ?? `${grade}年级`;
}

/** The grade a label stands for (一年级, 初一 = 七年级, 高一, or the number 1-12); undefined when unknown. */
export function gradeOfLabel(text: string): number | undefined {
  const t = text.trim().replace(/\s+/g, '');
  const index = GRADE_LABELS.indexOf(t);
  if (index >= 0) return index + 1;
  const junior = ['初一', '初二', '初三'].indexOf(t);
  if (junior >= 0) return 7 + junior;
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  return undefined;
}

/** The level a grade belongs to. */
export function levelOfGrade(grade: number): Level | undefined {
  if (grade >= 1 && grade <= 6) return 'PRIMARY';
  if (grade >= 7 && grade <= 9) return 'JUNIOR';
  if (grade >= 10 && grade <= 12) return 'SENIOR';
  return undefined;
}
