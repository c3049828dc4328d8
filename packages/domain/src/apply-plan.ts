import { commitToBudget, planSpendingByLine, type BudgetCommitment } from './budget-lines';
import { sectionAfterSplit } from './class-split';
import type { Plan } from './plan';
import { rotationEndDate } from './plan-dates';
import { postAccounts } from './post-transfers';
import { recalledTeacher } from './recalls';
import { sectionKey } from './region-evaluation';
import type { Education, Level, RegionData, Section, SubjectGroup, Teacher } from './types';

/** A teacher's row after a rotation: where they teach, the school holding their post, the end of the term. */
export interface TeacherMove {
  staffNo: string;
  level: Level;
  fromSchool: string;
  toSchool: string;
  /** The school holding the post after the move (null: the teacher is home again, or has no rotation). */
  homeSchoolCode: string | null;
  /** YYYY-MM-DD the term ends (null when home). */
  rotationEnd: string | null;
}

/** Posts earmarked (预留) at a school for a plan's hires until a roster shows the hired teachers. */
export interface PostEarmark {
  schoolCode: string;
  level: Level;
  subjectGroup: SubjectGroup;
  education: Education;
  count: number;
}

/** A section's classes for the plan year (分班), as a plan split it. */
export interface PlannedClasses {
  schoolCode: string;
  level: Level;
  year: number;
  classesBefore: number;
  classesAfter: number;
}

/** Vacant posts moved from one school to another (编制调剂): both schools' quotas change. */
export interface PostTransferChange {
  fromSchool: string;
  toSchool: string;
  posts: number;
  reason: string;
}

/** A school's approved posts (编制) before and after the plan: post transfers and extra quota. For the quota history. */
export interface QuotaChange {
  schoolCode: string;
  quotaBefore: number;
  quotaAfter: number;
  transferredIn: number;
  transferredOut: number;
  extraQuota: number;
}

/** A teacher recalled from loan (借调返校): status back to ACTIVE at their school. */
export interface RecallChange {
  staffNo: string;
  schoolCode: string;
  level: Level;
}

export interface PlanChanges {
  moves: TeacherMove[];
  postTransfers: PostTransferChange[];
  /** Every school whose quota the plan changes. */
  quotaChanges: QuotaChange[];
  recalls: RecallChange[];
  earmarks: PostEarmark[];
  /** Extra quota (有需增编) the plan adds, per school. */
  extraQuota: Array<{ schoolCode: string; posts: number }>;
  plannedClasses: PlannedClasses[];
  budget: BudgetCommitment[];
}

export interface AppliedPlan {
  region: RegionData;
  changes: PlanChanges;
  /** Rows that do not fit the region (unknown teacher, teacher not at the row's school, unknown section); the writes must refuse them. */
  problems: string[];
}

type ApplicableRegion = Pick<RegionData, 'schools' | 'sections' | 'teachers' | 'budgets'> & Partial<RegionData>;

/**
 * A rotation of a teacher: they teach at `toSchool`; the post stays where it is held (a teacher
 * rotated on keeps their first home school; one rotated back to it is home again, with no term).
 */
export function rotatedTeacher<T extends Teacher>(teacher: T, rotation: { toSchool: string; startDate: string; termYears: number }): T {
  const home = teacher.homeSchoolCode ?? teacher.schoolCode;
  const isHome = home === rotation.toSchool;
  return {
    ...teacher,
    schoolCode: rotation.toSchool,
    homeSchoolCode: isHome ? null : home,
    rotationEnd: isHome ? null : rotationEndDate(rotation.startDate, rotation.termYears),
  };
}

/**
 * The region after a plan is applied, and the list of changes the database writes follow: teachers
 * recalled from loan are ACTIVE at their school again; vacant posts moved between schools lower the
 * sender's quota and raise the receiver's; rotating
 * teachers teach at the receiving school with their home school and term recorded; each hire earmarks
 * a post at its school (extra quota adds posts); split sections have their planned classes; the plan's
 * spending is committed to the county's budget lines of the plan year (overruns are flagged, not
 * refused: whether a scenario allows them is the caller's rule). A teacher named twice moves once, by
 * the first row. Never mutates the input.
 */
export function applyPlan(
  region: ApplicableRegion,
  plan: Pick<Plan, 'county' | 'year' | 'rotations' | 'hires' | 'classSplits' | 'cost' | 'spendingByLine'> & Partial<Pick<Plan, 'postTransfers' | 'recalls'>>,
  rules: { oversizedClassMin: number },
): AppliedPlan {
  const problems: string[] = [];
  const teacherIndex = new Map(region.teachers.map((t, i) => [t.staffNo, i]));
  const teachers = region.teachers.slice();
  const moves: TeacherMove[] = [];
  const moved = new Set<string>();
  const recalls: RecallChange[] = [];
  for (const r of plan.recalls ?? []) {
    const i = teacherIndex.get(r.staffNo);
    const current = i === undefined ? undefined : teachers[i];
    if (!current || i === undefined) { problems.push(`借调返校：教师 ${r.staffNo} 不在名册中`); continue; }
    if (moved.has(r.staffNo)) { problems.push(`教师 ${r.staffNo} 在方案中出现两次`); continue; }
    if (current.status !== 'ON_LOAN') { problems.push(`借调返校：教师 ${r.staffNo} 当前不是借调状态`); continue; }
    if (current.schoolCode !== r.schoolCode) { problems.push(`借调返校：教师 ${r.staffNo} 的编制不在 ${r.schoolCode}`); continue; }
    teachers[i] = recalledTeacher(current);
    moved.add(r.staffNo);
    recalls.push({ staffNo: r.staffNo, schoolCode: r.schoolCode, level: current.level });
  }
  for (const r of plan.rotations) {
    const i = teacherIndex.get(r.staffNo);
    const current = i === undefined ? undefined : teachers[i];
    if (!current || i === undefined) { problems.push(`教师 ${r.staffNo} 不在名册中`); continue; }
    if (moved.has(r.staffNo)) { problems.push(`教师 ${r.staffNo} 在方案中出现两次`); continue; }
    if (current.schoolCode !== r.fromSchool) { problems.push(`教师 ${r.staffNo} 现在不在 ${r.fromSchool} 任教`); continue; }
    const after = rotatedTeacher(current, r);
    teachers[i] = after;
    moved.add(r.staffNo);
    moves.push({
      staffNo: r.staffNo, level: after.level, fromSchool: r.fromSchool, toSchool: r.toSchool,
      homeSchoolCode: after.homeSchoolCode ?? null, rotationEnd: after.rotationEnd ?? null,
    });
  }

  const sectionKeys = new Set(region.sections.map((s) => sectionKey(s.schoolCode, s.level)));
  const earmarks: PostEarmark[] = [];
  const earmarkedBySchool = new Map<string, number>();
  const extraBySchool = new Map<string, number>();
  for (const h of plan.hires) {
    if (!sectionKeys.has(sectionKey(h.schoolCode, h.level))) { problems.push(`招聘 ${h.schoolCode}/${h.level}：学校没有这个学段`); continue; }
    if (h.count <= 0) continue;
    earmarks.push({ schoolCode: h.schoolCode, level: h.level, subjectGroup: h.subjectGroup, education: h.education, count: h.count });
    earmarkedBySchool.set(h.schoolCode, (earmarkedBySchool.get(h.schoolCode) ?? 0) + h.count);
    if (h.extraQuota) extraBySchool.set(h.schoolCode, (extraBySchool.get(h.schoolCode) ?? 0) + h.extraQuota);
  }
  const recalled = new Set(recalls.map((r) => r.staffNo));
  const postTransfers = transfersThatFit(region, { hires: plan.hires, recalls: (plan.recalls ?? []).filter((r) => recalled.has(r.staffNo)), postTransfers: plan.postTransfers }, problems);
  const inBySchool = new Map<string, number>();
  const outBySchool = new Map<string, number>();
  for (const t of postTransfers) {
    outBySchool.set(t.fromSchool, (outBySchool.get(t.fromSchool) ?? 0) + t.posts);
    inBySchool.set(t.toSchool, (inBySchool.get(t.toSchool) ?? 0) + t.posts);
  }
  const quotaChanges: QuotaChange[] = [];
  const schools = region.schools.map((s) => {
    const earmarked = earmarkedBySchool.get(s.code) ?? 0;
    const extra = extraBySchool.get(s.code) ?? 0;
    const transferredIn = inBySchool.get(s.code) ?? 0;
    const transferredOut = outBySchool.get(s.code) ?? 0;
    const quotaAfter = s.quota + extra + transferredIn - transferredOut;
    if (quotaAfter !== s.quota || transferredIn > 0 || transferredOut > 0) {
      quotaChanges.push({ schoolCode: s.code, quotaBefore: s.quota, quotaAfter, transferredIn, transferredOut, extraQuota: extra });
    }
    return earmarked === 0 && quotaAfter === s.quota ? s : { ...s, quota: quotaAfter, earmarkedPosts: (s.earmarkedPosts ?? 0) + earmarked };
  });

  const splits = new Map<string, number>();
  for (const s of plan.classSplits) {
    const key = sectionKey(s.schoolCode, s.level);
    if (!sectionKeys.has(key)) problems.push(`分班 ${s.schoolCode}/${s.level}：学校没有这个学段`);
    else if (!splits.has(key)) splits.set(key, s.classesAfter);
  }
  const plannedClasses: PlannedClasses[] = [];
  const sections = region.sections.map((s) => {
    const after = splits.get(sectionKey(s.schoolCode, s.level));
    if (after === undefined || after <= s.classes) return s;
    plannedClasses.push({ schoolCode: s.schoolCode, level: s.level, year: plan.year, classesBefore: s.classes, classesAfter: after });
    return sectionAfterSplit(s, after, rules.oversizedClassMin);
  });

  const { commitments, budgetsAfter } = commitToBudget(region.budgets, plan.county, plan.year, planSpendingByLine(plan));
  return {
    region: { counties: [], costTables: [], ...region, schools, sections, teachers, budgets: budgetsAfter },
    changes: {
      moves,
      postTransfers,
      quotaChanges,
      recalls,
      earmarks,
      extraQuota: [...extraBySchool].map(([schoolCode, posts]) => ({ schoolCode, posts })),
      plannedClasses,
      budget: commitments,
    },
    problems,
  };
}

/**
 * The plan's post transfers that fit the region: known schools of one county, a whole number of posts
 * above 0, and no sender giving away more than its vacant posts (after its own hires and recalls).
 * The others are listed in `problems` and left out.
 */
function transfersThatFit(
  region: ApplicableRegion,
  plan: Pick<Plan, 'hires'> & Partial<Pick<Plan, 'postTransfers' | 'recalls'>>,
  problems: string[],
): PostTransferChange[] {
  const schools = new Map(region.schools.map((s) => [s.code, s]));
  const out: PostTransferChange[] = [];
  for (const t of plan.postTransfers ?? []) {
    const from = schools.get(t.fromSchool);
    const to = schools.get(t.toSchool);
    if (!from || !to) { problems.push(`编制调剂 ${t.fromSchool} → ${t.toSchool}：学校不在当前数据中`); continue; }
    if (from.code === to.code || from.countyCode !== to.countyCode) { problems.push(`编制调剂 ${from.name} → ${to.name}：只能在同一县内的不同学校之间调剂`); continue; }
    if (!Number.isInteger(t.posts) || t.posts <= 0) { problems.push(`编制调剂 ${from.name} → ${to.name}：编制数 ${t.posts} 无效`); continue; }
    out.push({ fromSchool: from.code, toSchool: to.code, posts: t.posts, reason: t.reason });
  }
  const accounts = postAccounts(region, { ...plan, postTransfers: out });
  for (const a of accounts.values()) {
    if (a.transferredOut > 0 && a.transferredOut > a.vacancies - a.hires - a.recalls) {
      problems.push(`编制调剂：${schools.get(a.schoolCode)!.name} 调出 ${a.transferredOut} 个编制，超出其空编（${a.vacancies} 个，本校招聘和返校占用 ${a.hires + a.recalls} 个）`);
    }
  }
  return out;
}

/**
 * A plan year's sections as applied plans left them: a section with planned classes (分班, more than it
 * has now) counts them, its students spread evenly. What a later solve of that year starts from.
 */
export function sectionsWithPlannedClasses<S extends Section>(
  sections: readonly S[],
  planned: ReadonlyArray<{ schoolCode: string; level: Level; classes: number }>,
  oversizedClassMin: number,
): S[] {
  const byKey = new Map(planned.map((p) => [sectionKey(p.schoolCode, p.level), p.classes]));
  return sections.map((s) => {
    const classes = byKey.get(sectionKey(s.schoolCode, s.level));
    return classes === undefined || classes <= s.classes ? s : sectionAfterSplit(s, classes, oversizedClassMin);
  });
}
