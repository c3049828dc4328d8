import { applyPlan } from './apply-plan';
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
 * The region as it stands after a plan, teacher by teacher: teachers recalled from loan count at their
 * school again (from the plan's start date), rotating teachers teach at the receiving
 * school (same level), new hires join their sections, split sections have their new classes, by the
 * rules of `applyPlan`. Rows that name unknown teachers or sections, or a teacher not at the row's
 * school, are ignored here (the plan checker reports them); a teacher named twice moves once, by the
 * first row. Never mutates the input.
 */
export function planOutcome(
  region: Pick<RegionData, 'schools' | 'sections' | 'teachers'>,
  standardSet: StandardSet,
  plan: Pick<Plan, 'rotations' | 'hires' | 'classSplits' | 'year'> & Partial<Pick<Plan, 'postTransfers' | 'recalls'>>,
): PlanOutcome {
  // The same rules as applying the plan to the database (moves, splits); hires are counted here as the
  // teachers they will become, where the database earmarks their posts instead.
  const applied = applyPlan(
    { ...region, budgets: [] },
    { ...plan, county: '', cost: { total: 0, hires: 0, rotation: 0, transport: 0, extraQuota: 0 } },
    { oversizedClassMin: standardSet.sizes.oversizedClassMin },
  );
  const teachersAfter: Teacher[] = applied.region.teachers.slice();
  const sectionKeys = new Set(region.sections.map((s) => sectionKey(s.schoolCode, s.level)));
  for (const h of plan.hires) {
    if (!sectionKeys.has(sectionKey(h.schoolCode, h.level))) continue;
    for (let i = 0; i < h.count; i++) teachersAfter.push(plannedHireTeacher(h.schoolCode, h.level, h.subjectGroup, h.education, i, plan.year));
  }
  const sectionsAfter = applied.region.sections;
  const before = evaluateRegion(region, standardSet).sections;
  const after = evaluateRegion({ schools: region.schools, sections: sectionsAfter, teachers: teachersAfter }, standardSet).sections;
  return { sectionsAfter, teachersAfter, before, after };
}
