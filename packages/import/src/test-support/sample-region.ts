import type { CostTable, RegionData, Teacher } from '@junheng/domain';

/** A cost table for tests that is unlike any default, so that a round trip shows it was read. */
export function sampleCostTable(countyCode: string): CostTable {
  return {
    countyCode,
    hire: [
      { area: 'URBAN', education: 'BACHELOR', amount: 98_000 },
      { area: 'RURAL', education: 'BACHELOR', amount: 112_000 },
      { area: 'RURAL', education: 'ASSOCIATE', amount: 101_500.5 },
    ],
    rotationAllowance: 12_000,
    transport: [
      { minKm: 0, amount: 0 },
      { minKm: 20, amount: 3_600 },
    ],
    extraQuota: 5_000,
    classroom: 45_000,
  };
}

function teacher(staffNo: string, schoolCode: string, level: Teacher['level'], extra: Partial<Teacher> = {}): Teacher {
  const n = Number(staffNo.slice(-3));
  return {
    staffNo, name: `教师${staffNo}`, gender: n % 2 ? 'M' : 'F', birthDate: `19${70 + (n % 25)}-0${1 + (n % 9)}-1${n % 10}`,
    idNumber: `43112419${70 + (n % 25)}0101${String(n).padStart(3, '0')}X`, schoolCode, level, subject: ['语文', '数学', '体育', '音乐', '英语'][n % 5] ?? '语文',
    education: 'BACHELOR', title: '一级', certificate: true, backbone: 'NONE', startedAtSchool: `20${10 + (n % 10)}-09`, status: 'ACTIVE',
    annualCost: 96_000 + n, preferredSchools: [], homeTownship: null, ...extra,
  };
}

/** Two counties, a nine-year school, a primary school and a teaching point, a handful of teachers. */
export function sampleRegion(): RegionData {
  return {
    counties: [
      { code: '431124', name: '道县', cityCode: '431100', cityName: '永州市' },
      { code: '431125', name: '江永县', cityCode: null, cityName: null },
    ],
    schools: [
      {
        code: '2143112401', name: '城关第一小学', countyCode: '431124', township: '濂溪街道', kind: 'PRIMARY', area: 'URBAN', weak: false,
        educationGroup: '城关教育集团', lat: 25.5303, lon: 111.5983, quota: 6,
        facilities: { floorAreaM2: 5200.5, sportsAreaM2: 8100, equipmentYuan: 2_150_000, multimediaRooms: 24 },
        classrooms: 26,
      },
      {
        code: '2143112402', name: '寿雁镇中心学校', countyCode: '431124', township: '寿雁镇', kind: 'NINE_YEAR', area: 'TOWN', weak: true,
        educationGroup: null, lat: 25.4811, lon: 111.6402, quota: 5,
        facilities: { floorAreaM2: 3900, sportsAreaM2: 7000, equipmentYuan: 1_200_000, multimediaRooms: 12 },
      },
      {
        code: '2143112503', name: '上江圩镇浦尾村教学点', countyCode: '431125', township: '上江圩镇', kind: 'TEACHING_POINT', area: 'RURAL', weak: true,
        educationGroup: null, lat: 25.2102, lon: 111.3301, quota: 2,
        facilities: { floorAreaM2: 210, sportsAreaM2: 400, equipmentYuan: 30_000, multimediaRooms: 1 },
      },
    ],
    sections: [
      { schoolCode: '2143112401', level: 'PRIMARY', students: 1320, classes: 24, classes56Plus: 3, classes66Plus: 1 },
      { schoolCode: '2143112402', level: 'PRIMARY', students: 640, classes: 14, classes56Plus: 0, classes66Plus: 0 },
      { schoolCode: '2143112402', level: 'JUNIOR', students: 480, classes: 10, classes56Plus: 0, classes66Plus: 0 },
      { schoolCode: '2143112503', level: 'PRIMARY', students: 12, classes: 2, classes56Plus: 0, classes66Plus: 0 },
    ],
    teachers: [
      teacher('T001', '2143112401', 'PRIMARY', { backbone: 'CITY', preferredSchools: ['2143112402', '2143112503'], homeTownship: '寿雁镇' }),
      teacher('T002', '2143112401', 'PRIMARY', { status: 'LEAVE', title: '高级' }),
      // on rotation at 寿雁镇中心学校 until 2029-09-01; the post stays at 城关第一小学
      teacher('T003', '2143112402', 'PRIMARY', { education: 'ASSOCIATE', certificate: false, homeSchoolCode: '2143112401', rotationEnd: '2029-09-01' }),
      teacher('T004', '2143112402', 'PRIMARY', { status: 'ON_LOAN', hardships: ['ILLNESS', 'SPOUSE_APART'] }),
      teacher('T005', '2143112402', 'JUNIOR', { education: 'MASTER', backbone: 'PROVINCE' }),
      teacher('T006', '2143112402', 'JUNIOR', { education: 'DOCTORATE' }),
      teacher('T007', '2143112503', 'PRIMARY', { education: 'SECONDARY_VOCATIONAL', gender: 'F', title: '未定级' }),
      teacher('T008', '2143112503', 'PRIMARY', { education: 'HIGH_SCHOOL' }),
    ],
    budgets: [
      { year: 2027, countyCode: '431124', category: '新教师招聘', amount: 1_200_000 },
      { year: 2027, countyCode: '431124', category: '交流轮岗补贴', amount: 350_000.25 },
      { year: 2027, countyCode: '431125', category: '新教师招聘', amount: 400_000 },
    ],
    costTables: [sampleCostTable('431124'), sampleCostTable('431125')],
  };
}
