import { gradeOfLabel, levelOfGrade, type GradeCount } from '@junheng/domain';
import { cellText } from './cell-value';
import type { RowReader } from './row-reader';
import { LEVEL_VALUES } from './value-maps';

/** One row of 年级 / grades.csv; undefined when a field is wrong (the problems are recorded). */
export function parseGradeRow(r: RowReader): GradeCount | undefined {
  const schoolCode = r.text('school_code', { maxLength: 20 });
  const level = r.choice('level', LEVEL_VALUES);
  const gradeText = r.text('grade', { maxLength: 10 });
  const students = r.count('students');
  let grade: number | undefined;
  if (gradeText !== '') {
    grade = gradeOfLabel(gradeText);
    if (grade === undefined) r.problem('grade', '不是有效的年级，应为 一年级…九年级 或 高一…高三', cellText(r.raw('grade')));
    else if (level !== undefined && levelOfGrade(grade) !== level) {
      r.problem('grade', `${gradeText}不属于${LEVEL_VALUES.labels[level]}学段`);
      grade = undefined;
    }
  }
  if (!r.ok || level === undefined || grade === undefined || students === undefined) return undefined;
  return { schoolCode, level, grade, students };
}
