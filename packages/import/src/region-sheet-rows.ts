import { gradeLabel, type County, type RegionData } from '@junheng/domain';
import { BUDGET_SHEET, COST_SHEET, GRADE_SHEET, INTAKE_SHEET, SCHOOL_SHEET, SECTION_SHEET, TEACHER_SHEET, type SheetSpec } from './column-maps';
import { costTableRows } from './cost-tables';
import {
  AREA_VALUES, BACKBONE_VALUES, COST_ITEM_VALUES, EDUCATION_VALUES, GENDER_VALUES, HARDSHIP_VALUES, LEVEL_VALUES, SCHOOL_KIND_VALUES, STATUS_VALUES, YES_NO_VALUES,
} from './value-maps';

/** A cell as written to a file: text, a number, or empty. */
export type OutCell = string | number | null;

export interface SheetRows {
  spec: SheetSpec;
  count: number;
  rows: Iterable<OutCell[]>;
}

const yesNo = (b: boolean): string => YES_NO_VALUES.labels[b ? 'YES' : 'NO'];

function* mapRows<T>(spec: SheetSpec, items: readonly T[], record: (item: T) => Record<string, OutCell | undefined>): Iterable<OutCell[]> {
  for (const item of items) {
    const r = record(item);
    yield spec.columns.map((c) => r[c.key] ?? null);
  }
}

/**
 * The rows of every sheet of a region, in the column order of the column maps and with the Chinese
 * labels HR reads: what the exporters write and the importer reads back.
 */
export function regionSheetRows(data: RegionData): SheetRows[] {
  const counties = new Map<string, County>(data.counties.map((c) => [c.code, c]));
  const costRows = data.costTables.flatMap(costTableRows);
  return [
    {
      spec: SCHOOL_SHEET,
      count: data.schools.length,
      rows: mapRows(SCHOOL_SHEET, data.schools, (s) => {
        const county = counties.get(s.countyCode);
        return {
          code: s.code, name: s.name, county_code: s.countyCode, county_name: county?.name ?? s.countyCode, township: s.township,
          kind: SCHOOL_KIND_VALUES.labels[s.kind], area: AREA_VALUES.labels[s.area], weak: yesNo(s.weak), lat: s.lat, lon: s.lon,
          quota: s.quota, floor_area_m2: s.facilities.floorAreaM2, sports_area_m2: s.facilities.sportsAreaM2,
          equipment_yuan: s.facilities.equipmentYuan, multimedia_rooms: s.facilities.multimediaRooms,
          education_group: s.educationGroup ?? null, city_code: county?.cityCode ?? null, city_name: county?.cityName ?? null,
          classrooms: s.classrooms ?? null,
        };
      }),
    },
    {
      spec: SECTION_SHEET,
      count: data.sections.length,
      rows: mapRows(SECTION_SHEET, data.sections, (s) => ({
        school_code: s.schoolCode, level: LEVEL_VALUES.labels[s.level], students: s.students, classes: s.classes,
        classes_56_plus: s.classes56Plus, classes_66_plus: s.classes66Plus,
      })),
    },
    {
      spec: TEACHER_SHEET,
      count: data.teachers.length,
      rows: mapRows(TEACHER_SHEET, data.teachers, (t) => ({
        staff_no: t.staffNo, name: t.name, gender: GENDER_VALUES.labels[t.gender], birth_date: t.birthDate, id_number: t.idNumber,
        school_code: t.schoolCode, level: LEVEL_VALUES.labels[t.level], subject: t.subject, education: EDUCATION_VALUES.labels[t.education],
        title: t.title, certificate: yesNo(t.certificate), backbone: BACKBONE_VALUES.labels[t.backbone], started_at_school: t.startedAtSchool,
        status: STATUS_VALUES.labels[t.status], annual_cost: t.annualCost, preferred_schools: (t.preferredSchools ?? []).join(';') || null,
        home_township: t.homeTownship ?? null, home_school_code: t.homeSchoolCode ?? null, rotation_end: t.rotationEnd ?? null,
        hardships: (t.hardships ?? []).map((h) => HARDSHIP_VALUES.labels[h]).join(';') || null,
      })),
    },
    {
      spec: BUDGET_SHEET,
      count: data.budgets.length,
      rows: mapRows(BUDGET_SHEET, data.budgets, (b) => ({ year: b.year, county_code: b.countyCode, category: b.category, amount: b.amount })),
    },
    {
      spec: COST_SHEET,
      count: costRows.length,
      rows: mapRows(COST_SHEET, costRows, (c) => ({
        county_code: c.countyCode, item: COST_ITEM_VALUES.labels[c.item], area: c.area ? AREA_VALUES.labels[c.area] : null,
        education: c.education ? EDUCATION_VALUES.labels[c.education] : null, min_km: c.minKm, amount: c.amount,
      })),
    },
    {
      spec: GRADE_SHEET,
      count: data.grades?.length ?? 0,
      rows: mapRows(GRADE_SHEET, data.grades ?? [], (g) => ({ school_code: g.schoolCode, level: LEVEL_VALUES.labels[g.level], grade: gradeLabel(g.grade), students: g.students })),
    },
    {
      spec: INTAKE_SHEET,
      count: data.intake?.length ?? 0,
      rows: mapRows(INTAKE_SHEET, data.intake ?? [], (i) => ({
        county_code: i.countyCode, school_code: i.schoolCode, township: i.township, level: LEVEL_VALUES.labels[i.level], year: i.year, students: i.students,
      })),
    },
  ];
}
