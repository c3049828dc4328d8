import { demoGrades, demoIntake } from './demo-grades';
import type { AreaType, Facilities, Level, RegionData, School, Section, Teacher } from '@junheng/domain';
import { demoBudgets, demoCostTable } from './demo-money';
import { planCounty, type PlannedSchool } from './demo-layout';
import { generateTeacher, type TeacherContext, type TeacherSlot } from './demo-teachers';
import { hashString, Prng } from './prng';

export const DEMO_COUNTY_CODE = '431124';
export const DEMO_COUNTY_NAME = '道县';
export const DEMO_CITY_CODE = '431100';
export const DEMO_CITY_NAME = '永州市';
/** The plan year of the demo data (reference date September 1). */
// The next school year to plan for (September 2027) when the product was built.
export const DEMO_YEAR = 2027;

export interface DemoCountyOptions {
  seed?: number | string;
  /** 6-digit county code (default 431124). */
  code?: string;
  name?: string;
  /** Number of schools (default about 150; any number from 20 to 999). */
  schools?: number;
  /** Plan year: ages, tenure and budgets are as of September 1 of this year (default DEMO_YEAR, 2027). */
  year?: number;
  cityCode?: string | null;
  cityName?: string | null;
  /** Where the county seat is (default: 道县's, or derived from the code). */
  center?: { lat: number; lon: number };
  /**
   * National ID numbers already given (e.g. to the other counties of a city): none of them is reused,
   * and the county's own are added. Default: a new set (unique within the county).
   */
  usedIdNumbers?: Set<string>;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Share of classes above `limit` when class sizes spread normally (sd 5) around `avg`. */
function tail(limit: number, avg: number): number {
  const z = (limit - avg) / 5;
  // Abramowitz-Stegun approximation of the normal upper tail.
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const d = 0.3989423 * Math.exp((-z * z) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return z > 0 ? p : 1 - p;
}

function classesOf(rng: Prng, school: PlannedSchool, students: number, avg: number): number {
  if (school.kind === 'TEACHING_POINT') return students < 15 ? 1 : rng.int(2, 3);
  if (school.area === 'RURAL') return Math.max(Math.min(6, Math.ceil(students / 12)), Math.round(students / avg));
  return Math.max(1, Math.round(students / avg));
}

/** Students per teacher the county actually has: the seat is short of teachers, the villages are not. */
function teachersFor(rng: Prng, school: PlannedSchool, level: Level, students: number, classes: number): number {
  if (school.kind === 'TEACHING_POINT') return classes + (rng.chance(0.3) ? 1 : 0);
  if (school.area === 'RURAL') return Math.max(Math.ceil(classes * 1.3), Math.round(students / clamp(rng.normal(15.5, 2), 11, 21)));
  const ratios: Record<Exclude<AreaType, 'RURAL'>, Record<Level, [number, number]>> = {
    URBAN: { PRIMARY: [20.5, 1], JUNIOR: [14.6, 0.7], SENIOR: [13.6, 0.6] },
    TOWN: { PRIMARY: [16.5, 1.5], JUNIOR: [12.3, 1], SENIOR: [13, 0.6] },
  };
  const [mean, sd] = ratios[school.area][level];
  return Math.max(1, Math.round(students / clamp(rng.normal(mean, sd), mean - 3 * sd, mean + 3 * sd)));
}

const FACILITY_MIN = {
  PRIMARY: { floor: 4.5, sports: 7.5, equipment: 2000, multimedia: 2.3 },
  SECONDARY: { floor: 5.8, sports: 10.2, equipment: 2500, multimedia: 2.4 },
};

/** Facilities near the thresholds: crowded urban schools below on space, village schools below on equipment. */
function facilitiesFor(rng: Prng, area: AreaType, sections: readonly Section[]): Facilities {
  const students = sections.reduce((n, s) => n + s.students, 0);
  const need = { floor: 0, sports: 0, equipment: 0, multimedia: 0 };
  for (const s of sections) {
    const min = s.level === 'PRIMARY' ? FACILITY_MIN.PRIMARY : FACILITY_MIN.SECONDARY;
    need.floor += min.floor * s.students;
    need.sports += min.sports * s.students;
    need.equipment += min.equipment * s.students;
    need.multimedia += (min.multimedia * s.students) / 100;
  }
  const factor = (mean: number, sd: number) => clamp(rng.normal(mean, sd), 0.4, 2.5);
  const f = area === 'URBAN'
    ? { floor: factor(0.93, 0.12), sports: factor(0.85, 0.15), equipment: factor(1.1, 0.15), multimedia: factor(1.1, 0.15) }
    : area === 'TOWN'
      ? { floor: factor(1.05, 0.15), sports: factor(1.05, 0.18), equipment: factor(1.0, 0.18), multimedia: factor(1.0, 0.2) }
      : { floor: factor(1.2, 0.3), sports: factor(1.25, 0.35), equipment: factor(0.9, 0.25), multimedia: factor(0.85, 0.3) };
  return {
    floorAreaM2: Math.round(need.floor * f.floor),
    sportsAreaM2: Math.round(need.sports * f.sports),
    equipmentYuan: Math.round((need.equipment * f.equipment) / 100) * 100,
    multimediaRooms: students === 0 ? 0 : Math.max(0, Math.round(need.multimedia * f.multimedia)),
  };
}

function defaultCenter(code: string): { lat: number; lon: number } {
  if (code === DEMO_COUNTY_CODE) return { lat: 25.52, lon: 111.59 };
  const h = hashString(code);
  return { lat: 25 + (h % 200) / 100, lon: 110.8 + (Math.floor(h / 200) % 200) / 100 };
}

/**
 * A realistic, deterministic county (same options, same data): about 150 schools, 80,000 students and
 * 5,000 teachers by default. See packages/db/README.md for what it contains.
 */
export function generateDemoCounty(options: DemoCountyOptions = {}): RegionData {
  const code = options.code ?? DEMO_COUNTY_CODE;
  if (!/^\d{6}$/.test(code)) throw new RangeError(`county code must have 6 digits: ${code}`);
  const name = options.name ?? (code === DEMO_COUNTY_CODE ? DEMO_COUNTY_NAME : `演示县${code.slice(4)}`);
  const year = options.year ?? DEMO_YEAR;
  const schoolCount = options.schools ?? 150;
  if (!Number.isInteger(schoolCount) || schoolCount < 20 || schoolCount > 999) throw new RangeError(`schools must be an integer from 20 to 999: ${schoolCount}`);
  const root = new Prng(`junheng-demo:${code}:${String(options.seed ?? 1)}`);
  const layoutRng = root.fork('layout');
  const sectionRng = root.fork('sections');
  const teacherRng = root.fork('teachers');
  const facilityRng = root.fork('facilities');

  const plan = planCounty(layoutRng, name, options.center ?? defaultCenter(code), schoolCount);
  const codes = plan.schools.map((_, i) => `2${code}${String(i + 1).padStart(3, '0')}`);
  const ruralByTownship = new Map<string, string[]>();
  plan.schools.forEach((s, i) => {
    if (s.area !== 'RURAL') return;
    const list = ruralByTownship.get(s.township) ?? [];
    list.push(codes[i]!);
    ruralByTownship.set(s.township, list);
  });
  const townships = plan.townships.map((t) => t.name);
  const ruralTownships = [...ruralByTownship.keys()];

  let staffSeq = 0;
  const ctx: TeacherContext = {
    rng: teacherRng,
    countyCode: code,
    otherBirthRegions: [`${code.slice(0, 4)}02`, `${code.slice(0, 4)}21`, `${code.slice(0, 4)}26`, `${code.slice(0, 2)}0102`, `${code.slice(0, 2)}0521`],
    year,
    usedIds: options.usedIdNumbers ?? new Set(),
    townships,
    nextStaffNo: () => `${code}${String(++staffSeq).padStart(6, '0')}`,
  };

  const schools: School[] = [];
  const sections: Section[] = [];
  const teachers: Teacher[] = [];
  plan.schools.forEach((planned, i) => {
    const schoolCode = codes[i]!;
    const own: Section[] = planned.levels.map((l) => {
      const classes = classesOf(sectionRng, planned, l.students, l.avgClassSize);
      const avg = l.students / classes;
      const c56 = Math.min(classes, Math.round(classes * tail(55.5, avg)));
      const c66 = Math.min(c56, Math.round(classes * tail(65.5, avg)));
      return { schoolCode, level: l.level, students: l.students, classes, classes56Plus: c56, classes66Plus: c66 };
    });
    sections.push(...own);
    const nearbyRural = planned.area === 'RURAL'
      ? []
      : ruralByTownship.get(planned.area === 'TOWN' ? planned.township : ruralTownships[i % Math.max(1, ruralTownships.length)] ?? '') ?? [];
    let staff = 0;
    for (const section of own) {
      const slot: TeacherSlot = { schoolCode, kind: planned.kind, area: planned.area, level: section.level, township: planned.township, nearbyRural };
      const count = teachersFor(sectionRng, planned, section.level, section.students, section.classes);
      for (let k = 0; k < count; k++) teachers.push(generateTeacher(ctx, slot));
      staff += count;
    }
    const vacancy = planned.area === 'URBAN' ? sectionRng.normal(0.06, 0.04) : planned.area === 'TOWN' ? sectionRng.normal(0.03, 0.04) : sectionRng.normal(0, 0.08);
    schools.push({
      code: schoolCode, name: planned.name, countyCode: code, township: planned.township, kind: planned.kind, area: planned.area,
      weak: planned.weak, educationGroup: planned.educationGroup, lat: planned.lat, lon: planned.lon,
      quota: Math.max(1, Math.round(staff * (1 + clamp(vacancy, -0.1, 0.2)))),
      facilities: facilitiesFor(facilityRng, planned.area, own),
      // As many ordinary classrooms as classes: no spare rooms (splits need rooms built), and the outlook
      // shows where growing cohorts run out of them.
      classrooms: own.reduce((n, s) => n + s.classes, 0),
    });
  });

  const grades = demoGrades(root.fork('grades'), schools, sections);
  return {
    counties: [{ code, name, cityCode: options.cityCode === undefined ? DEMO_CITY_CODE : options.cityCode, cityName: options.cityName === undefined ? DEMO_CITY_NAME : options.cityName }],
    schools,
    sections,
    teachers,
    budgets: demoBudgets(code, year, teachers),
    costTables: [demoCostTable(code)],
    grades,
    intake: demoIntake(root.fork('intake'), code, year, schools, grades),
  };
}
