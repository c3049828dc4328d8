import { GRADES_OF_LEVEL, gradeLabel, levelsOfKind, type School } from '@junheng/domain';
import type { ImportProblem } from './import-problem';
import type { CollectedRoster } from './roster-collector';
import { LEVEL_VALUES } from './value-maps';

/**
 * The checks of the optional 年级 and 入学预测 sheets that need other sheets: the school and its
 * section exist, a grade or a year appears once, a section's grades add up to its students, a
 * township forecast names a township of that county that has schools of the level.
 */
export function outlookSheetChecks(c: CollectedRoster, problems: ImportProblem[]): void {
  const names = c.sheetNames;
  const schools = new Map<string, School>();
  for (const { value } of c.schools) if (!schools.has(value.school.code)) schools.set(value.school.code, value.school);
  const students = new Map(c.sections.map(({ value }) => [`${value.schoolCode}:${value.level}`, value.students]));
  const knownSchool = (sheet: string, row: number, code: string): School | undefined => {
    const school = schools.get(code);
    if (!school && c.schoolCodesSeen && !c.schoolCodesSeen.has(code)) {
      problems.push({ sheet, row, column: '学校标识码', value: code, message: `未知的学校标识码：「${names.schools}」中没有这所学校` });
    }
    return school;
  };
  const sectionExists = (sheet: string, row: number, school: School, level: keyof typeof LEVEL_VALUES.labels): boolean => {
    const key = `${school.code}:${level}`;
    if (!levelsOfKind(school.kind).includes(level) || (c.sectionKeysSeen && !c.sectionKeysSeen.has(key))) {
      problems.push({ sheet, row, column: '学段', value: LEVEL_VALUES.labels[level], message: `「${names.sections}」中没有学校「${school.name}」的${LEVEL_VALUES.labels[level]}学段` });
      return false;
    }
    return true;
  };

  if (c.grades) {
    const first = new Map<string, number>();
    const sums = new Map<string, { sum: number; row: number }>();
    for (const { row, value } of c.grades) {
      const key = `${value.schoolCode}:${value.level}:${value.grade}`;
      const at = first.get(key);
      if (at !== undefined) {
        problems.push({ sheet: names.grades, row, column: '年级', value: gradeLabel(value.grade), message: `该校的${gradeLabel(value.grade)}重复（第${at}行已有）` });
        continue;
      }
      first.set(key, row);
      const school = knownSchool(names.grades, row, value.schoolCode);
      if (!school || !sectionExists(names.grades, row, school, value.level)) continue;
      const sectionKey = `${value.schoolCode}:${value.level}`;
      const s = sums.get(sectionKey) ?? { sum: 0, row };
      s.sum += value.students;
      sums.set(sectionKey, s);
    }
    for (const [key, { sum, row }] of sums) {
      const expected = students.get(key);
      if (expected === undefined || expected === sum) continue;
      const [code, level] = key.split(':') as [string, keyof typeof LEVEL_VALUES.labels];
      const grades = GRADES_OF_LEVEL[level].map(gradeLabel).join('、');
      problems.push({
        sheet: names.grades, row, column: '在校生数', value: String(sum),
        message: `学校 ${code} ${LEVEL_VALUES.labels[level]}各年级（${grades}）人数之和为 ${sum}，与「${names.sections}」的在校生数 ${expected} 不一致`,
      });
    }
  }

  if (c.intake) {
    const first = new Map<string, number>();
    const townships = new Set([...schools.values()].flatMap((s) => levelsOfKind(s.kind).map((level) => `${s.countyCode}:${s.township}:${level}`)));
    for (const { row, value } of c.intake) {
      const who = value.schoolCode ? `school:${value.schoolCode}` : `township:${value.countyCode}:${value.township}`;
      const key = `${who}:${value.level}:${value.year}`;
      const at = first.get(key);
      if (at !== undefined) {
        problems.push({ sheet: names.intake, row, column: '年度', value: String(value.year), message: `同一${value.schoolCode ? '学校' : '乡镇'}、学段和年度的入学预测重复（第${at}行已有）` });
        continue;
      }
      first.set(key, row);
      if (value.schoolCode) {
        const school = knownSchool(names.intake, row, value.schoolCode);
        if (!school) continue;
        if (value.countyCode && value.countyCode !== school.countyCode) {
          problems.push({ sheet: names.intake, row, column: '区县代码', value: value.countyCode, message: `学校「${school.name}」属于区县 ${school.countyCode}，不是 ${value.countyCode}` });
          continue;
        }
        sectionExists(names.intake, row, school, value.level);
      } else if (!townships.has(`${value.countyCode}:${value.township}:${value.level}`)) {
        problems.push({
          sheet: names.intake, row, column: '乡镇', value: value.township ?? '',
          message: `区县 ${value.countyCode} 的乡镇「${value.township}」没有${LEVEL_VALUES.labels[value.level]}学段的学校（见「${names.schools}」）`,
        });
      }
    }
  }
}
