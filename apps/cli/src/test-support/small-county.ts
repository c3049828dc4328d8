import type { RegionData, Teacher } from '@junheng/domain';

const base: Omit<Teacher, 'staffNo' | 'idNumber' | 'subject' | 'education' | 'backbone'> = {
  name: '教师', gender: 'F', birthDate: '1985-05-01', schoolCode: '4311240001', level: 'PRIMARY', title: '一级',
  certificate: true, startedAtSchool: '2016-09', status: 'ACTIVE', annualCost: 96_000, preferredSchools: [], homeTownship: null,
};

/**
 * A one-school county whose numbers are easy to check by hand: 城关第一小学, 900 students in 20
 * classes, 48 teachers of whom 38 are qualified (大专+), 9 county backbone, 9 PE/arts.
 *   Q1 = 38 x 100 / 900 = 4.2222… >= 4.2 passes;  Q2 = 9 x 100 / 900 = 1 >= 1 passes;
 *   Q3 = 9 x 100 / 900 = 1 >= 0.9 passes;         R = 900 / 48 = 18.75 <= 19 passes;
 *   C = 900 / 20 = 45 <= 45 passes;                B = 0 classes of 56+ passes.
 * One school per level, so every CV is 0.
 */
export function smallCounty(): RegionData {
  const teachers: Teacher[] = Array.from({ length: 48 }, (_, i) => ({
    ...base,
    staffNo: `S${String(i + 1).padStart(3, '0')}`,
    idNumber: `43112419850501${String(i + 1).padStart(3, '0')}X`,
    subject: i < 9 ? ['体育', '音乐', '美术'][i % 3]! : '语文',
    education: i < 38 ? 'BACHELOR' : 'SECONDARY_VOCATIONAL',
    backbone: i >= 20 && i < 29 ? 'COUNTY' : 'NONE',
  }));
  return {
    counties: [{ code: '431124', name: '道县' }],
    schools: [{
      code: '4311240001', name: '城关第一小学', countyCode: '431124', township: '濂溪街道', kind: 'PRIMARY', area: 'URBAN', weak: false,
      lat: 25.53, lon: 111.6, quota: 50, facilities: { floorAreaM2: 4500, sportsAreaM2: 7200, equipmentYuan: 1_800_000, multimediaRooms: 21 },
    }],
    sections: [{ schoolCode: '4311240001', level: 'PRIMARY', students: 900, classes: 20, classes56Plus: 0, classes66Plus: 0 }],
    teachers,
    budgets: [{ year: 2027, countyCode: '431124', category: '新教师招聘', amount: 1_000_000 }],
    costTables: [{ countyCode: '431124', hire: [{ area: 'URBAN', education: 'BACHELOR', amount: 100_000 }], rotationAllowance: 12_000, transport: [], extraQuota: 0 }],
  };
}
