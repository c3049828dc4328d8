import { teachersShortForRatio } from './exact-decimal';
import type { Plan } from './plan';
import { postsHeldBySchool, vacancies } from './posts-held';
import type { StandardSet } from './standard-set';
import type { School, Section, Teacher } from './types';

/**
 * Posts a school's own standards need: for each of its sections, the teachers the staffing ratio
 * (编制标准, R: students per teacher at most) asks for, summed. A donor keeps at least this many posts
 * after sending vacant ones. Sections whose level judges no ratio need none.
 */
export function postsNeededBySchool(sections: readonly Section[], standards: Pick<StandardSet, 'levels'>): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of sections) {
    const ratio = standards.levels[s.level].studentsPerTeacherMax;
    if (ratio === null || s.students <= 0) continue;
    out.set(s.schoolCode, (out.get(s.schoolCode) ?? 0) + teachersShortForRatio(0, s.students, ratio));
  }
  return out;
}

/** Which rule bounds how many posts a school may send: none vacant, its own standards, or the yearly limit. */
export type PostTransferLimit = 'NO_VACANCY' | 'OWN_STANDARDS' | 'YEARLY_LIMIT';

export interface TransferablePosts {
  /** Vacant posts the school may send this year. */
  posts: number;
  /** Vacant posts it has (quota minus posts held and earmarked). */
  vacant: number;
  /** The rule that binds, when it holds back vacant posts (null: every vacant post may go). */
  heldBy: PostTransferLimit | null;
}

/**
 * Vacant posts a school may send to another school of its county this year: at most its vacancies, at
 * most its quota minus the posts its own standards need (`postsNeededBySchool`), at most the standard
 * set's yearly limit. Posts its own hires or recalls take are no longer vacant (the caller subtracts them).
 */
export function transferablePosts(
  school: Pick<School, 'code' | 'quota' | 'earmarkedPosts'>,
  postsHeld: ReadonlyMap<string, number>,
  postsNeeded: number,
  rules: Pick<StandardSet['postTransfer'], 'maxOutPerSchool'>,
): TransferablePosts {
  const vacant = vacancies(school, postsHeld);
  const aboveNeed = Math.max(0, school.quota - postsNeeded);
  const posts = Math.max(0, Math.min(vacant, aboveNeed, rules.maxOutPerSchool));
  const heldBy: PostTransferLimit | null = posts >= vacant ? null : posts === aboveNeed ? 'OWN_STANDARDS' : 'YEARLY_LIMIT';
  return { posts, vacant, heldBy: vacant === 0 ? 'NO_VACANCY' : heldBy };
}

/** The Chinese name of each transfer limit, for shortfall notes. */
export const POST_TRANSFER_LIMIT_ZH: Record<PostTransferLimit, string> = {
  NO_VACANCY: '无空编',
  OWN_STANDARDS: '须保留本校生师比所需编制',
  YEARLY_LIMIT: '每校每年调出编制上限',
};

/** One school's posts under a plan: vacancies before, posts moved in and out, and what hires and recalls take. */
export interface SchoolPostAccount {
  schoolCode: string;
  vacancies: number;
  transferredIn: number;
  transferredOut: number;
  hires: number;
  recalls: number;
  /** Vacancies plus posts moved in minus posts moved out. */
  open: number;
  /** Posts the hires and recalls take beyond `open`: extra quota (增编). */
  extraQuota: number;
}

type PlanPostRows = Pick<Plan, 'hires'> & Partial<Pick<Plan, 'postTransfers' | 'recalls'>>;

/**
 * Each school's post account under a plan (every school of the region, with or without rows): hires and
 * recalls fill vacancies and posts moved in first; what they take beyond that is extra quota. Rows
 * naming unknown schools are skipped (the checker reports them).
 */
export function postAccounts(region: { schools: readonly School[]; teachers: readonly Teacher[] }, plan: PlanPostRows): Map<string, SchoolPostAccount> {
  const held = postsHeldBySchool(region.teachers);
  const out = new Map<string, SchoolPostAccount>();
  for (const s of region.schools) {
    const v = vacancies(s, held);
    out.set(s.code, { schoolCode: s.code, vacancies: v, transferredIn: 0, transferredOut: 0, hires: 0, recalls: 0, open: v, extraQuota: 0 });
  }
  for (const t of plan.postTransfers ?? []) {
    const from = out.get(t.fromSchool);
    const to = out.get(t.toSchool);
    if (!from || !to || !(t.posts > 0)) continue;
    from.transferredOut += t.posts;
    to.transferredIn += t.posts;
  }
  for (const h of plan.hires) {
    const a = out.get(h.schoolCode);
    if (a && h.count > 0) a.hires += h.count;
  }
  for (const r of plan.recalls ?? []) {
    const a = out.get(r.schoolCode);
    if (a) a.recalls += 1;
  }
  for (const a of out.values()) {
    a.open = a.vacancies + a.transferredIn - a.transferredOut;
    a.extraQuota = Math.max(0, a.hires + a.recalls - Math.max(0, a.open));
  }
  return out;
}

/**
 * The 调剂原因 on the post-transfer list (编制调剂表): how many vacant posts go where, and what they are
 * for, e.g. "调入空编 3 个，用于补足教职工编制缺口：东源村小学".
 */
export function postTransferReason(posts: number, toSchoolName: string): string {
  return `调入空编 ${posts} 个，用于补足教职工编制缺口：${toSchoolName}`;
}
