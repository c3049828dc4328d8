import type { AreaType, CostTable, Education, Level, RegionData, School, SchoolKind, Section, Teacher } from '@junheng/domain';

/**
 * A deterministic generated county, plain data from a seed, for the solver's tests (and the benchmark's
 * `BENCH_SOURCE=generated` in apps/cli; the product's demo generator lives in packages/db). A county seat of
 * large urban schools with oversized classes and many teachers, town central schools, many small
 * village schools and teaching points short of qualified, PE/arts and backbone teachers.
 */
export interface CountyOptions {
  code?: string;
  schools: number;
  seed: number;
  /** tiny: a handful of students and teachers per school (exhaustive tests); normal: realistic sizes. */
  scale?: 'tiny' | 'normal';
  /** Centre of the county, degrees. */
  lat?: number;
  lon?: number;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS_CORE = ['语文', '数学', '英语'];
const SUBJECTS_OTHER = ['科学', '道德与法治', '信息技术', '物理', '历史'];
const SUBJECTS_PE = ['体育', '音乐', '美术'];

export function defaultCostTable(countyCode: string): CostTable {
  const base: Record<string, number> = { SECONDARY_VOCATIONAL: 70000, HIGH_SCHOOL: 72000, ASSOCIATE: 80000, BACHELOR: 95000, MASTER: 115000, DOCTORATE: 140000 };
  const extra: Record<AreaType, number> = { URBAN: 0, TOWN: 5000, RURAL: 12000 };
  const hire: CostTable['hire'] = [];
  for (const area of ['URBAN', 'TOWN', 'RURAL'] as const) for (const [education, amount] of Object.entries(base)) hire.push({ area, education: education as Education, amount: amount + extra[area] });
  return { countyCode, hire, rotationAllowance: 12000, transport: [{ minKm: 0, amount: 1200 }, { minKm: 10, amount: 2400 }, { minKm: 25, amount: 4800 }], extraQuota: 20000 };
}

interface Profile {
  area: AreaType;
  kind: SchoolKind;
  weak: boolean;
  radiusKm: [number, number];
}

function profile(i: number, n: number, rnd: () => number, tiny: boolean): Profile {
  const share = i / n;
  if (share < 0.08 || (tiny && i === 0)) return { area: 'URBAN', kind: rnd() < 0.6 ? 'PRIMARY' : 'JUNIOR', weak: false, radiusKm: [0, 3] };
  if (share < 0.33) return { area: 'TOWN', kind: rnd() < 0.5 ? 'PRIMARY' : rnd() < 0.6 ? 'JUNIOR' : 'NINE_YEAR', weak: rnd() < 0.15, radiusKm: [6, 22] };
  return { area: 'RURAL', kind: rnd() < 0.25 ? 'TEACHING_POINT' : rnd() < 0.85 ? 'PRIMARY' : 'NINE_YEAR', weak: rnd() < 0.5, radiusKm: [5, 35] };
}

function levelsOf(kind: SchoolKind): Level[] {
  return kind === 'NINE_YEAR' ? ['PRIMARY', 'JUNIOR'] : kind === 'JUNIOR' ? ['JUNIOR'] : kind === 'SENIOR' ? ['SENIOR'] : ['PRIMARY'];
}

function studentsFor(p: Profile, level: Level, rnd: () => number, tiny: boolean): number {
  const r = (lo: number, hi: number) => Math.round(lo + (hi - lo) * rnd());
  if (tiny) return p.area === 'URBAN' ? r(150, 300) : r(15, 90);
  if (p.kind === 'TEACHING_POINT') return r(12, 60);
  if (p.area === 'URBAN') return level === 'PRIMARY' ? r(1400, 2400) : r(1000, 1900);
  if (p.area === 'TOWN') return level === 'PRIMARY' ? r(500, 1300) : r(400, 1100);
  return level === 'PRIMARY' ? r(80, 420) : r(120, 400);
}

export function generateCounty(options: CountyOptions): RegionData {
  const { schools: n, seed } = options;
  const tiny = options.scale === 'tiny';
  const code = options.code ?? `43${String(1100 + (seed % 900)).padStart(4, '0')}`;
  const rnd = mulberry32(seed);
  const lat0 = options.lat ?? 28;
  const lon0 = options.lon ?? 112;
  const schools: School[] = [];
  const sections: Section[] = [];
  const teachers: Teacher[] = [];
  const year = 2027;
  for (let i = 0; i < n; i++) {
    const p = profile(i, n, rnd, tiny);
    const angle = rnd() * 2 * Math.PI;
    const km = tiny ? 2 + rnd() * 10 : p.radiusKm[0] + rnd() * (p.radiusKm[1] - p.radiusKm[0]);
    const schoolCode = `${code}${String(i).padStart(4, '0')}`;
    let schoolTeachers = 0;
    let schoolClasses = 0;
    for (const level of levelsOf(p.kind)) {
      const students = studentsFor(p, level, rnd, tiny);
      const targetSize = p.area === 'URBAN' ? 50 + rnd() * 6 : p.area === 'TOWN' ? 40 + rnd() * 10 : 25 + rnd() * 15;
      const classes = Math.max(1, Math.round(students / targetSize));
      const avg = students / classes;
      const classes56Plus = avg > 52 ? Math.round(classes * Math.min(1, (avg - 50) / 8)) : 0;
      sections.push({ schoolCode, level, students, classes, classes56Plus, classes66Plus: 0 });
      schoolClasses += classes;
      const ratio = level === 'PRIMARY' ? (p.area === 'URBAN' ? 15 : p.area === 'TOWN' ? 17.5 : 19 + rnd() * 6) : p.area === 'URBAN' ? 11 : p.area === 'TOWN' ? 12.5 : 13 + rnd() * 4;
      const count = Math.max(1, Math.round(students / ratio));
      const qualifiedRate = p.area === 'URBAN' ? 0.97 : p.area === 'TOWN' ? 0.88 : 0.7;
      const backboneRate = p.area === 'URBAN' ? 0.06 : p.area === 'TOWN' ? 0.03 : 0.004;
      const peRate = p.area === 'URBAN' ? 0.11 : p.area === 'TOWN' ? 0.08 : 0.03;
      for (let k = 0; k < count; k++) {
        const qualified = rnd() < qualifiedRate;
        const education: Education = qualified ? (level === 'PRIMARY' ? (rnd() < 0.5 ? 'ASSOCIATE' : 'BACHELOR') : rnd() < 0.9 ? 'BACHELOR' : 'MASTER') : level === 'PRIMARY' ? 'SECONDARY_VOCATIONAL' : 'ASSOCIATE';
        const pe = rnd() < peRate;
        const subject = pe ? SUBJECTS_PE[Math.floor(rnd() * 3)]! : rnd() < 0.7 ? SUBJECTS_CORE[Math.floor(rnd() * 3)]! : SUBJECTS_OTHER[Math.floor(rnd() * 5)]!;
        const gender = rnd() < 0.7 ? 'F' : 'M';
        const age = 23 + Math.floor(rnd() * 36);
        const tenure = Math.min(age - 22, Math.floor(rnd() * 18));
        const status = rnd() < 0.02 ? 'ON_LOAN' : rnd() < 0.03 ? 'LEAVE' : 'ACTIVE';
        teachers.push({
          staffNo: `${schoolCode}${level[0]}${String(k).padStart(3, '0')}`,
          name: `教师${i}-${k}`,
          gender,
          birthDate: `${year - age}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-15`,
          idNumber: '',
          schoolCode,
          level,
          subject,
          education,
          title: '二级',
          certificate: true,
          backbone: rnd() < backboneRate ? (rnd() < 0.7 ? 'COUNTY' : 'CITY') : 'NONE',
          startedAtSchool: `${year - tenure}-${rnd() < 0.8 ? '09' : '03'}`,
          status,
          annualCost: 90000,
          preferredSchools: undefined,
          homeTownship: rnd() < 0.3 ? `T${Math.floor(rnd() * 8)}` : null,
        });
        if (status !== 'ON_LOAN') schoolTeachers += 1;
      }
    }
    const vacancyRoom = tiny ? Math.floor(rnd() * 2) : p.area === 'RURAL' ? 2 + Math.floor(rnd() * 7) : p.area === 'TOWN' ? 1 + Math.floor(rnd() * 4) : Math.floor(rnd() * 3);
    schools.push({
      code: schoolCode,
      name: `${p.area === 'URBAN' ? '城区' : p.area === 'TOWN' ? '镇' : '村'}${p.kind === 'TEACHING_POINT' ? '教学点' : '学校'}${i}`,
      countyCode: code,
      township: `T${Math.floor(rnd() * 8)}`,
      kind: p.kind,
      area: p.area,
      weak: p.weak,
      lat: lat0 + (km / 111) * Math.sin(angle),
      lon: lon0 + (km / (111 * Math.cos((lat0 * Math.PI) / 180))) * Math.cos(angle),
      quota: schoolTeachers + vacancyRoom,
      facilities: { floorAreaM2: 6000, sportsAreaM2: 9000, equipmentYuan: 3e6, multimediaRooms: 20 },
      // Village schools whose enrolment has fallen keep spare rooms; town schools one; the county seat's
      // full schools record none (so none are assumed spare).
      classrooms: p.area === 'RURAL' ? schoolClasses + 2 : p.area === 'TOWN' ? schoolClasses + 1 : null,
    });
  }
  return {
    counties: [{ code, name: `县${code}` }],
    schools,
    sections,
    teachers,
    budgets: [{ year, countyCode: code, category: 'STAFFING', amount: n * 60000 }],
    // A new classroom (新增教室) at 40,000 yuan a year (construction written off over 20 years, and upkeep).
    costTables: [{ ...defaultCostTable(code), classroom: 40_000 }],
  };
}

/** A city of several generated counties side by side (each county plans its own moves). */
export function generateCity(counties: number, schoolsPerCounty: number, seed: number): RegionData[] {
  return Array.from({ length: counties }, (_, i) => generateCounty({ code: `43${String(1101 + i).padStart(4, '0')}`, schools: schoolsPerCounty, seed: seed + i * 7919, lat: 28 + i * 0.8, lon: 112 }));
}

export function mergeRegions(regions: readonly RegionData[]): RegionData {
  return {
    counties: regions.flatMap((r) => r.counties),
    schools: regions.flatMap((r) => r.schools),
    sections: regions.flatMap((r) => r.sections),
    teachers: regions.flatMap((r) => r.teachers),
    budgets: regions.flatMap((r) => r.budgets),
    costTables: regions.flatMap((r) => r.costTables),
  };
}
