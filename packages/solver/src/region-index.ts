import {
  applyStandardOverrides,
  budgetLineLimits,
  classroomCost,
  isLevelInScope,
  spareClassrooms,
  spareTeachingPeriods,
  classesNeeded,
  countSectionStaff,
  evaluateSection,
  isCountedTeacher,
  maxDonorLoss,
  postsHeldBySchool,
  referenceDate,
  rotationEligibility,
  rotationQuotaNeeded,
  sectionKey,
  studentsBySchool,
  teachersShortForRatio,
  teachersShortPer100,
  vacancies,
  type CostTable,
  type RegionData,
  type ScenarioParameters,
  type School,
  type Section,
  type SectionEvaluation,
  type SectionStaffCounts,
  type StandardSet,
  type Teacher,
  type LevelStandards,
  LEVELS,
} from '@junheng/domain';
import { TEACHER_TYPE_COUNT, teacherType } from './teacher-types';

/** Indicators the model can move with teachers. */
export const STAFF_INDICATORS = ['Q1', 'Q2', 'Q3', 'R'] as const;
export type StaffIndicator = (typeof STAFF_INDICATORS)[number];

export interface SectionInfo {
  key: string;
  section: Section;
  school: School;
  standards: LevelStandards;
  staff: SectionStaffCounts;
  before: SectionEvaluation;
  /** Teachers of each kind the section needs to pass (null: no threshold or no students). */
  need: Record<StaffIndicator, number | null>;
  /** Classes the section needs for C and B. */
  classesNeeded: number;
  /** Eligible, movable teachers by type, longest tenure first. */
  movable: Teacher[][];
  /** The scenario plans this section's level: it may get hires, splits and incoming rotations. */
  inScope: boolean;
  /** Weekly teaching periods its teachers give beyond what its classes take (never below 0). */
  sparePeriods: number;
}

export interface SchoolInfo {
  school: School;
  /** Counted teachers teaching at the school (visitors on rotation included): the base of its donor loss. */
  counted: number;
  /** Quota minus the posts the school holds (its teachers out on rotation keep theirs, visitors hold none). */
  vacancies: number;
  maxLoss: number;
  costTable: CostTable;
  /** Classrooms beyond the school's classes (0 when 普通教室数 is not recorded). */
  spareClassrooms: number;
  /** Yearly cost of a new classroom; null: none can be built. */
  classroomCost: number | null;
}

/** Everything the model, the rounding and the disaggregation read, prepared once. Never mutates the input. */
export interface RegionIndex {
  region: RegionData;
  standards: StandardSet;
  scenario: ScenarioParameters;
  refDate: string;
  distanceLimitKm: number;
  sections: SectionInfo[];
  sectionByKey: Map<string, SectionInfo>;
  schools: Map<string, SchoolInfo>;
  /** Eligible teachers per county (locked and excluded included: they are eligible, just not moved). */
  eligibleByCounty: Map<string, number>;
  quotaByCounty: Map<string, number>;
  counties: string[];
  /** Per county, what the plan may spend on each budget line (empty: the scenario draws on no lines). */
  lineLimits: Map<string, Map<string, number>>;
}

export class SolverInputError extends Error {
  readonly code = 'BAD_SOLVER_INPUT';
}

export function currentNeed(info: SectionInfo, indicator: StaffIndicator): number {
  return indicator === 'Q1' ? info.staff.qualified : indicator === 'Q2' ? info.staff.backbone : indicator === 'Q3' ? info.staff.peArts : info.staff.teachers;
}

function needs(section: Section, standards: LevelStandards): Record<StaffIndicator, number | null> {
  const s = section.students;
  if (s <= 0) return { Q1: null, Q2: null, Q3: null, R: null };
  const per100 = (t: number | null) => (t === null ? null : teachersShortPer100(0, s, t));
  return {
    Q1: per100(standards.qualifiedPer100Min),
    Q2: per100(standards.backbonePer100Min),
    Q3: per100(standards.peArtsPer100Min),
    R: standards.studentsPerTeacherMax === null ? null : teachersShortForRatio(0, s, standards.studentsPerTeacherMax),
  };
}

function tenureOrder(a: Teacher, b: Teacher): number {
  return a.startedAtSchool < b.startedAtSchool ? -1 : a.startedAtSchool > b.startedAtSchool ? 1 : a.staffNo < b.staffNo ? -1 : a.staffNo > b.staffNo ? 1 : 0;
}

function validate(region: RegionData, scenario: ScenarioParameters): void {
  if (scenario.budgetCap !== null && !(scenario.budgetCap >= 0)) throw new SolverInputError(`Budget cap must be a non-negative number, got ${scenario.budgetCap}`);
  if (!(scenario.mipGap >= 0) || !(scenario.timeLimitSeconds > 0)) throw new SolverInputError('MIP gap must be >= 0 and the time limit > 0');
  if (scenario.extraQuotaPerSchool < 0 || !Number.isInteger(scenario.extraQuotaPerSchool)) throw new SolverInputError('extraQuotaPerSchool must be a whole number >= 0');
  for (const level of scenario.levels ?? []) {
    if (!(LEVELS as readonly string[]).includes(level)) throw new SolverInputError(`Unknown level ${String(level)} in the scenario's levels`);
  }
  const counties = new Set(region.schools.map((s) => s.countyCode));
  for (const c of counties) {
    if (!region.costTables.some((t) => t.countyCode === c)) throw new SolverInputError(`No cost table for county ${c}`);
  }
}

export function buildRegionIndex(region: RegionData, baseStandards: StandardSet, scenario: ScenarioParameters): RegionIndex {
  validate(region, scenario);
  const standards = applyStandardOverrides(baseStandards, scenario.overrides);
  const refDate = referenceDate(scenario.year);
  const locked = new Set([...scenario.lockedStaffNos, ...scenario.excludedStaffNos]);
  const exempt = new Set(scenario.exemptStaffNos);
  const schoolByCode = new Map(region.schools.map((s) => [s.code, s]));
  const enrolment = studentsBySchool(region.sections);

  const teachersBySection = new Map<string, Teacher[]>();
  const counted = new Map<string, number>();
  const eligibleByCounty = new Map<string, number>();
  const movableByKey = new Map<string, Teacher[]>();
  for (const t of region.teachers) {
    const key = sectionKey(t.schoolCode, t.level);
    (teachersBySection.get(key) ?? teachersBySection.set(key, []).get(key)!).push(t);
    if (isCountedTeacher(t)) counted.set(t.schoolCode, (counted.get(t.schoolCode) ?? 0) + 1);
    const school = schoolByCode.get(t.schoolCode);
    if (!school) continue;
    if (rotationEligibility(t, refDate, standards.rotation, exempt.has(t.staffNo)).eligible) {
      eligibleByCounty.set(school.countyCode, (eligibleByCounty.get(school.countyCode) ?? 0) + 1);
      if (!locked.has(t.staffNo)) (movableByKey.get(key) ?? movableByKey.set(key, []).get(key)!).push(t);
    }
  }

  const sections: SectionInfo[] = [];
  for (const section of region.sections) {
    const school = schoolByCode.get(section.schoolCode);
    if (!school) throw new SolverInputError(`Section ${section.schoolCode}:${section.level} names an unknown school`);
    const lvl = standards.levels[section.level];
    const key = sectionKey(section.schoolCode, section.level);
    const staff = countSectionStaff(teachersBySection.get(key) ?? [], lvl);
    const before = evaluateSection(section, staff, school.facilities, enrolment.get(school.code) ?? 0, standards);
    const movable: Teacher[][] = Array.from({ length: TEACHER_TYPE_COUNT }, () => []);
    for (const t of movableByKey.get(key) ?? []) movable[teacherType(t, lvl)]!.push(t);
    for (const list of movable) list.sort(tenureOrder);
    sections.push({
      key, section, school, standards: lvl, staff, before,
      need: needs(section, lvl),
      classesNeeded: classesNeeded(section, { avgMax: lvl.avgClassSizeMax, oversizedMin: standards.sizes.oversizedClassMin, oversizedMax: lvl.classes56PlusMax }),
      movable,
      inScope: isLevelInScope(scenario, section.level),
      sparePeriods: spareTeachingPeriods(staff.teachers, section.classes, standards.teachingPeriods[section.level]),
    });
  }

  const postsHeld = postsHeldBySchool(region.teachers);
  const schools = new Map<string, SchoolInfo>();
  for (const school of region.schools) {
    const n = counted.get(school.code) ?? 0;
    schools.set(school.code, {
      school,
      counted: n,
      vacancies: vacancies(school, postsHeld),
      maxLoss: maxDonorLoss(n, standards.rotation.donorMaxLossShare),
      costTable: region.costTables.find((c) => c.countyCode === school.countyCode)!,
      spareClassrooms: spareClassrooms(school, region.sections),
      classroomCost: classroomCost(region.costTables.find((c) => c.countyCode === school.countyCode)!),
    });
  }
  const counties = [...new Set(region.schools.map((s) => s.countyCode))].sort();
  const quotaByCounty = new Map(counties.map((c) => [c, rotationQuotaNeeded(eligibleByCounty.get(c) ?? 0, standards.rotation.quotaShareOfEligible)]));
  return {
    region, standards, scenario, refDate,
    distanceLimitKm: scenario.distanceLimitKm ?? standards.rotation.distanceLimitKm,
    sections, sectionByKey: new Map(sections.map((s) => [s.key, s])), schools, eligibleByCounty, quotaByCounty, counties,
    lineLimits: new Map(counties.map((c) => [c, budgetLineLimits(region.budgets, c, scenario.year, scenario.budgetCategories)])),
  };
}
