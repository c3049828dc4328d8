import { sectionAfterSplit } from './class-split';
import type { Plan } from './plan';
import { evaluateRegion, sectionKey, type SectionEvaluation } from './region-evaluation';
import type { StandardSet } from './standard-set';
import type { Education, Level, RegionData, Section, SubjectGroup, Teacher } from './types';

/** A representative subject of each subject group, so that synthetic new hires count as their group. */
export const SUBJECT_OF_GROUP: Record<SubjectGroup, string> = { CORE: '语文', PE_ARTS: '体育', OTHER: '科学' };

/** A planned new hire as a teacher, so that indicators count it like anyone else. */
export function plannedHireTeacher(schoolCode: string, level: Level, subjectGroup: SubjectGroup, education: Education, index: number, year: number): Teacher {
  return {
    staffNo: `NEW-${schoolCode}-${level}-${subjectGroup}-${education}-${index}`,
    name: '新招聘教师',
    gender: 'F',
    birthDate: `${year - 24}-01-01`,
    idNumber: '',
    schoolCode,
    level,
    subject: SUBJECT_OF_GROUP[subjectGroup],
    education,
    title: '未定级',
    certificate: true,
    backbone: 'NONE',
    startedAtSchool: `${year}-09`,
    status: 'ACTIVE',
    annualCost: 0,
  };
}

export interface PlanOutcome {
  sectionsAfter: Section[];
  teachersAfter: Teacher[];
  before: SectionEvaluation[];
  after: SectionEvaluation[];
}

/**
 * The region as it stands after a plan, teacher by teacher: rotating teachers teach at the receiving
 * school (same level), new hires join their sections, split sections have their new classes. Rows that
 * name unknown teachers or sections are ignored here (the plan checker reports them); a teacher named
 * twice moves once, by the first row. Never mutates the input.
 */
export function planOutcome(
  region: Pick<RegionData, 'schools' | 'sections' | 'teachers'>,
  standardSet: StandardSet,
  plan: Pick<Plan, 'rotations' | 'hires' | 'classSplits' | 'year'>,
): PlanOutcome {
  const moves = new Map<string, string>();
  for (const r of plan.rotations) if (!moves.has(r.staffNo)) moves.set(r.staffNo, r.toSchool);
  const teachersAfter: Teacher[] = region.teachers.map((t) => {
    const to = moves.get(t.staffNo);
    return to === undefined ? t : { ...t, schoolCode: to };
  });
  const sectionKeys = new Set(region.sections.map((s) => sectionKey(s.schoolCode, s.level)));
  for (const h of plan.hires) {
    if (!sectionKeys.has(sectionKey(h.schoolCode, h.level))) continue;
    for (let i = 0; i < h.count; i++) teachersAfter.push(plannedHireTeacher(h.schoolCode, h.level, h.subjectGroup, h.education, i, plan.year));
  }
  const splits = new Map<string, number>();
  for (const s of plan.classSplits) {
    const key = sectionKey(s.schoolCode, s.level);
    if (!splits.has(key)) splits.set(key, s.classesAfter);
  }
  const sectionsAfter = region.sections.map((s) => {
    const after = splits.get(sectionKey(s.schoolCode, s.level));
    return after === undefined || after < s.classes ? s : sectionAfterSplit(s, after, standardSet.sizes.oversizedClassMin);
  });
  const before = evaluateRegion(region, standardSet).sections;
  const after = evaluateRegion({ schools: region.schools, sections: sectionsAfter, teachers: teachersAfter }, standardSet).sections;
  return { sectionsAfter, teachersAfter, before, after };
}
