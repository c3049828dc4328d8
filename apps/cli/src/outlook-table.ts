import { compareShortFirst, LEVEL_LABELS_ZH, type RegionOutlook } from '@junheng/domain';
import { renderTable } from './text-table';

const SOURCE_ZH = { GIVEN: '入学预测', TOWNSHIP: '乡镇入学预测分配', FIRST_GRADE: '沿用今年一年级', COARSE: '按学段总数估算（粗略）' } as const;

const signed = (n: number | null): string => (n === null ? '—' : String(n));

/**
 * The readable form of `junheng outlook`: the county by year (students, classes, classrooms, teachers
 * needed against present), the schools that run short first, and where the figures came from.
 */
export function outlookTable(county: { code: string; name: string }, outlook: RegionOutlook, schoolLimit = 15): string {
  const totals = outlook.totals.map((t) => [
    String(t.year), String(t.students), String(t.intake), String(t.graduates), String(t.classesNeeded),
    `${t.classesNeededWhereRoomsKnown} / ${t.classroomsAvailable}`, String(t.classroomShortfall), String(t.schoolsShortOfClassrooms),
    String(t.teachersNeeded), String(t.teachersPresent), String(t.teacherGap), String(t.retiring), String(t.rotationLeaving), String(t.schoolsShortOfTeachers),
  ]);
  const heading = ['学年', '学生', '入学', '毕业', '需班级', '需教室/现有', '缺教室', '缺教室学校', '需教师', '在岗教师', '缺教师', '退休', '轮岗期满返回', '缺教师学校'];
  const soonest = (s: RegionOutlook['schools'][number]) => Math.min(s.firstYearShortOfClassrooms ?? Infinity, s.firstYearShortOfTeachers ?? Infinity);
  const short = outlook.schools.filter((s) => Number.isFinite(soonest(s))).sort(compareShortFirst).slice(0, schoolLimit);
  const last = outlook.years[outlook.years.length - 1];
  const schoolRows = short.map((s) => {
    const y = s.years[s.years.length - 1];
    return [s.schoolCode, s.schoolName, signed(s.firstYearShortOfClassrooms), signed(s.firstYearShortOfTeachers), signed(y?.classroomShortfall ?? null), String(y?.teacherGap ?? 0), s.coarse ? '是' : ''];
  });
  const b = outlook.basis;
  const sources = (Object.keys(b.intakeSources) as Array<keyof typeof b.intakeSources>).filter((k) => b.intakeSources[k] > 0).map((k) => `${SOURCE_ZH[k]} ${b.intakeSources[k]}`);
  return [
    `区县 ${county.name}（${county.code}） 五年展望 / outlook ${outlook.years[0]}–${last}（基准学年 ${outlook.baseYear}）${outlook.coarse ? '  ※ 部分学段无年级数据，为粗略估算' : ''}`,
    '',
    renderTable(heading, totals, new Set(heading.map((_, i) => i).filter((i) => i > 0))),
    '',
    `最先出现缺口的学校 / schools short first（共 ${outlook.schools.filter((s) => Number.isFinite(soonest(s))).length} 所，列出前 ${short.length} 所）`,
    '',
    renderTable(['学校标识码', '学校', '缺教室年份', '缺教师年份', `${last}缺教室`, `${last}缺教师`, '粗略'], schoolRows, new Set([2, 3, 4, 5])),
    '',
    '依据 / basis',
    `  学龄人口：年级 ${b.sectionsWithGrades} 个学段，按学段总数估算 ${b.coarseSections} 个学段；转学率 ${b.transferRate}`,
    `  入学人数来源（学段·年）：${sources.join('，') || '—'}`,
    `  班额：${b.classRules.map((r) => `${LEVEL_LABELS_ZH[r.level]} ≤${r.avgClassSizeMax ?? '—'}`).join('，')}（每个年级单独编班）`,
    `  退休年龄（按出生年月渐进延迟）——${b.retirementRule}`,
    `  退休日期与轮岗期满按每年 9 月 1 日计（${b.referenceDates.join('、')}）；不计新招聘`,
    '  需教师 = 生师比（R）与课时（T）所需的较大者；缺教室 = 需班级 − 普通教室数（仅统计填写了普通教室数的学校）',
  ].join('\n');
}
