import type { RegionData, Teacher } from '@junheng/domain';

const teacher = (staffNo: string, schoolCode: string, extra: Partial<Teacher> = {}): Teacher => ({
  staffNo, name: `教师${staffNo}`, gender: 'F', birthDate: '1985-03-04', idNumber: '43112419850304002X',
  schoolCode, level: 'PRIMARY', subject: '语文', education: 'BACHELOR', title: '一级', certificate: true,
  backbone: 'NONE', startedAtSchool: '2015-09', status: 'ACTIVE', annualCost: 98_000.5,
  preferredSchools: [], homeTownship: null, ...extra,
});

/** Two small counties of one city, in the canonical order loadRegionData returns. */
export function smallRegion(): RegionData {
  return {
    counties: [
      { code: '431101', name: '甲县', cityCode: '431100', cityName: '永州市' },
      { code: '431102', name: '乙县', cityCode: '431100', cityName: '永州市' },
    ],
    schools: [
      {
        code: '2143110001', name: '城关第一小学', countyCode: '431101', township: '城关镇', kind: 'PRIMARY', area: 'URBAN',
        weak: false, educationGroup: '城关教育集团', lat: 25.5, lon: 111.6, quota: 3,
        facilities: { floorAreaM2: 4500.25, sportsAreaM2: 7000, equipmentYuan: 2_000_000, multimediaRooms: 24 },
      },
      {
        code: '2143110002', name: '白马村小学', countyCode: '431101', township: '白马镇', kind: 'NINE_YEAR', area: 'RURAL',
        weak: true, educationGroup: null, lat: 25.41, lon: 111.52, quota: 4,
        facilities: { floorAreaM2: 900, sportsAreaM2: 1500, equipmentYuan: 300_000, multimediaRooms: 3 },
      },
      {
        code: '2143110101', name: '乙县第一中学', countyCode: '431102', township: '乙城镇', kind: 'SENIOR', area: 'TOWN',
        weak: false, educationGroup: null, lat: 25.7, lon: 111.9, quota: 2,
        facilities: { floorAreaM2: 20000, sportsAreaM2: 30000, equipmentYuan: 9_000_000, multimediaRooms: 60 },
      },
    ],
    sections: [
      { schoolCode: '2143110001', level: 'PRIMARY', students: 1200, classes: 20, classes56Plus: 4, classes66Plus: 1 },
      { schoolCode: '2143110002', level: 'PRIMARY', students: 150, classes: 6, classes56Plus: 0, classes66Plus: 0 },
      { schoolCode: '2143110002', level: 'JUNIOR', students: 90, classes: 3, classes56Plus: 0, classes66Plus: 0 },
      { schoolCode: '2143110101', level: 'SENIOR', students: 2400, classes: 40, classes56Plus: 0, classes66Plus: 0 },
    ],
    teachers: [
      teacher('T001', '2143110001', { backbone: 'CITY', gender: 'M', preferredSchools: ['2143110002'] }),
      teacher('T002', '2143110001', { subject: '体育', status: 'LEAVE' }),
      teacher('T003', '2143110002', { level: 'JUNIOR', education: 'ASSOCIATE', homeTownship: '白马镇' }),
      teacher('T004', '2143110002', { status: 'ON_LOAN', certificate: false }),
      teacher('T001', '2143110101', { level: 'SENIOR', education: 'MASTER', title: '高级' }),
    ],
    budgets: [
      { year: 2025, countyCode: '431101', category: '奖励基金', amount: 10_000_000 },
      { year: 2025, countyCode: '431101', category: '交流轮岗补贴', amount: 1_234_567.89 },
      { year: 2025, countyCode: '431102', category: '人员经费', amount: 50_000_000 },
    ],
    costTables: [
      {
        countyCode: '431101',
        hire: [
          { area: 'URBAN', education: 'BACHELOR', amount: 110_000 },
          { area: 'RURAL', education: 'BACHELOR', amount: 125_000 },
        ],
        rotationAllowance: 12_000,
        transport: [{ minKm: 0, amount: 1_200 }, { minKm: 20, amount: 3_600 }],
        extraQuota: 20_000,
      },
    ],
  };
}
