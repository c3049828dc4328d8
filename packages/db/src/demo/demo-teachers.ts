import type { AreaType, BackboneLevel, Education, Gender, Level, SchoolKind, Teacher, TeacherStatus } from '@junheng/domain';
import { chineseName } from './chinese-names';
import { nationalIdNumber } from './national-id';
import type { Prng } from './prng';

type Weights<T> = ReadonlyArray<readonly [T, number]>;

const SUBJECTS: Record<Level, Weights<string>> = {
  PRIMARY: [['语文', 30], ['数学', 25], ['英语', 8], ['体育', 7], ['音乐', 5], ['美术', 5], ['科学', 7], ['道德与法治', 6], ['信息技术', 3], ['心理健康', 2], ['劳动', 2]],
  JUNIOR: [['语文', 16], ['数学', 16], ['英语', 14], ['物理', 7], ['化学', 5], ['生物', 5], ['道德与法治', 6], ['历史', 6], ['地理', 5], ['体育', 7], ['音乐', 3], ['美术', 3], ['信息技术', 3], ['心理健康', 1]],
  SENIOR: [['语文', 15], ['数学', 15], ['英语', 14], ['物理', 9], ['化学', 8], ['生物', 7], ['思想政治', 6], ['历史', 6], ['地理', 6], ['体育', 6], ['音乐', 2], ['美术', 2], ['信息技术', 3], ['心理健康', 1]],
};
const PE_ARTS = new Set(['体育', '音乐', '美术']);

/** PE and arts teachers are scarce outside the towns (the Q3 gap of village schools). */
const PE_ARTS_FACTOR: Record<AreaType, number> = { URBAN: 1.5, TOWN: 1.0, RURAL: 0.3 };

const EDUCATION: Record<Level, Record<AreaType, Weights<Education>>> = {
  PRIMARY: {
    URBAN: [['MASTER', 4], ['BACHELOR', 70], ['ASSOCIATE', 25], ['SECONDARY_VOCATIONAL', 1]],
    TOWN: [['MASTER', 1], ['BACHELOR', 47], ['ASSOCIATE', 42], ['SECONDARY_VOCATIONAL', 8], ['HIGH_SCHOOL', 2]],
    RURAL: [['BACHELOR', 22], ['ASSOCIATE', 33], ['SECONDARY_VOCATIONAL', 32], ['HIGH_SCHOOL', 13]],
  },
  JUNIOR: {
    URBAN: [['MASTER', 8], ['BACHELOR', 82], ['ASSOCIATE', 10]],
    TOWN: [['MASTER', 2], ['BACHELOR', 64], ['ASSOCIATE', 32], ['SECONDARY_VOCATIONAL', 2]],
    RURAL: [['BACHELOR', 45], ['ASSOCIATE', 45], ['SECONDARY_VOCATIONAL', 10]],
  },
  SENIOR: {
    URBAN: [['MASTER', 14], ['BACHELOR', 84], ['ASSOCIATE', 2]],
    TOWN: [['MASTER', 8], ['BACHELOR', 88], ['ASSOCIATE', 4]],
    RURAL: [['BACHELOR', 90], ['ASSOCIATE', 10]],
  },
};

const FEMALE_SHARE: Record<Level, Record<AreaType, number>> = {
  PRIMARY: { URBAN: 0.8, TOWN: 0.66, RURAL: 0.45 },
  JUNIOR: { URBAN: 0.62, TOWN: 0.52, RURAL: 0.45 },
  SENIOR: { URBAN: 0.5, TOWN: 0.45, RURAL: 0.45 },
};

/** Backbone (骨干) teachers are concentrated in the county seat and the towns. */
const BACKBONE_SHARE: Record<AreaType, number> = { URBAN: 0.26, TOWN: 0.2, RURAL: 0.025 };

const TITLE_COST: Record<string, number> = { 未定级: 72_000, 三级: 76_000, 二级: 84_000, 一级: 96_000, 高级: 112_000, 正高级: 132_000 };
const AREA_ALLOWANCE: Record<AreaType, number> = { URBAN: 0, TOWN: 3_600, RURAL: 9_600 };

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export interface TeacherContext {
  rng: Prng;
  countyCode: string;
  /** Region codes of birthplaces other than the county (same city and province). */
  otherBirthRegions: readonly string[];
  year: number;
  /** Used national ID numbers, to keep them unique. */
  usedIds: Set<string>;
  townships: readonly string[];
  nextStaffNo: () => string;
}

export interface TeacherSlot {
  schoolCode: string;
  kind: SchoolKind;
  area: AreaType;
  level: Level;
  township: string;
  /** Nearby rural schools the teacher might name as acceptable rotation targets. */
  nearbyRural: readonly string[];
}

function age(rng: Prng, area: AreaType, kind: SchoolKind): number {
  if (area === 'RURAL') {
    // Village schools: young teachers on special posts (特岗) and an ageing core.
    return Math.round(rng.chance(kind === 'TEACHING_POINT' ? 0.25 : 0.35) ? clamp(rng.normal(27, 3), 22, 35) : clamp(rng.normal(50, 5), 36, 59));
  }
  return Math.round(clamp(rng.normal(area === 'URBAN' ? 40 : 41, 9.5), 22, 59));
}

function birthDate(rng: Prng, year: number, ageAtReference: number): string {
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  // Full years at September 1 of `year` equal `ageAtReference`.
  const birthYear = month < 9 || (month === 9 && day === 1) ? year - ageAtReference : year - ageAtReference - 1;
  return `${birthYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function education(rng: Prng, slot: TeacherSlot, ageYears: number): Education {
  let edu = rng.weighted(EDUCATION[slot.level][slot.area]);
  if (ageYears < 32 && (edu === 'SECONDARY_VOCATIONAL' || edu === 'HIGH_SCHOOL') && rng.chance(0.85)) edu = rng.chance(0.6) ? 'BACHELOR' : 'ASSOCIATE';
  if (ageYears >= 50 && edu === 'BACHELOR' && slot.area !== 'URBAN' && rng.chance(0.4)) edu = 'ASSOCIATE';
  return edu;
}

function title(rng: Prng, ageYears: number, area: AreaType): string {
  if (ageYears < 25) return rng.chance(0.6) ? '未定级' : '三级';
  if (ageYears < 31) return rng.chance(0.7) ? '二级' : '三级';
  if (ageYears < 42) return rng.chance(0.65) ? '一级' : '二级';
  if (area === 'URBAN' && rng.chance(0.004)) return '正高级';
  return rng.chance(area === 'RURAL' ? 0.15 : 0.35) ? '高级' : '一级';
}

function backbone(rng: Prng, slot: TeacherSlot, ageYears: number, edu: Education): BackboneLevel {
  if (slot.kind === 'TEACHING_POINT') return 'NONE';
  let p = BACKBONE_SHARE[slot.area];
  if (ageYears < 30 || ageYears > 55) p *= 0.2;
  if (edu === 'SECONDARY_VOCATIONAL' || edu === 'HIGH_SCHOOL') p *= 0.3;
  if (!rng.chance(p)) return 'NONE';
  return rng.weighted<BackboneLevel>([['COUNTY', 70], ['CITY', 25], ['PROVINCE', 5]]);
}

/** Start at the current school (YYYY-MM): about half arrived in the last 6 years; long stays are common in villages. */
function startedAtSchool(rng: Prng, year: number, ageYears: number, area: AreaType): string {
  const career = Math.max(0, ageYears - 22);
  const recentShare = area === 'RURAL' ? (ageYears < 36 ? 0.9 : 0.4) : 0.56;
  const years = career < 6 || rng.chance(recentShare) ? rng.int(0, Math.min(5, career)) : rng.int(6, Math.max(6, Math.min(career, 30)));
  if (rng.chance(0.8)) return `${year - years}-09`;
  const month = rng.int(1, 12);
  return `${month <= 9 ? year - years : year - years - 1}-${String(month).padStart(2, '0')}`;
}

function status(rng: Prng, area: AreaType, gender: Gender, ageYears: number): TeacherStatus {
  const onLoan = area === 'RURAL' ? 0.015 : 0.04;
  const leave = gender === 'F' && ageYears < 36 ? 0.05 : 0.015;
  return rng.weighted<TeacherStatus>([['ON_LOAN', onLoan], ['LEAVE', leave], ['ACTIVE', 1 - onLoan - leave]]);
}

/** One teacher for a post of a section: a realistic mix of age, education, subject, tenure and status. */
export function generateTeacher(ctx: TeacherContext, slot: TeacherSlot, subjectOverride?: string): Teacher {
  const { rng, year } = ctx;
  const female = rng.chance(FEMALE_SHARE[slot.level][slot.area]);
  const gender: Gender = female ? 'F' : 'M';
  let ageYears = age(rng, slot.area, slot.kind);
  if (gender === 'F' && ageYears > 54) ageYears = 54 - rng.int(0, 4);
  const birth = birthDate(rng, year, ageYears);
  const edu = education(rng, slot, ageYears);
  const subject = subjectOverride ?? pickSubject(rng, slot);
  const teacherTitle = title(rng, ageYears, slot.area);
  const region = rng.chance(0.85) ? ctx.countyCode : rng.pick(ctx.otherBirthRegions);
  let seq = rng.int(0, 999);
  let id = nationalIdNumber(region, birth, seq, gender);
  // The next free sequence of the same parity (gender); 500 of them per region, birth date and gender.
  for (let tries = 1; ctx.usedIds.has(id); tries++) {
    if (tries >= 500) throw new RangeError(`no free national ID number left for region ${region}, born ${birth}, ${gender}`);
    seq = (seq + 2) % 1000;
    id = nationalIdNumber(region, birth, seq, gender);
  }
  ctx.usedIds.add(id);
  const preferred = slot.nearbyRural.length && rng.chance(0.05) ? rng.shuffle(slot.nearbyRural).slice(0, rng.int(1, 3)).sort() : [];
  const home = rng.chance(0.4) ? (rng.chance(0.6) ? slot.township : rng.pick(ctx.townships)) : null;
  const cost = TITLE_COST[teacherTitle]! + AREA_ALLOWANCE[slot.area] + rng.int(-30, 30) * 100;
  return {
    staffNo: ctx.nextStaffNo(),
    name: chineseName(rng, gender),
    gender,
    birthDate: birth,
    idNumber: id,
    schoolCode: slot.schoolCode,
    level: slot.level,
    subject,
    education: edu,
    title: teacherTitle,
    certificate: rng.chance(slot.area === 'RURAL' ? (edu === 'SECONDARY_VOCATIONAL' || edu === 'HIGH_SCHOOL' ? 0.8 : 0.93) : 0.985),
    backbone: backbone(rng, slot, ageYears, edu),
    startedAtSchool: startedAtSchool(rng, year, ageYears, slot.area),
    status: status(rng, slot.area, gender, ageYears),
    annualCost: cost,
    preferredSchools: preferred,
    homeTownship: home,
  };
}

function pickSubject(rng: Prng, slot: TeacherSlot): string {
  if (slot.kind === 'TEACHING_POINT') return rng.chance(0.55) ? '语文' : '数学';
  const factor = PE_ARTS_FACTOR[slot.area];
  const weights = SUBJECTS[slot.level].map(([s, w]) => [s, PE_ARTS.has(s) ? w * factor : w] as const);
  return rng.weighted(weights);
}
