import { levelsOfKind, type School } from '@junheng/domain';
import type { CollectedRoster, Located } from './roster-collector';
import type { ImportProblem } from './import-problem';
import { outlookSheetChecks } from './outlook-sheet-checks';
import { COST_ITEM_VALUES, LEVEL_VALUES, SCHOOL_KIND_VALUES } from './value-maps';

const levelLabel = (level: keyof typeof LEVEL_VALUES.labels): string => LEVEL_VALUES.labels[level];

/** Reports the later rows whose key was already used, naming the first row. */
function duplicates<T>(rows: readonly Located<T>[], keyOf: (v: T) => string | null, report: (row: Located<T>, firstRow: number) => void): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row.value);
    if (key === null) continue;
    const at = first.get(key);
    if (at === undefined) first.set(key, row.row);
    else report(row, at);
  }
}

/**
 * The checks that need more than one row: references between sheets (school codes, counties,
 * levels a school's kind has) and uniqueness (school codes, sections, staff numbers, ID numbers).
 */
export function crossSheetChecks(c: CollectedRoster, problems: ImportProblem[]): void {
  const names = c.sheetNames;
  const schools = new Map<string, School>();
  const countyNames = new Map<string, { name: string; row: number }>();

  duplicates(c.schools, (s) => s.school.code, (r, first) =>
    problems.push({ sheet: names.schools, row: r.row, column: '学校标识码', value: r.value.school.code, message: `学校标识码重复（第${first}行已有）` }));
  for (const { row, value } of c.schools) {
    if (!schools.has(value.school.code)) schools.set(value.school.code, value.school);
    const known = countyNames.get(value.county.code);
    if (!known) countyNames.set(value.county.code, { name: value.county.name, row });
    else if (known.name !== value.county.name) {
      problems.push({ sheet: names.schools, row, column: '区县名称', value: value.county.name, message: `同一区县代码 ${value.county.code} 的区县名称不一致（第${known.row}行为「${known.name}」）` });
    }
  }

  /** Checks a reference to a school; returns the school when its row is valid. */
  const schoolOf = (sheet: string, row: number, code: string): School | undefined => {
    const school = schools.get(code);
    if (!school && c.schoolCodesSeen && !c.schoolCodesSeen.has(code)) {
      problems.push({ sheet, row, column: '学校标识码', value: code, message: `未知的学校标识码：「${names.schools}」中没有这所学校` });
    }
    return school;
  };
  const levelAllowed = (sheet: string, row: number, column: string, school: School, level: keyof typeof LEVEL_VALUES.labels): boolean => {
    if (levelsOfKind(school.kind).includes(level)) return true;
    problems.push({
      sheet, row, column, value: levelLabel(level),
      message: `学校「${school.name}」的办学类型为${SCHOOL_KIND_VALUES.labels[school.kind]}，没有${levelLabel(level)}学段`,
    });
    return false;
  };

  // Sections
  duplicates(c.sections, (s) => `${s.schoolCode}:${s.level}`, (r, first) =>
    problems.push({ sheet: names.sections, row: r.row, column: '学段', value: levelLabel(r.value.level), message: `该校的${levelLabel(r.value.level)}学段重复（第${first}行已有）` }));
  for (const { row, value } of c.sections) {
    const school = schoolOf(names.sections, row, value.schoolCode);
    if (school) levelAllowed(names.sections, row, '学段', school, value.level);
  }

  // Teachers
  const sectionKeys = c.sectionKeysSeen;
  const countyOfSchool = (code: string): string => schools.get(code)?.countyCode ?? '';
  duplicates(c.teachers, (t) => `${countyOfSchool(t.schoolCode)}:${t.staffNo}`, (r, first) =>
    problems.push({ sheet: names.teachers, row: r.row, column: '工号', value: r.value.staffNo, message: `工号重复（第${first}行已有）` }));
  duplicates(c.teachers, (t) => t.idNumber, (r, first) =>
    problems.push({ sheet: names.teachers, row: r.row, column: '身份证号', value: r.value.idNumber, message: `身份证号重复（第${first}行已有）` }));
  for (const { row, value } of c.teachers) {
    const school = schoolOf(names.teachers, row, value.schoolCode);
    if (school && levelAllowed(names.teachers, row, '任教学段', school, value.level) && sectionKeys && !sectionKeys.has(`${value.schoolCode}:${value.level}`)) {
      problems.push({
        sheet: names.teachers, row, column: '任教学段', value: levelLabel(value.level),
        message: `「${names.sections}」中没有学校「${school.name}」的${levelLabel(value.level)}学段`,
      });
    }
    if (value.homeSchoolCode) {
      // The home school holds the post: it must exist, in the county that moves the teacher (县管校聘).
      const home = schools.get(value.homeSchoolCode);
      if (!home && c.schoolCodesSeen && !c.schoolCodesSeen.has(value.homeSchoolCode)) {
        problems.push({ sheet: names.teachers, row, column: '编制所在学校', value: value.homeSchoolCode, message: `未知的编制所在学校：「${names.schools}」中没有这所学校` });
      } else if (home && school && home.countyCode !== school.countyCode) {
        problems.push({ sheet: names.teachers, row, column: '编制所在学校', value: value.homeSchoolCode, message: `编制所在学校「${home.name}」与当前学校「${school.name}」不在同一区县` });
      }
    }
    const unknown = (value.preferredSchools ?? []).filter((code) => !schools.has(code) && !c.schoolCodesSeen?.has(code));
    if (unknown.length > 0 && c.schoolCodesSeen) {
      problems.push({ sheet: names.teachers, row, column: '意向交流学校', value: unknown.join(';'), message: '意向交流学校中有未知的学校标识码' });
    }
  }

  // Budgets and costs refer to counties of the schools sheet.
  const countyKnown = (code: string): boolean => countyNames.has(code) || !c.schoolCodesSeen;
  for (const { row, value } of c.budgets) {
    if (!countyKnown(value.countyCode)) {
      problems.push({ sheet: names.budgets, row, column: '区县代码', value: value.countyCode, message: `未知的区县代码：「${names.schools}」中没有该区县的学校` });
    }
  }
  if (c.costs) {
    const costs = c.costs;
    for (const { row, value } of costs) {
      if (!countyKnown(value.countyCode)) {
        problems.push({ sheet: names.costs, row, column: '区县代码', value: value.countyCode, message: `未知的区县代码：「${names.schools}」中没有该区县的学校` });
      }
    }
    duplicates(costs, (v) => {
      switch (v.item) {
        case 'HIRE': return `${v.countyCode}:HIRE:${v.area}:${v.education}`;
        case 'TRANSPORT': return `${v.countyCode}:TRANSPORT:${v.minKm}`;
        default: return `${v.countyCode}:${v.item}`;
      }
    }, (r, first) => problems.push({ sheet: names.costs, row: r.row, column: '项目', value: COST_ITEM_VALUES.labels[r.value.item], message: `成本项目重复（第${first}行已有）` }));
    // Every cost item is optional: one a county leaves out takes its default (a warning, cost-tables.ts).
  }

  outlookSheetChecks(c, problems);
}
