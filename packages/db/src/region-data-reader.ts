import type {
  BackboneLevel, BudgetLine, County, Education, ExpectedHire, Gender, GradeCount, Hardship, IntakeForecast, Level, RegionData, School, Section, Teacher, TeacherStatus,
} from '@junheng/domain';
import { LEVELS } from '@junheng/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { costTablesFromRows, type CostItemRow } from './cost-table-rows';

type Queryable = DataSource | EntityManager;
const num = (v: string | number | null): number => (v === null ? 0 : Number(v));
const levelRank = (level: Level) => LEVELS.indexOf(level);

/**
 * Everything the indicators and the solver need about these counties, in a canonical order: schools
 * by code, sections by school then level, teachers by county then staff number, budgets by county,
 * year and entry, cost tables by county. Unknown codes give empty lists.
 */
export async function loadRegionData(db: Queryable, countyCodes: readonly string[]): Promise<RegionData> {
  const codes = [...new Set(countyCodes)];
  // Inside a transaction (an EntityManager with its own query runner) the statements share one
  // connection: run them one after another, as a connection takes one query at a time.
  const inTransaction = 'queryRunner' in db && db.queryRunner !== undefined;
  const loaders = [
    () => loadCounties(db, codes), () => loadSchools(db, codes), () => loadSections(db, codes), () => loadTeachers(db, codes),
    () => loadBudgets(db, codes), () => loadCostRows(db, codes), () => loadGrades(db, codes), () => loadIntake(db, codes),
    () => loadExpectedHires(db, codes),
  ] as const;
  const results: unknown[] = [];
  if (inTransaction) for (const load of loaders) results.push(await load());
  else results.push(...(await Promise.all(loaders.map((load) => load()))));
  const [counties, schools, sections, teachers, budgets, costRows, grades, intake, expectedHires] = results as [
    County[], School[], Section[], Teacher[], BudgetLine[], CostItemRow[], GradeCount[], IntakeForecast[], ExpectedHire[],
  ];
  // The optional 年级 and 入学预测 data only when there is some, so a roster without them reads back as written.
  return {
    counties, schools, sections, teachers, budgets, costTables: costTablesFromRows(costRows),
    ...(grades.length > 0 ? { grades } : {}), ...(intake.length > 0 ? { intake } : {}),
    ...(expectedHires.length > 0 ? { expectedHires } : {}),
  };
}

async function loadCounties(db: Queryable, codes: string[]): Promise<County[]> {
  const rows = await db.query<Array<{ code: string; name: string; city_code: string | null; city_name: string | null }>>(
    `SELECT c.code, c.name, c.parent_code AS city_code, p.name AS city_name
       FROM region c LEFT JOIN region p ON p.code = c.parent_code
      WHERE c.code = ANY($1::text[]) AND c.kind = 'COUNTY' ORDER BY c.code COLLATE "C"`,
    [codes],
  );
  return rows.map((r) => ({ code: r.code, name: r.name, cityCode: r.city_code, cityName: r.city_name }));
}

interface SchoolRow {
  code: string; name: string; county_code: string; township: string; kind: School['kind']; area: School['area'];
  weak: boolean; education_group: string | null; lat: number; lon: number; posts: number | null;
  floor_area_m2: string | null; sports_area_m2: string | null; equipment_yuan: string | null; multimedia_rooms: number | null;
  earmarked: number;
  classrooms: number | null;
}

async function loadSchools(db: Queryable, codes: string[]): Promise<School[]> {
  const rows = await db.query<SchoolRow[]>(
    `SELECT s.code, s.name, s.county_code, s.township, s.kind, s.area, s.weak, s.education_group, s.lat, s.lon,
            q.posts, f.floor_area_m2, f.sports_area_m2, f.equipment_yuan, f.multimedia_rooms,
            (SELECT count(*)::int FROM post_earmark e WHERE e.school_code = s.code) AS earmarked,
            f.classrooms
       FROM school s
       LEFT JOIN staffing_quota q ON q.school_code = s.code
       LEFT JOIN school_facilities f ON f.school_code = s.code
      WHERE s.county_code = ANY($1::text[]) ORDER BY s.code COLLATE "C"`,
    [codes],
  );
  return rows.map((r) => ({
    code: r.code, name: r.name, countyCode: r.county_code, township: r.township, kind: r.kind, area: r.area,
    weak: r.weak, educationGroup: r.education_group, lat: r.lat, lon: r.lon, quota: r.posts ?? 0,
    facilities: {
      floorAreaM2: num(r.floor_area_m2), sportsAreaM2: num(r.sports_area_m2), equipmentYuan: num(r.equipment_yuan),
      multimediaRooms: r.multimedia_rooms ?? 0,
    },
    // Posts earmarked for an applied plan's hires (left out when none, like a rotation's fields).
    ...(r.earmarked > 0 ? { earmarkedPosts: r.earmarked } : {}),
    // Only when recorded, so that a school without the figure reads back as it was written.
    ...(r.classrooms !== null ? { classrooms: r.classrooms } : {}),
  }));
}

async function loadSections(db: Queryable, codes: string[]): Promise<Section[]> {
  const rows = await db.query<Array<{ school_code: string; level: Level; students: number; classes: number; classes_56_plus: number; classes_66_plus: number }>>(
    `SELECT x.school_code, x.level, x.students, x.classes, x.classes_56_plus, x.classes_66_plus
       FROM section x JOIN school s ON s.code = x.school_code
      WHERE s.county_code = ANY($1::text[])`,
    [codes],
  );
  return rows
    .map((r): Section => ({
      schoolCode: r.school_code, level: r.level, students: r.students, classes: r.classes,
      classes56Plus: r.classes_56_plus, classes66Plus: r.classes_66_plus,
    }))
    .sort((a, b) => (a.schoolCode < b.schoolCode ? -1 : a.schoolCode > b.schoolCode ? 1 : levelRank(a.level) - levelRank(b.level)));
}

interface TeacherRow {
  staff_no: string; name: string; gender: Gender; birth_date: string; id_number: string; school_code: string;
  level: Level; subject: string; education: Education; title: string; certificate: boolean; backbone: BackboneLevel;
  started_at_school: string; status: TeacherStatus; annual_cost: string; preferred_schools: string[]; home_township: string | null;
  home_school_code: string | null; rotation_end: string | null; hardships: Hardship[];
}

async function loadTeachers(db: Queryable, codes: string[]): Promise<Teacher[]> {
  const rows = await db.query<TeacherRow[]>(
    `SELECT staff_no, name, gender, birth_date, id_number, school_code, level, subject, education, title,
            certificate, backbone, started_at_school, status, annual_cost, preferred_schools, home_township,
            home_school_code, rotation_end, hardships
       FROM teacher WHERE county_code = ANY($1::text[])
      ORDER BY county_code COLLATE "C", staff_no COLLATE "C"`,
    [codes],
  );
  return rows.map((r) => ({
    staffNo: r.staff_no, name: r.name, gender: r.gender, birthDate: r.birth_date, idNumber: r.id_number,
    schoolCode: r.school_code, level: r.level, subject: r.subject, education: r.education, title: r.title,
    certificate: r.certificate, backbone: r.backbone, startedAtSchool: r.started_at_school, status: r.status,
    annualCost: Number(r.annual_cost), preferredSchools: r.preferred_schools, homeTownship: r.home_township,
    // Present only for a teacher on rotation (omitted, not null, otherwise), so a roster without
    // rotations reads back exactly as it was written and as generators and fixtures build it.
    ...(r.home_school_code === null ? {} : { homeSchoolCode: r.home_school_code }),
    ...(r.rotation_end === null ? {} : { rotationEnd: r.rotation_end }),
    ...(r.hardships.length === 0 ? {} : { hardships: r.hardships }),
  }));
}

async function loadBudgets(db: Queryable, codes: string[]): Promise<BudgetLine[]> {
  const rows = await db.query<Array<{ year: number; county_code: string; category: string; amount: string; committed: string }>>(
    `SELECT year, county_code, category, amount, committed FROM budget_line
      WHERE county_code = ANY($1::text[]) ORDER BY county_code COLLATE "C", year, id`,
    [codes],
  );
  // What applied plans committed, only when there is some (a scenario drawing on the line has that much less).
  return rows.map((r) => ({
    year: r.year, countyCode: r.county_code, category: r.category, amount: Number(r.amount),
    ...(Number(r.committed) !== 0 ? { committed: Number(r.committed) } : {}),
  }));
}

async function loadCostRows(db: Queryable, codes: string[]): Promise<CostItemRow[]> {
  const rows = await db.query<Array<{ county_code: string; item: CostItemRow['item']; area: CostItemRow['area']; education: CostItemRow['education']; min_km: number | null; amount: string }>>(
    `SELECT county_code, item, area, education, min_km, amount FROM cost_item
      WHERE county_code = ANY($1::text[]) ORDER BY county_code COLLATE "C", id`,
    [codes],
  );
  return rows.map((r) => ({ countyCode: r.county_code, item: r.item, area: r.area, education: r.education, minKm: r.min_km, amount: Number(r.amount) }));
}

async function loadGrades(db: Queryable, codes: string[]): Promise<GradeCount[]> {
  const rows = await db.query<Array<{ school_code: string; level: Level; grade: number; students: number }>>(
    `SELECT school_code, level, grade, students FROM section_grade
      WHERE county_code = ANY($1::text[]) ORDER BY school_code COLLATE "C", grade`,
    [codes],
  );
  return rows.map((r) => ({ schoolCode: r.school_code, level: r.level, grade: r.grade, students: r.students }));
}

async function loadIntake(db: Queryable, codes: string[]): Promise<IntakeForecast[]> {
  const rows = await db.query<Array<{ county_code: string; school_code: string | null; township: string | null; level: Level; year: number; students: number }>>(
    `SELECT county_code, school_code, township, level, year, students FROM intake_forecast
      WHERE county_code = ANY($1::text[]) ORDER BY county_code COLLATE "C", id`,
    [codes],
  );
  return rows.map((r) => ({ countyCode: r.county_code, schoolCode: r.school_code, township: r.township, level: r.level, year: r.year, students: r.students }));
}

/** Hires of applied plans that no roster shows yet: the earmarked posts, by school, level, subject group and education. */
async function loadExpectedHires(db: Queryable, codes: string[]): Promise<ExpectedHire[]> {
  const rows = await db.query<Array<{ school_code: string; level: Level; subject_group: ExpectedHire['subjectGroup']; education: Education; n: number }>>(
    `SELECT school_code, level, subject_group, education, count(*)::int AS n FROM post_earmark
      WHERE county_code = ANY($1::text[])
      GROUP BY school_code, level, subject_group, education
      ORDER BY school_code COLLATE "C", level, subject_group, education`,
    [codes],
  );
  return rows.map((r) => ({ schoolCode: r.school_code, level: r.level, subjectGroup: r.subject_group, education: r.education, count: r.n }));
}

/** The sections' planned classes for a plan year (分班 of applied plans), of these counties. */
export async function loadPlannedClasses(db: Queryable, countyCodes: readonly string[], year: number): Promise<Array<{ schoolCode: string; level: Level; classes: number }>> {
  const rows = await db.query<Array<{ school_code: string; level: Level; classes: number }>>(
    `SELECT school_code, level, classes FROM planned_class
      WHERE county_code = ANY($1::text[]) AND year = $2 ORDER BY school_code COLLATE "C", level`,
    [countyCodes, year],
  );
  return rows.map((r) => ({ schoolCode: r.school_code, level: r.level, classes: r.classes }));
}
