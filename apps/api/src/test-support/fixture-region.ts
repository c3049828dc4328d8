import type { Level, RegionData, School, Section, Teacher } from '@junheng/domain';

export const CITY = '431100';
export const COUNTY_A = '431101';
export const COUNTY_B = '431102';
/** A county of another city: out of reach even for a city-wide user of CITY. */
export const COUNTY_C = '431201';
export const OTHER_CITY = '431200';

const SUBJECTS = ['语文', '数学', '英语', '体育', '音乐', '美术', '科学'];
const EDUCATIONS = ['ASSOCIATE', 'BACHELOR', 'BACHELOR', 'MASTER', 'SECONDARY_VOCATIONAL'] as const;
const BACKBONES = ['NONE', 'NONE', 'COUNTY', 'NONE', 'CITY'] as const;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Deterministic counties for the API tests: `schoolsPerCounty` schools each (primary and nine-year
 * schools, so sections of two levels), a handful of teachers per section with every status.
 */
export function fixtureRegion(schoolsPerCounty = 4, teachersPerSection = 6): RegionData {
  const counties = [
    { code: COUNTY_A, name: '甲县', cityCode: CITY, cityName: '永州市' },
    { code: COUNTY_B, name: '乙县', cityCode: CITY, cityName: '永州市' },
    { code: COUNTY_C, name: '丙县', cityCode: OTHER_CITY, cityName: '郴州市' },
  ];
  const schools: School[] = [];
  const sections: Section[] = [];
  const teachers: Teacher[] = [];
  let staff = 0;
  for (const county of counties) {
    for (let i = 0; i < schoolsPerCounty; i += 1) {
      const code = `${county.code.slice(0, 6)}${pad(i + 1, 4)}`;
      const nineYear = i % 3 === 1;
      schools.push({
        code, name: `${county.name}第${i + 1}学校`, countyCode: county.code, township: `${county.name}镇${i % 4}`,
        kind: nineYear ? 'NINE_YEAR' : 'PRIMARY', area: i % 2 === 0 ? 'RURAL' : 'URBAN', weak: i % 5 === 0, educationGroup: null,
        lat: 25 + i / 100, lon: 111 + i / 100, quota: teachersPerSection * (nineYear ? 2 : 1) + 2,
        facilities: { floorAreaM2: 2000 + 10 * i, sportsAreaM2: 3000, equipmentYuan: 500_000, multimediaRooms: 6 },
      });
      const levels: Level[] = nineYear ? ['PRIMARY', 'JUNIOR'] : ['PRIMARY'];
      for (const level of levels) {
        const students = 200 + 37 * i;
        sections.push({ schoolCode: code, level, students, classes: Math.max(1, Math.round(students / 45)), classes56Plus: i % 4 === 0 ? 1 : 0, classes66Plus: 0 });
        for (let t = 0; t < teachersPerSection; t += 1) {
          staff += 1;
          teachers.push({
            staffNo: `S${pad(staff, 6)}`, name: `教师${staff}`, gender: t % 2 === 0 ? 'F' : 'M',
            birthDate: `19${70 + (t % 25)}-0${1 + (t % 9)}-15`, idNumber: `4311${pad(staff, 10)}${pad(1000 + t, 4)}`,
            schoolCode: code, level, subject: SUBJECTS[(t + i) % SUBJECTS.length]!, education: EDUCATIONS[(t + i) % EDUCATIONS.length]!,
            title: '一级', certificate: true, backbone: BACKBONES[(t + i) % BACKBONES.length]!, startedAtSchool: `20${pad(5 + (t % 15), 2)}-09`,
            status: t === teachersPerSection - 1 ? 'ON_LOAN' : t === 3 ? 'LEAVE' : 'ACTIVE', annualCost: 90_000 + t * 1000,
            preferredSchools: [], homeTownship: null,
          });
        }
      }
    }
  }
  return {
    counties, schools, sections, teachers,
    budgets: counties.flatMap((c) => [
      { year: 2026, countyCode: c.code, category: '交流轮岗补贴', amount: 1_000_000 },
      { year: 2026, countyCode: c.code, category: '新增教师', amount: 5_000_000 },
    ]),
    costTables: [],
  };
}
