/** Small builders for the domain tests: every field has a plain default, tests set what they judge. */
import type { Facilities, School, Section, Teacher } from '../types';

let serial = 0;

export function teacher(overrides: Partial<Teacher> = {}): Teacher {
  serial += 1;
  return {
    staffNo: `T${String(serial).padStart(5, '0')}`,
    name: `教师${serial}`,
    gender: 'F',
    birthDate: '1985-03-15',
    idNumber: '000000198503150000',
    schoolCode: 'S1',
    level: 'PRIMARY',
    subject: '语文',
    education: 'BACHELOR',
    title: '二级',
    certificate: true,
    backbone: 'NONE',
    startedAtSchool: '2015-09',
    status: 'ACTIVE',
    annualCost: 100_000,
    ...overrides,
  };
}

/** `n` teachers sharing the same overrides. */
export function teachers(n: number, overrides: Partial<Teacher> = {}): Teacher[] {
  return Array.from({ length: n }, () => teacher(overrides));
}

export const NO_FACILITIES: Facilities = { floorAreaM2: 0, sportsAreaM2: 0, equipmentYuan: 0, multimediaRooms: 0 };

export function school(code: string, overrides: Partial<School> = {}): School {
  return {
    code,
    name: `学校${code}`,
    countyCode: '000001',
    township: '城关镇',
    kind: 'PRIMARY',
    area: 'URBAN',
    weak: false,
    lat: 30,
    lon: 110,
    quota: 0,
    facilities: NO_FACILITIES,
    ...overrides,
  };
}

export function section(schoolCode: string, level: Section['level'], students: number, classes: number, classes56Plus = 0): Section {
  return { schoolCode, level, students, classes, classes56Plus, classes66Plus: 0 };
}
