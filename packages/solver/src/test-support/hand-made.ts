import type { AreaType, RegionData, School, Section, Teacher } from '@junheng/domain';
import { defaultCostTable } from '../generate-county';

/** Small hand-made regions for tests whose optimum is reasoned by hand. County 'C1', plan year 2027. */
export const COUNTY = 'C1';
const facilities = { floorAreaM2: 1e6, sportsAreaM2: 1e6, equipmentYuan: 1e9, multimediaRooms: 1000 };

/** A school `km` kilometres north of (28, 112). */
export function school(code: string, area: AreaType, km: number, quota: number, over: Partial<School> = {}): School {
  return { code, name: `School ${code}`, countyCode: COUNTY, township: code, kind: 'PRIMARY', area, weak: area === 'RURAL', lat: 28 + km / 111.2, lon: 112, quota, facilities, ...over };
}

export function section(schoolCode: string, students: number, classes: number, over: Partial<Section> = {}): Section {
  return { schoolCode, level: 'PRIMARY', students, classes, classes56Plus: 0, classes66Plus: 0, ...over };
}

/** A qualified (bachelor) core teacher, 40 years old, at the school since 2024 (not eligible). */
export function teacher(staffNo: string, schoolCode: string, over: Partial<Teacher> = {}): Teacher {
  return {
    staffNo, name: staffNo, gender: 'M', birthDate: '1987-03-01', idNumber: '', schoolCode, level: 'PRIMARY', subject: '语文',
    education: 'BACHELOR', title: '一级', certificate: true, backbone: 'NONE', startedAtSchool: '2024-09', status: 'ACTIVE', annualCost: 100000, ...over,
  };
}

/** `n` teachers named prefix0.. at a school, the first ones with the given overrides per index. */
export function staff(prefix: string, schoolCode: string, n: number, each: (i: number) => Partial<Teacher> = () => ({})): Teacher[] {
  return Array.from({ length: n }, (_, i) => teacher(`${prefix}${i}`, schoolCode, each(i)));
}

/** Cost table: hires urban 80k-140k by education, +5k town, +12k rural; rotation 12k + 1.2k transport under 10 km. */
export function region(schools: School[], sections: Section[], teachers: Teacher[]): RegionData {
  return { counties: [{ code: COUNTY, name: 'County' }], schools, sections, teachers, budgets: [], costTables: [defaultCostTable(COUNTY)] };
}
