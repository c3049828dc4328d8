import { classesNeeded } from './class-split';
import { forecastSectionEnrolment, baseCohorts, shareIntake, type IntakeFigure, type IntakeSource } from './enrolment-forecast';
import { countSectionStaff, type SectionStaffCounts } from './indicators';
import { isQualifiedFor } from './qualification';
import { referenceDate } from './plan-dates';
import { describeRetirementRules, type RetirementRules } from './retirement-age';
import { sectionKey, teachersBySection } from './region-evaluation';
import type { LevelStandards, StandardSet } from './standard-set';
import { projectRoster, staffingNeeds, type StaffingNeed } from './staffing-forecast';
import type { AreaType, ExpectedHire, GradeCount, IntakeForecast, Level, School, Section, Teacher } from './types';

/** At most five years ahead (五三一: places are forecast five years ahead). */
export const OUTLOOK_MAX_YEARS = 5;

export interface OutlookOptions {
  /** The school year of the data (its September 1 starts it); the outlook covers the years after it. */
  baseYear: number;
  /** 1 to 5. */
  years: number;
  /** Net share of each cohort gained or lost when it moves up a grade (e.g. -0.01); default 0. */
  transferRate?: number;
  /** Only sections of this level (classrooms stay the school's, over all its classes). */
  level?: Level | null;
  /** Only these schools. */
  schoolCodes?: readonly string[] | null;
}

export class OutlookOptionError extends Error {
  readonly code = 'BAD_OUTLOOK_OPTION';
  constructor(message: string) {
    super(message);
  }
}

export interface SectionOutlookYear {
  level: Level;
  students: number;
  /** Students per grade, first grade of the level first. */
  grades: number[];
  intake: number;
  intakeSource: IntakeSource;
  graduates: number;
  /** Classes the grades need under the class-size rule (each grade formed on its own; coarse: the section total). */
  classesNeeded: number;
  /** Teachers who count (ACTIVE or LEAVE) still there at September 1, with the expected hires. */
  teachersPresent: number;
  /** Hires of applied plans not yet on the roster (earmarked posts), counted as present. */
  hiresExpected: number;
  /** The larger of R (students per teacher) and T (teaching periods). */
  teachersNeeded: number;
  teacherGap: number;
  /** Every staffing rule: needed, present and gap. */
  needs: StaffingNeed[];
  /** Counted teachers who reached the retirement age since last year. */
  retiring: number;
  /** Teachers whose rotation term ended, leaving this section for their home school. */
  rotationLeaving: number;
  /** Teachers whose rotation term ended elsewhere, back at this section. */
  rotationReturning: number;
  /** ON_LOAN teachers of the section (counted nowhere; their return is due). */
  onLoan: number;
}

export interface SchoolOutlookYear {
  year: number;
  students: number;
  /** Classes needed by all the school's sections (classrooms are the school's). */
  classesNeeded: number;
  /** 普通教室数; null when not recorded. */
  classroomsAvailable: number | null;
  /** Classes beyond the classrooms; null when the classrooms are not recorded. */
  classroomShortfall: number | null;
  teachersPresent: number;
  teachersNeeded: number;
  teacherGap: number;
  sections: SectionOutlookYear[];
}

/** This year's figures the outlook starts from, per section. */
export interface SectionOutlookBasis {
  level: Level;
  students: number;
  classes: number;
  /** This year's cohorts (from 年级, or the even spread when coarse). */
  grades: number[];
  coarse: boolean;
  teachers: number;
}

export interface SchoolOutlook {
  schoolCode: string;
  schoolName: string;
  township: string;
  area: AreaType;
  lat: number;
  lon: number;
  coarse: boolean;
  basis: SectionOutlookBasis[];
  years: SchoolOutlookYear[];
  /** First year whose classes exceed the classrooms; null when never (or classrooms unknown). */
  firstYearShortOfClassrooms: number | null;
  /** First year a section lacks teachers by R or T; null when never. */
  firstYearShortOfTeachers: number | null;
}

export interface OutlookTotals {
  year: number;
  students: number;
  intake: number;
  graduates: number;
  classesNeeded: number;
  /** Classes needed at the schools whose classrooms are recorded, and those classrooms. */
  classesNeededWhereRoomsKnown: number;
  classroomsAvailable: number;
  classroomShortfall: number;
  teachersPresent: number;
  teachersNeeded: number;
  /** Sum of the sections' teacher gaps (a surplus at one school does not cover another). */
  teacherGap: number;
  retiring: number;
  rotationLeaving: number;
  /** Hires of applied plans not yet on the roster, counted in teachersPresent. */
  hiresExpected: number;
  onLoan: number;
  schoolsShortOfClassrooms: number;
  schoolsShortOfTeachers: number;
}

export interface OutlookBasis {
  baseYear: number;
  /** September 1 of each forecast year: where ages and rotation terms are judged. */
  referenceDates: string[];
  transferRate: number;
  /** The statutory retirement schedule of each gender (base age, rising by birth month to the max age). */
  retirement: RetirementRules;
  /** The schedule in words (男：1965年1月以前出生的60周岁；...). */
  retirementRule: string;
  /** Class-size rule per level (average at most, and the 56+ band). */
  classRules: Array<{ level: Level; avgClassSizeMax: number | null; oversizedClassMin: number; classes56PlusMax: number | null }>;
  /** Sections whose cohorts come from 年级 rows, and those spread from the section total (coarse). */
  sectionsWithGrades: number;
  coarseSections: number;
  /** Section-years by where their intake came from. */
  intakeSources: Record<IntakeSource, number>;
}

export interface RegionOutlook {
  baseYear: number;
  years: number[];
  /** True when any section is coarse (no 年级 rows). */
  coarse: boolean;
  basis: OutlookBasis;
  schools: SchoolOutlook[];
  totals: OutlookTotals[];
}

export interface OutlookData {
  schools: readonly School[];
  sections: readonly Section[];
  teachers: readonly Teacher[];
  grades?: readonly GradeCount[];
  intake?: readonly IntakeForecast[];
  expectedHires?: readonly ExpectedHire[];
}

/**
 * Order of the schools that run short first: the first year short of classrooms or teachers (never:
 * last), then the larger classroom shortfall plus teacher gap in the last year, then the school code.
 */
export function compareShortFirst(a: SchoolOutlook, b: SchoolOutlook): number {
  const first = (s: SchoolOutlook) => Math.min(s.firstYearShortOfClassrooms ?? Number.POSITIVE_INFINITY, s.firstYearShortOfTeachers ?? Number.POSITIVE_INFINITY);
  const last = (s: SchoolOutlook) => {
    const y = s.years[s.years.length - 1];
    return (y?.classroomShortfall ?? 0) + (y?.teacherGap ?? 0);
  };
  const fa = first(a);
  const fb = first(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return last(b) - last(a) || (a.schoolCode < b.schoolCode ? -1 : a.schoolCode > b.schoolCode ? 1 : 0);
}

function validate(options: OutlookOptions): number {
  const { years, baseYear } = options;
  if (!Number.isInteger(years) || years < 1 || years > OUTLOOK_MAX_YEARS) throw new OutlookOptionError(`展望年数须为 1 到 ${OUTLOOK_MAX_YEARS} 的整数（收到 ${years}）`);
  if (!Number.isInteger(baseYear) || baseYear < 2000 || baseYear > 2100) throw new OutlookOptionError(`基准学年须为 2000 到 2100 的整数（收到 ${baseYear}）`);
  const rate = options.transferRate ?? 0;
  if (!Number.isFinite(rate) || rate <= -0.5 || rate >= 0.5) throw new OutlookOptionError(`转学率须在 -0.5 与 0.5 之间（收到 ${rate}）`);
  return rate;
}

/** Known intakes by section and year: the school's own rows, else its share of its township's rows. */
function intakeIndex(data: OutlookData, cohortsOf: (s: Section) => number[]): Map<string, IntakeFigure> {
  const index = new Map<string, IntakeFigure>();
  const schools = new Map(data.schools.map((s) => [s.code, s]));
  const own = new Set((data.intake ?? []).filter((r) => r.schoolCode).map((r) => `${sectionKey(r.schoolCode ?? '', r.level)}:${r.year}`));
  const township = (data.intake ?? []).filter((r) => r.township && !r.schoolCode);
  for (const row of township) {
    // Shared among the township's sections of the level that have no forecast of their own that year.
    const members = data.sections.filter((s) => {
      const school = schools.get(s.schoolCode);
      return s.level === row.level && school && school.countyCode === row.countyCode && school.township === row.township && !own.has(`${sectionKey(s.schoolCode, s.level)}:${row.year}`);
    });
    const shares = shareIntake(row.students, members.map((s) => ({ schoolCode: s.schoolCode, weight: cohortsOf(s)[0] ?? 0 })));
    for (const [code, students] of shares) index.set(`${sectionKey(code, row.level)}:${row.year}`, { students, source: 'TOWNSHIP' });
  }
  for (const row of data.intake ?? []) {
    if (row.schoolCode) index.set(`${sectionKey(row.schoolCode, row.level)}:${row.year}`, { students: row.students, source: 'GIVEN' });
  }
  return index;
}

/** Counts of teachers per section key. */
function countBySection(teachers: readonly Pick<Teacher, 'schoolCode' | 'level' | 'status'>[], countedOnly: boolean): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of teachers) {
    if (countedOnly && t.status === 'ON_LOAN') continue;
    const k = sectionKey(t.schoolCode, t.level);
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** A section's staff with the hires of applied plans that no roster shows yet (they arrive by September 1). */
function withExpectedHires(staff: SectionStaffCounts, hires: readonly ExpectedHire[], standards: Pick<LevelStandards, 'qualifiedEducationMin'>): SectionStaffCounts {
  const out = { ...staff };
  for (const h of hires) {
    out.teachers += h.count;
    if (isQualifiedFor(h.education, standards)) out.qualified += h.count;
    if (h.subjectGroup === 'PE_ARTS') out.peArts += h.count;
  }
  return out;
}

/**
 * The five-year outlook (五年展望, domain.md 五三一) of a region: per school, section and year, the
 * students (cohorts up a grade, intake in, graduates out), classes needed under the class-size rule,
 * classrooms needed against 普通教室数, teachers needed by every staffing rule against teachers
 * present after retirements at the statutory age and rotation terms ending, with the hires of applied
 * plans not yet on the roster (earmarked posts); no new plan is assumed. Pure; every figure carries the inputs it came from (basis).
 */
export function regionOutlook(data: OutlookData, standardSet: StandardSet, options: OutlookOptions): RegionOutlook {
  const transferRate = validate(options);
  const { baseYear, years } = options;
  const wanted = options.schoolCodes ? new Set(options.schoolCodes) : null;
  const gradesBySection = new Map<string, GradeCount[]>();
  for (const g of data.grades ?? []) {
    const k = sectionKey(g.schoolCode, g.level);
    gradesBySection.set(k, [...(gradesBySection.get(k) ?? []), g]);
  }
  const gradesOf = (s: Section): GradeCount[] => gradesBySection.get(sectionKey(s.schoolCode, s.level)) ?? [];
  const intake = intakeIndex(data, (s) => baseCohorts(s, gradesOf(s)).cohorts);
  const roster = projectRoster(data.teachers, baseYear, years, standardSet.rotation.retirement);
  const sectionsBySchool = new Map<string, Section[]>();
  for (const s of data.sections) sectionsBySchool.set(s.schoolCode, [...(sectionsBySchool.get(s.schoolCode) ?? []), s]);
  const baseTeachers = countBySection(data.teachers, true);
  const expected = new Map<string, ExpectedHire[]>();
  for (const h of data.expectedHires ?? []) {
    const k = sectionKey(h.schoolCode, h.level);
    expected.set(k, [...(expected.get(k) ?? []), h]);
  }
  const perYear = roster.map((r) => ({
    byTeachers: teachersBySection(r.teachers),
    retiring: countBySection(r.retired, true),
    leaving: countBySection(r.returns.map((x) => ({ schoolCode: x.fromSchool, level: x.level, status: 'ACTIVE' as const })), false),
    returning: countBySection(r.returns.map((x) => ({ schoolCode: x.toSchool, level: x.level, status: 'ACTIVE' as const })), false),
  }));
  const intakeSources: Record<IntakeSource, number> = { GIVEN: 0, TOWNSHIP: 0, FIRST_GRADE: 0, COARSE: 0 };
  let sectionsWithGrades = 0;
  let coarseSections = 0;

  const schools: SchoolOutlook[] = [];
  for (const school of data.schools) {
    if (wanted && !wanted.has(school.code)) continue;
    const all = sectionsBySchool.get(school.code) ?? [];
    const shown = all.filter((s) => !options.level || s.level === options.level);
    if (shown.length === 0) continue;
    const forecasts = all.map((section) =>
      forecastSectionEnrolment({
        section, grades: gradesOf(section), baseYear, years, transferRate,
        intakeFor: (year) => intake.get(`${sectionKey(section.schoolCode, section.level)}:${year}`) ?? null,
      }));
    const basis: SectionOutlookBasis[] = shown.map((s) => {
      const f = forecasts[all.indexOf(s)];
      if (f?.coarse) coarseSections += 1;
      else sectionsWithGrades += 1;
      return { level: s.level, students: s.students, classes: s.classes, grades: f?.baseGrades ?? [], coarse: f?.coarse ?? true, teachers: baseTeachers.get(sectionKey(s.schoolCode, s.level)) ?? 0 };
    });
    const schoolYears: SchoolOutlookYear[] = [];
    for (let i = 0; i < years; i += 1) {
      const year = baseYear + i + 1;
      const y = perYear[i];
      let schoolClasses = 0;
      const sections: SectionOutlookYear[] = [];
      all.forEach((section, j) => {
        const f = forecasts[j];
        const e = f?.years[i];
        if (!f || !e || !y) return;
        const standards = standardSet.levels[section.level];
        const rules = { avgMax: standards.avgClassSizeMax, oversizedMin: standardSet.sizes.oversizedClassMin, oversizedMax: standards.classes56PlusMax };
        const groups = f.coarse ? [e.students] : e.grades;
        const classes = groups.reduce((sum, n) => sum + classesNeeded({ students: n, classes: 0, classes56Plus: 0 }, rules), 0);
        schoolClasses += classes;
        if (options.level && section.level !== options.level) return;
        const key = sectionKey(section.schoolCode, section.level);
        const teachers = y.byTeachers.get(key) ?? [];
        const staff = withExpectedHires(countSectionStaff(teachers, standards), expected.get(key) ?? [], standards);
        const needs = staffingNeeds(e.students, classes, staff, standards, standardSet.teachingPeriods[section.level]);
        const headline = needs.filter((n) => n.indicator === 'R' || n.indicator === 'T');
        const teachersNeeded = Math.max(0, ...headline.map((n) => n.needed));
        intakeSources[e.intakeSource] += 1;
        sections.push({
          level: section.level, students: e.students, grades: e.grades, intake: e.intake, intakeSource: e.intakeSource, graduates: e.graduates,
          classesNeeded: classes, teachersPresent: staff.teachers, teachersNeeded, teacherGap: Math.max(0, teachersNeeded - staff.teachers), needs,
          retiring: y.retiring.get(key) ?? 0, rotationLeaving: y.leaving.get(key) ?? 0, rotationReturning: y.returning.get(key) ?? 0,
          onLoan: teachers.filter((t) => t.status === 'ON_LOAN').length,
          hiresExpected: (expected.get(key) ?? []).reduce((a, h) => a + h.count, 0),
        });
      });
      const rooms = school.classrooms ?? null;
      schoolYears.push({
        year,
        students: sections.reduce((a, s) => a + s.students, 0),
        classesNeeded: schoolClasses,
        classroomsAvailable: rooms,
        classroomShortfall: rooms === null ? null : Math.max(0, schoolClasses - rooms),
        teachersPresent: sections.reduce((a, s) => a + s.teachersPresent, 0),
        teachersNeeded: sections.reduce((a, s) => a + s.teachersNeeded, 0),
        teacherGap: sections.reduce((a, s) => a + s.teacherGap, 0),
        sections,
      });
    }
    schools.push({
      schoolCode: school.code, schoolName: school.name, township: school.township, area: school.area, lat: school.lat, lon: school.lon,
      coarse: basis.some((b) => b.coarse), basis, years: schoolYears,
      firstYearShortOfClassrooms: schoolYears.find((y) => (y.classroomShortfall ?? 0) > 0)?.year ?? null,
      firstYearShortOfTeachers: schoolYears.find((y) => y.teacherGap > 0)?.year ?? null,
    });
  }

  const yearList = Array.from({ length: years }, (_, i) => baseYear + i + 1);
  const totals = yearList.map((year, i): OutlookTotals => {
    const t: OutlookTotals = {
      year, students: 0, intake: 0, graduates: 0, classesNeeded: 0, classesNeededWhereRoomsKnown: 0, classroomsAvailable: 0, classroomShortfall: 0,
      teachersPresent: 0, teachersNeeded: 0, teacherGap: 0, retiring: 0, rotationLeaving: 0, onLoan: 0, hiresExpected: 0, schoolsShortOfClassrooms: 0, schoolsShortOfTeachers: 0,
    };
    for (const s of schools) {
      const y = s.years[i];
      if (!y) continue;
      for (const sec of y.sections) {
        t.students += sec.students; t.intake += sec.intake; t.graduates += sec.graduates; t.classesNeeded += sec.classesNeeded;
        t.teachersPresent += sec.teachersPresent; t.teachersNeeded += sec.teachersNeeded; t.teacherGap += sec.teacherGap;
        t.retiring += sec.retiring; t.rotationLeaving += sec.rotationLeaving; t.onLoan += sec.onLoan; t.hiresExpected += sec.hiresExpected;
      }
      if (y.classroomsAvailable !== null) {
        t.classesNeededWhereRoomsKnown += y.classesNeeded;
        t.classroomsAvailable += y.classroomsAvailable;
        t.classroomShortfall += y.classroomShortfall ?? 0;
        if ((y.classroomShortfall ?? 0) > 0) t.schoolsShortOfClassrooms += 1;
      }
      if (y.teacherGap > 0) t.schoolsShortOfTeachers += 1;
    }
    return t;
  });

  return {
    baseYear,
    years: yearList,
    coarse: coarseSections > 0,
    basis: {
      baseYear,
      referenceDates: yearList.map(referenceDate),
      transferRate,
      retirement: { M: { ...standardSet.rotation.retirement.M }, F: { ...standardSet.rotation.retirement.F } },
      retirementRule: describeRetirementRules(standardSet.rotation.retirement),
      classRules: (['PRIMARY', 'JUNIOR', 'SENIOR'] as const).map((level) => ({
        level, avgClassSizeMax: standardSet.levels[level].avgClassSizeMax, oversizedClassMin: standardSet.sizes.oversizedClassMin, classes56PlusMax: standardSet.levels[level].classes56PlusMax,
      })),
      sectionsWithGrades, coarseSections, intakeSources,
    },
    schools,
    totals,
  };
}
