import { lockCountiesForWrite } from './county-write-lock';
import { earmarksReleasedByRoster, type GradeCount, type IntakeForecast, type Level, type RegionData, type School, type Section, type Teacher } from '@junheng/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { bulkInsert, type BulkColumn } from './bulk-insert';
import { costTableToRows, type CostItemRow } from './cost-table-rows';
import { bumpDataVersions } from './region-queries';

export class RegionDataError extends Error {
  readonly code = 'INVALID_REGION_DATA';
  constructor(readonly problems: string[]) {
    super(`Region data is inconsistent (${problems.length} problem${problems.length === 1 ? '' : 's'}): ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? '; ...' : ''}`);
    this.name = 'RegionDataError';
  }
}

export interface ReplaceRegionDataOptions {
  /** Counties to replace; default the codes of `data.counties`. Their old data is deleted even when `data` has none. */
  countyCodes?: readonly string[];
  /** Write inside this transaction (the caller's) instead of opening one. */
  manager?: EntityManager;
  /** Rows per INSERT statement (default 10,000). */
  chunkSize?: number;
  /** Progress of the bulk inserts, e.g. for a progress bar. */
  onProgress?: (progress: { table: string; done: number; total: number }) => void;
  /** Who imports: recorded with each school quota the import changes (编制变动记录); default `import`. */
  actor?: string;
}

export interface ReplaceRegionDataResult {
  countyCodes: string[];
  /** New data version of each replaced county. */
  dataVersions: Record<string, number>;
  counts: { schools: number; sections: number; teachers: number; budgets: number; costItems: number };
  /** Post earmarks released because the roster added the hired teachers. */
  earmarksReleased: number;
}

/** Cross-reference checks only (row validation is the importer's job): every row belongs to a replaced county. */
function checkConsistency(data: RegionData, counties: ReadonlySet<string>): void {
  const problems: string[] = [];
  const schools = new Map<string, School>();
  for (const school of data.schools) {
    if (schools.has(school.code)) problems.push(`school ${school.code} appears twice`);
    schools.set(school.code, school);
    if (!counties.has(school.countyCode)) problems.push(`school ${school.code} is in county ${school.countyCode}, which is not being replaced`);
  }
  for (const section of data.sections) {
    if (!schools.has(section.schoolCode)) problems.push(`section ${section.schoolCode}/${section.level}: unknown school`);
  }
  for (const teacher of data.teachers) {
    if (!schools.has(teacher.schoolCode)) problems.push(`teacher ${teacher.staffNo}: unknown school ${teacher.schoolCode}`);
    const home = teacher.homeSchoolCode ? schools.get(teacher.homeSchoolCode) : undefined;
    // Rotations stay within a county (县管校聘): the home school holds the post, so it must be written too.
    if (teacher.homeSchoolCode && (!home || home.countyCode !== schools.get(teacher.schoolCode)?.countyCode)) {
      problems.push(`teacher ${teacher.staffNo}: home school ${teacher.homeSchoolCode} is unknown or in another county`);
    }
  }
  for (const g of data.grades ?? []) {
    if (!schools.has(g.schoolCode)) problems.push(`grade ${g.schoolCode}/${g.level}/${g.grade}: unknown school`);
  }
  for (const i of data.intake ?? []) {
    if (i.schoolCode ? !schools.has(i.schoolCode) : !counties.has(i.countyCode)) problems.push(`intake forecast ${i.schoolCode ?? `${i.countyCode}/${i.township}`} ${i.year}: unknown school or county`);
  }
  for (const budget of data.budgets) {
    if (!counties.has(budget.countyCode)) problems.push(`budget line of county ${budget.countyCode}, which is not being replaced`);
  }
  for (const table of data.costTables) {
    if (!counties.has(table.countyCode)) problems.push(`cost table of county ${table.countyCode}, which is not being replaced`);
  }
  if (problems.length) throw new RegionDataError(problems);
}

const SCHOOL_COLUMNS: Array<BulkColumn<School>> = [
  { name: 'code', type: 'text', value: (s) => s.code },
  { name: 'name', type: 'text', value: (s) => s.name },
  { name: 'county_code', type: 'text', value: (s) => s.countyCode },
  { name: 'township', type: 'text', value: (s) => s.township },
  { name: 'kind', type: 'text', value: (s) => s.kind },
  { name: 'area', type: 'text', value: (s) => s.area },
  { name: 'weak', type: 'bool', value: (s) => s.weak },
  { name: 'education_group', type: 'text', value: (s) => s.educationGroup ?? null },
  { name: 'lat', type: 'float8', value: (s) => s.lat },
  { name: 'lon', type: 'float8', value: (s) => s.lon },
];

const FACILITY_COLUMNS: Array<BulkColumn<School>> = [
  { name: 'school_code', type: 'text', value: (s) => s.code },
  { name: 'floor_area_m2', type: 'numeric', value: (s) => s.facilities.floorAreaM2 },
  { name: 'sports_area_m2', type: 'numeric', value: (s) => s.facilities.sportsAreaM2 },
  { name: 'equipment_yuan', type: 'numeric', value: (s) => s.facilities.equipmentYuan },
  { name: 'multimedia_rooms', type: 'int4', value: (s) => s.facilities.multimediaRooms },
  { name: 'classrooms', type: 'int4', value: (s) => s.classrooms ?? null },
];

const QUOTA_COLUMNS: Array<BulkColumn<School>> = [
  { name: 'school_code', type: 'text', value: (s) => s.code },
  { name: 'posts', type: 'int4', value: (s) => s.quota },
];

const SECTION_COLUMNS: Array<BulkColumn<Section>> = [
  { name: 'school_code', type: 'text', value: (s) => s.schoolCode },
  { name: 'level', type: 'text', value: (s) => s.level },
  { name: 'students', type: 'int4', value: (s) => s.students },
  { name: 'classes', type: 'int4', value: (s) => s.classes },
  { name: 'classes_56_plus', type: 'int4', value: (s) => s.classes56Plus },
  { name: 'classes_66_plus', type: 'int4', value: (s) => s.classes66Plus },
];

type GradeRow = GradeCount & { countyCode: string };

const GRADE_COLUMNS: Array<BulkColumn<GradeRow>> = [
  { name: 'school_code', type: 'text', value: (g) => g.schoolCode },
  { name: 'level', type: 'text', value: (g) => g.level },
  { name: 'grade', type: 'int4', value: (g) => g.grade },
  { name: 'county_code', type: 'text', value: (g) => g.countyCode },
  { name: 'students', type: 'int4', value: (g) => g.students },
];

const INTAKE_COLUMNS: Array<BulkColumn<IntakeForecast>> = [
  { name: 'county_code', type: 'text', value: (i) => i.countyCode },
  { name: 'school_code', type: 'text', value: (i) => i.schoolCode },
  { name: 'township', type: 'text', value: (i) => i.township },
  { name: 'level', type: 'text', value: (i) => i.level },
  { name: 'year', type: 'int4', value: (i) => i.year },
  { name: 'students', type: 'int4', value: (i) => i.students },
];

type TeacherRow = Teacher & { countyCode: string };

const TEACHER_COLUMNS: Array<BulkColumn<TeacherRow>> = [
  { name: 'staff_no', type: 'text', value: (t) => t.staffNo },
  { name: 'county_code', type: 'text', value: (t) => t.countyCode },
  { name: 'name', type: 'text', value: (t) => t.name },
  { name: 'gender', type: 'text', value: (t) => t.gender },
  { name: 'birth_date', type: 'text', value: (t) => t.birthDate },
  { name: 'id_number', type: 'text', value: (t) => t.idNumber },
  { name: 'school_code', type: 'text', value: (t) => t.schoolCode },
  { name: 'level', type: 'text', value: (t) => t.level },
  { name: 'subject', type: 'text', value: (t) => t.subject },
  { name: 'education', type: 'text', value: (t) => t.education },
  { name: 'title', type: 'text', value: (t) => t.title },
  { name: 'certificate', type: 'bool', value: (t) => t.certificate },
  { name: 'backbone', type: 'text', value: (t) => t.backbone },
  { name: 'started_at_school', type: 'text', value: (t) => t.startedAtSchool },
  { name: 'status', type: 'text', value: (t) => t.status },
  { name: 'annual_cost', type: 'numeric', value: (t) => t.annualCost },
  {
    name: 'preferred_schools', type: 'jsonb', value: (t) => JSON.stringify(t.preferredSchools ?? []),
    convert: (v) => `ARRAY(SELECT jsonb_array_elements_text(${v}))`,
  },
  { name: 'home_township', type: 'text', value: (t) => t.homeTownship ?? null },
  { name: 'home_school_code', type: 'text', value: (t) => t.homeSchoolCode ?? null },
  { name: 'rotation_end', type: 'text', value: (t) => t.rotationEnd ?? null },
  {
    name: 'hardships', type: 'jsonb', value: (t) => JSON.stringify(t.hardships ?? []),
    convert: (v) => `ARRAY(SELECT jsonb_array_elements_text(${v}))`,
  },
];

const BUDGET_COLUMNS: Array<BulkColumn<RegionData['budgets'][number]>> = [
  { name: 'year', type: 'int4', value: (b) => b.year },
  { name: 'county_code', type: 'text', value: (b) => b.countyCode },
  { name: 'category', type: 'text', value: (b) => b.category },
  { name: 'amount', type: 'numeric', value: (b) => b.amount },
];

const COST_COLUMNS: Array<BulkColumn<CostItemRow>> = [
  { name: 'county_code', type: 'text', value: (c) => c.countyCode },
  { name: 'item', type: 'text', value: (c) => c.item },
  { name: 'area', type: 'text', value: (c) => c.area },
  { name: 'education', type: 'text', value: (c) => c.education },
  { name: 'min_km', type: 'float8', value: (c) => c.minKm },
  { name: 'amount', type: 'numeric', value: (c) => c.amount },
];

async function upsertRegions(manager: EntityManager, data: RegionData): Promise<void> {
  const cities = new Map<string, string | null>();
  for (const county of data.counties) {
    if (county.cityCode) cities.set(county.cityCode, county.cityName ?? cities.get(county.cityCode) ?? null);
  }
  for (const [code, name] of cities) {
    await manager.query(
      `INSERT INTO region (code, name, kind, parent_code) VALUES ($1, $2, 'CITY', NULL)
       ON CONFLICT (code) DO UPDATE SET name = CASE WHEN $3 THEN EXCLUDED.name ELSE region.name END`,
      [code, name ?? code, name !== null],
    );
  }
  for (const county of data.counties) {
    await manager.query(
      `INSERT INTO region (code, name, kind, parent_code) VALUES ($1, $2, 'COUNTY', $3)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = 'COUNTY',
         parent_code = COALESCE(EXCLUDED.parent_code, region.parent_code)`,
      [county.code, county.name, county.cityCode ?? null],
    );
  }
}

async function deleteCounties(manager: EntityManager, codes: readonly string[]): Promise<void> {
  const schoolsOf = 'SELECT code FROM school WHERE county_code = ANY($1::text[])';
  await manager.query('DELETE FROM teacher WHERE county_code = ANY($1::text[])', [codes]);
  await manager.query('DELETE FROM section_grade WHERE county_code = ANY($1::text[])', [codes]);
  await manager.query('DELETE FROM intake_forecast WHERE county_code = ANY($1::text[])', [codes]);
  await manager.query(`DELETE FROM section WHERE school_code IN (${schoolsOf})`, [codes]);
  await manager.query(`DELETE FROM school_facilities WHERE school_code IN (${schoolsOf})`, [codes]);
  await manager.query(`DELETE FROM staffing_quota WHERE school_code IN (${schoolsOf})`, [codes]);
  await manager.query('DELETE FROM school WHERE county_code = ANY($1::text[])', [codes]);
  await manager.query('DELETE FROM budget_line WHERE county_code = ANY($1::text[])', [codes]);
  await manager.query('DELETE FROM cost_item WHERE county_code = ANY($1::text[])', [codes]);
}

/** What survives a county's replacement: the staff numbers it had (to see who is new), its earmarks, its budget commitments. */
async function carriedOver(manager: EntityManager, codes: readonly string[]) {
  const staff = await manager.query<Array<{ staff_no: string }>>('SELECT staff_no FROM teacher WHERE county_code = ANY($1::text[])', [codes]);
  const earmarks = await manager.query<Array<{ school_code: string; level: Level; n: number }>>(
    'SELECT school_code, level, count(*)::int AS n FROM post_earmark WHERE county_code = ANY($1::text[]) GROUP BY school_code, level',
    [codes],
  );
  const committed = await manager.query<Array<{ county_code: string; year: number; category: string; committed: string }>>(
    `SELECT county_code, year, category, sum(committed) AS committed FROM budget_line
      WHERE county_code = ANY($1::text[]) AND committed <> 0 GROUP BY county_code, year, category`,
    [codes],
  );
  const quotas = await manager.query<Array<{ school_code: string; posts: number }>>(
    'SELECT q.school_code, q.posts FROM staffing_quota q JOIN school s ON s.code = q.school_code WHERE s.county_code = ANY($1::text[])',
    [codes],
  );
  return {
    quotas: new Map(quotas.map((r) => [r.school_code, r.posts])),
    staffNos: new Set(staff.map((r) => r.staff_no)),
    earmarks: earmarks.map((r) => ({ schoolCode: r.school_code, level: r.level, count: r.n })),
    committed,
  };
}

/**
 * A new roster releases the earmarks of the hires it records (domain `earmarksReleasedByRoster`,
 * oldest first), and the budget lines it brings keep what applied plans committed (a line the roster
 * leaves out keeps its commitment with amount 0, so no commitment is lost).
 */
async function restoreCarriedOver(manager: EntityManager, data: RegionData, carried: Awaited<ReturnType<typeof carriedOver>>): Promise<number> {
  let released = 0;
  for (const [key, n] of earmarksReleasedByRoster(carried.earmarks, carried.staffNos, data.teachers)) {
    const [schoolCode, level] = key.split(':');
    await manager.query(
      `DELETE FROM post_earmark WHERE id IN (
         SELECT id FROM post_earmark WHERE school_code = $1 AND level = $2 ORDER BY created_at, id LIMIT $3)`,
      [schoolCode, level, n],
    );
    released += n;
  }
  for (const c of carried.committed) {
    const result: unknown = await manager.query(
      `UPDATE budget_line SET committed = $4
        WHERE id = (SELECT id FROM budget_line WHERE county_code = $1 AND year = $2 AND category = $3 ORDER BY id LIMIT 1)`,
      [c.county_code, c.year, c.category, c.committed],
    );
    const updated = Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
    if (updated === 0) {
      await manager.query('INSERT INTO budget_line (year, county_code, category, amount, committed) VALUES ($1, $2, $3, 0, $4)', [c.year, c.county_code, c.category, c.committed]);
    }
  }
  return released;
}

/** A school the import keeps whose quota it changes gets a quota_change row (a new school's first quota is not a change). */
async function recordImportedQuotaChanges(manager: EntityManager, data: RegionData, before: ReadonlyMap<string, number>, actor: string): Promise<void> {
  const changed = data.schools.filter((s) => before.has(s.code) && before.get(s.code) !== s.quota);
  if (!changed.length) return;
  await manager.query(
    `INSERT INTO quota_change (county_code, school_code, posts_before, posts_after, change, source, username, reason)
     SELECT c, s, b, a, a - b, 'IMPORT', $5, '名册导入' FROM unnest($1::text[], $2::text[], $3::int[], $4::int[]) AS x(c, s, b, a)`,
    [changed.map((s) => s.countyCode), changed.map((s) => s.code), changed.map((s) => before.get(s.code)!), changed.map((s) => s.quota), actor],
  );
}

async function replaceIn(manager: EntityManager, data: RegionData, codes: string[], options: ReplaceRegionDataOptions): Promise<ReplaceRegionDataResult> {
  await lockCountiesForWrite(manager, codes);
  const carried = await carriedOver(manager, codes);
  await upsertRegions(manager, data);
  await deleteCounties(manager, codes);

  const countyOfSchool = new Map(data.schools.map((s) => [s.code, s.countyCode]));
  const teachers: TeacherRow[] = data.teachers.map((t) => ({ ...t, countyCode: countyOfSchool.get(t.schoolCode) ?? '' }));
  const costRows = data.costTables.flatMap(costTableToRows);
  const insert = async <Row>(table: string, columns: Array<BulkColumn<Row>>, rows: readonly Row[]) => {
    await bulkInsert(manager, table, columns, rows, {
      chunkSize: options.chunkSize,
      onChunk: (done) => options.onProgress?.({ table, done, total: rows.length }),
    });
  };
  await insert('school', SCHOOL_COLUMNS, data.schools);
  await insert('school_facilities', FACILITY_COLUMNS, data.schools);
  await insert('staffing_quota', QUOTA_COLUMNS, data.schools);
  await insert('section', SECTION_COLUMNS, data.sections);
  await insert('teacher', TEACHER_COLUMNS, teachers);
  await insert('budget_line', BUDGET_COLUMNS, data.budgets);
  await insert('cost_item', COST_COLUMNS, costRows);
  await insert('section_grade', GRADE_COLUMNS, (data.grades ?? []).map((g) => ({ ...g, countyCode: countyOfSchool.get(g.schoolCode) ?? '' })));
  await insert('intake_forecast', INTAKE_COLUMNS, (data.intake ?? []).map((i) => (i.schoolCode ? { ...i, countyCode: countyOfSchool.get(i.schoolCode) ?? i.countyCode } : i)));
  const earmarksReleased = await restoreCarriedOver(manager, data, carried);
  await recordImportedQuotaChanges(manager, data, carried.quotas, options.actor ?? 'import');

  const versions = await bumpDataVersions(manager, codes);
  return {
    countyCodes: codes,
    dataVersions: Object.fromEntries(versions),
    counts: {
      schools: data.schools.length, sections: data.sections.length, teachers: teachers.length,
      budgets: data.budgets.length, costItems: costRows.length,
    },
    earmarksReleased,
  };
}

/**
 * Replaces the listed counties' schools, facilities, quotas, sections, teachers, budget lines, cost
 * items, grades (年级) and intake forecasts (入学预测) with `data`, in one transaction: on any error nothing changes. Upserts the counties'
 * region rows (and their cities) and bumps their data versions.
 */
export async function replaceRegionData(
  db: DataSource, data: RegionData, options: ReplaceRegionDataOptions = {},
): Promise<ReplaceRegionDataResult> {
  const codes = [...new Set(options.countyCodes ?? data.counties.map((c) => c.code))];
  checkConsistency(data, new Set(codes));
  if (options.manager) return replaceIn(options.manager, data, codes, options);
  return db.transaction((manager) => replaceIn(manager, data, codes, options));
}
