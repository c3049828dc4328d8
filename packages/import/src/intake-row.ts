import type { IntakeForecast } from '@junheng/domain';
import type { RowReader } from './row-reader';
import { LEVEL_VALUES } from './value-maps';

/**
 * One row of 入学预测 / intake.csv; undefined when a field is wrong (the problems are recorded). A row
 * names a school, or a township with its county code; the county of a school row is filled in from the
 * schools sheet by the cross-sheet checks.
 */
export function parseIntakeRow(r: RowReader): IntakeForecast | undefined {
  const countyCode = r.text('county_code', { maxLength: 12, required: false });
  const schoolCode = r.text('school_code', { maxLength: 20, required: false });
  const township = r.text('township', { maxLength: 50, required: false });
  const level = r.choice('level', LEVEL_VALUES);
  const year = r.number('year', { integer: true, min: 2000, max: 2100 });
  const students = r.count('students');
  if (schoolCode === '' && township === '') r.problem('school_code', '须填写学校标识码，或按乡镇预测时填写乡镇');
  else if (schoolCode !== '' && township !== '') r.problem('township', '学校标识码和乡镇只能填写一个');
  else if (schoolCode === '' && countyCode === '') r.problem('county_code', '按乡镇预测时须填写区县代码');
  if (!r.ok || level === undefined || year === undefined || students === undefined) return undefined;
  return { countyCode, schoolCode: schoolCode || null, township: township || null, level, year, students };
}
