import type { Section } from '@junheng/domain';
import type { RowReader } from './row-reader';
import { LEVEL_VALUES } from './value-maps';

/** One row of 学段 / sections.csv; undefined when a field is wrong (the problems are recorded). */
export function parseSectionRow(r: RowReader): Section | undefined {
  const schoolCode = r.text('school_code', { maxLength: 20 });
  const level = r.choice('level', LEVEL_VALUES);
  const students = r.count('students');
  const classes = r.count('classes');
  const classes56Plus = r.count('classes_56_plus');
  const classes66Plus = r.count('classes_66_plus');
  if (classes !== undefined && classes56Plus !== undefined && classes56Plus > classes) {
    r.problem('classes_56_plus', `56人及以上班级数不能大于班级数（${classes}）`);
  }
  if (classes56Plus !== undefined && classes66Plus !== undefined && classes66Plus > classes56Plus) {
    r.problem('classes_66_plus', `66人及以上班级数不能大于56人及以上班级数（${classes56Plus}）`);
  }
  if (students !== undefined && classes56Plus !== undefined && classes56Plus * 56 > students) {
    r.problem('classes_56_plus', `${classes56Plus} 个56人及以上班级至少需要 ${classes56Plus * 56} 名学生，多于在校生数（${students}）`);
  }
  if (!r.ok || level === undefined || students === undefined || classes === undefined || classes56Plus === undefined || classes66Plus === undefined) {
    return undefined;
  }
  return { schoolCode, level, students, classes, classes56Plus, classes66Plus };
}
