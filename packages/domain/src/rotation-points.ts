import { fullYearsBetween } from './plan-dates';
import type { BackboneLevel, Teacher } from './types';

/**
 * Documented hardship (困难情形) that lowers a teacher's rotation points: serious illness (疾病), sole
 * carer of family (照顾家庭), spouse posted elsewhere (夫妻分居).
 */
export const HARDSHIPS = ['ILLNESS', 'FAMILY_CARE', 'SPOUSE_APART'] as const;
export type Hardship = (typeof HARDSHIPS)[number];

export const HARDSHIP_LABELS_ZH: Readonly<Record<Hardship, string>> = { ILLNESS: '疾病', FAMILY_CARE: '照顾家庭', SPOUSE_APART: '夫妻分居' };

/**
 * The published points rule (交流轮岗积分) that decides which eligible teachers rotate when more are
 * eligible than the plan moves: highest points first. Every number is a default of the standard set
 * (a region's stored set or a scenario may change it); all are non-negative, and the names say whether
 * they add or take off. Defaults (shared/domain.md, "From plan to list"):
 * - 1 point per full year at the current school beyond 6 (`perYearAtSchool`, `yearsFrom`);
 * - backbone teachers +2 (county), +3 (city), +4 (province);
 * - title: senior (高级, 正高级) +1, first grade (一级) +0;
 * - age at the reference date: younger than 40 +1, 50 or older −2 (younger teachers go first, older
 *   ones are spared, as most county rules do);
 * - each documented hardship −5 (illness, caring for family, spouse posted elsewhere).
 * Ties: longer at the school (earlier start month), then older (earlier birth date), then staff number.
 */
export interface RotationPointsRule {
  perYearAtSchool: number;
  /** Years at the school that earn nothing (the eligibility minimum); each full year beyond earns `perYearAtSchool`. */
  yearsFrom: number;
  backbone: { COUNTY: number; CITY: number; PROVINCE: number };
  /** `senior`: 高级 and 正高级 (also 副高级); `firstGrade`: 一级. */
  title: { senior: number; firstGrade: number };
  age: { youngerThan: number; youngerPoints: number; fromAge: number; olderDeduction: number };
  /** Points taken off for each documented hardship. */
  hardshipDeduction: Record<Hardship, number>;
}

export const DEFAULT_ROTATION_POINTS: RotationPointsRule = {
  perYearAtSchool: 1,
  yearsFrom: 6,
  backbone: { COUNTY: 2, CITY: 3, PROVINCE: 4 },
  title: { senior: 1, firstGrade: 0 },
  age: { youngerThan: 40, youngerPoints: 1, fromAge: 50, olderDeduction: 2 },
  hardshipDeduction: { ILLNESS: 5, FAMILY_CARE: 5, SPOUSE_APART: 5 },
};

export type RotationPointsCode = 'YEARS_AT_SCHOOL' | 'BACKBONE' | 'TITLE' | 'AGE' | `HARDSHIP_${Hardship}`;

export interface RotationPointsPart {
  code: RotationPointsCode;
  /** What a teacher reads in the notice, e.g. "在校10年，超过6年的4年×1分". */
  label: string;
  points: number;
}

export interface RotationPoints {
  total: number;
  /** Every component, in the rule's order: years, backbone, title, age, then each hardship. */
  parts: RotationPointsPart[];
}

type PointsFields = Pick<Teacher, 'startedAtSchool' | 'birthDate' | 'backbone' | 'title'> & { hardships?: readonly Hardship[] | null };

const BACKBONE_ZH: Record<BackboneLevel, string> = { NONE: '非骨干', COUNTY: '县级骨干', CITY: '市级骨干', PROVINCE: '省级骨干' };
const SENIOR_TITLES = new Set(['高级', '正高级', '副高级', '高级教师', '正高级教师']);
const FIRST_GRADE_TITLES = new Set(['一级', '一级教师']);

/** Points are sums of small numbers; two decimals keep 0.1 + 0.2 from printing as 0.30000000000000004. */
function round2(n: number): number {
  const r = Math.round(n * 100) / 100;
  return r === 0 ? 0 : r;
}

/** A teacher's rotation points at the reference date (YYYY-MM-DD), with every part. */
export function rotationPoints(teacher: PointsFields, referenceDate: string, rule: RotationPointsRule): RotationPoints {
  const years = fullYearsBetween(teacher.startedAtSchool, referenceDate);
  const counted = Math.max(0, years - rule.yearsFrom);
  const age = fullYearsBetween(teacher.birthDate, referenceDate);
  const titleClass = SENIOR_TITLES.has(teacher.title) ? 'senior' : FIRST_GRADE_TITLES.has(teacher.title) ? 'firstGrade' : null;
  const agePoints = age < rule.age.youngerThan ? rule.age.youngerPoints : age >= rule.age.fromAge ? -rule.age.olderDeduction : 0;
  const ageBand = age < rule.age.youngerThan ? `未满${rule.age.youngerThan}岁` : age >= rule.age.fromAge ? `${rule.age.fromAge}岁及以上` : '其他年龄段';
  const parts: RotationPointsPart[] = [
    { code: 'YEARS_AT_SCHOOL', label: `在校${years}年，超过${rule.yearsFrom}年的${counted}年×${rule.perYearAtSchool}分`, points: round2(counted * rule.perYearAtSchool) },
    { code: 'BACKBONE', label: BACKBONE_ZH[teacher.backbone], points: teacher.backbone === 'NONE' ? 0 : rule.backbone[teacher.backbone] },
    { code: 'TITLE', label: `职称：${teacher.title || '未定级'}`, points: titleClass ? rule.title[titleClass] : 0 },
    { code: 'AGE', label: `年龄${age}岁（${ageBand}）`, points: agePoints },
  ];
  for (const h of HARDSHIPS) {
    if (teacher.hardships?.includes(h)) parts.push({ code: `HARDSHIP_${h}`, label: `困难情形：${HARDSHIP_LABELS_ZH[h]}`, points: -rule.hardshipDeduction[h] });
  }
  return { total: round2(parts.reduce((a, p) => a + p.points, 0)), parts: parts.map((p) => ({ ...p, points: round2(p.points) })) };
}

type RankFields = PointsFields & Pick<Teacher, 'staffNo'>;

/**
 * The published order: highest points first; ties by longer at the school (earlier start month), then
 * older (earlier birth date), then staff number. Returns a new array with each teacher's points.
 */
export function rankByRotationPoints<T extends RankFields>(teachers: readonly T[], referenceDate: string, rule: RotationPointsRule): Array<{ teacher: T; points: RotationPoints }> {
  return teachers
    .map((teacher) => ({ teacher, points: rotationPoints(teacher, referenceDate, rule) }))
    .sort((a, b) =>
      b.points.total - a.points.total ||
      a.teacher.startedAtSchool.localeCompare(b.teacher.startedAtSchool) ||
      a.teacher.birthDate.localeCompare(b.teacher.birthDate) ||
      (a.teacher.staffNo < b.teacher.staffNo ? -1 : a.teacher.staffNo > b.teacher.staffNo ? 1 : 0),
    );
}

const PUBLIC_LABELS: Record<'YEARS_AT_SCHOOL' | 'BACKBONE' | 'TITLE' | 'AGE', string> = {
  YEARS_AT_SCHOOL: '在校年限', BACKBONE: '骨干教师', TITLE: '职称', AGE: '年龄段',
};

/**
 * The points as a public notice or a reader without access to personal data sees them: the same total
 * and points per part, but labels that name no age, title or kind of hardship, and all hardships as
 * one part (code HARDSHIP, label 困难情形), so a notice never tells who is ill. The teacher, who knows
 * their own data, can still check each part against the published rule.
 */
export function publicRotationPoints(points: RotationPoints): { total: number; parts: Array<{ code: string; label: string; points: number }> } {
  const parts: Array<{ code: string; label: string; points: number }> = [];
  let hardship: number | null = null;
  for (const p of points.parts) {
    if (p.code.startsWith('HARDSHIP_')) hardship = round2((hardship ?? 0) + p.points);
    else parts.push({ code: p.code, label: PUBLIC_LABELS[p.code as keyof typeof PUBLIC_LABELS] ?? p.code, points: p.points });
  }
  if (hardship !== null) parts.push({ code: 'HARDSHIP', label: '困难情形', points: hardship });
  return { total: points.total, parts };
}

const fmt = (n: number) => String(round2(n));

/** The rule in words, as the notice prints it (so a teacher can check their own points). */
export function describeRotationPointsRule(rule: RotationPointsRule): string {
  const h = rule.hardshipDeduction;
  const same = h.ILLNESS === h.FAMILY_CARE && h.FAMILY_CARE === h.SPOUSE_APART;
  const hardship = same
    ? `患病、照顾家庭、夫妻分居等困难情形经核实的每项减${fmt(h.ILLNESS)}分`
    : `经核实的困难情形：疾病减${fmt(h.ILLNESS)}分、照顾家庭减${fmt(h.FAMILY_CARE)}分、夫妻分居减${fmt(h.SPOUSE_APART)}分`;
  return [
    `在现学校任教超过${rule.yearsFrom}年的，每满1年计${fmt(rule.perYearAtSchool)}分`,
    `县级、市级、省级骨干教师分别计${fmt(rule.backbone.COUNTY)}、${fmt(rule.backbone.CITY)}、${fmt(rule.backbone.PROVINCE)}分`,
    `高级职称计${fmt(rule.title.senior)}分，一级职称计${fmt(rule.title.firstGrade)}分`,
    `未满${rule.age.youngerThan}周岁的计${fmt(rule.age.youngerPoints)}分，${rule.age.fromAge}周岁及以上的减${fmt(rule.age.olderDeduction)}分`,
    hardship,
  ].join('；') + `。按积分从高到低确定交流人员，${ROTATION_POINTS_TIE_ORDER_ZH}。`;
}

/** The tie order as printed in the notice. */
export const ROTATION_POINTS_TIE_ORDER_ZH = '积分相同时，在校年限长者优先，再按年龄大者优先，再按工号顺序';
