import { POST_TRANSFER_LIMIT_ZH, postAccounts, postsNeededBySchool, type PlanHire, type PlanPostTransfer, type PlanRecall } from '@junheng/domain';
import type { RegionIndex } from './region-index';

/** A school whose vacant posts the plan leaves unused and the transfer rules keep from moving. */
export interface HeldPostsAt {
  schoolCode: string;
  posts: number;
  rule: string;
}

/** Posts left after a plan: per school, and per county what could still move or is held by the rules. */
export interface PostRoom {
  /** Posts still open at each school (vacancies and posts moved in, minus hires, recalls and posts moved out). */
  openLeft: Map<string, number>;
  /** Per county, vacant posts that could still move under the rules. */
  movableLeft: Map<string, number>;
  /** Per county, the schools whose unused vacant posts the rules hold, most first. */
  held: Map<string, HeldPostsAt[]>;
}

/** What the plan's hires, recalls and transfers leave of the county's posts, and which rule holds the rest. */
export function postRoom(index: RegionIndex, rows: { hires: readonly PlanHire[]; postTransfers?: readonly PlanPostTransfer[]; recalls?: readonly PlanRecall[] }): PostRoom {
  const accounts = postAccounts(index.region, { hires: [...rows.hires], postTransfers: [...(rows.postTransfers ?? [])], recalls: [...(rows.recalls ?? [])] });
  const needed = postsNeededBySchool(index.region.sections, index.standards);
  const rules = index.standards.postTransfer;
  const allowed = index.scenario.allowPostTransfers !== false;
  const out: PostRoom = { openLeft: new Map(), movableLeft: new Map(), held: new Map() };
  for (const [code, info] of index.schools) {
    const a = accounts.get(code)!;
    const left = Math.max(0, a.open - a.hires - a.recalls);
    out.openLeft.set(code, left);
    if (left === 0) continue;
    const county = info.school.countyCode;
    const byLimit = rules.maxOutPerSchool - a.transferredOut;
    const byNeed = info.school.quota - a.transferredOut - (needed.get(code) ?? 0);
    const movable = allowed ? Math.max(0, Math.min(left, byLimit, byNeed)) : 0;
    out.movableLeft.set(county, (out.movableLeft.get(county) ?? 0) + movable);
    if (movable < left) {
      const rule = !allowed ? '方案未允许编制调剂' : byNeed <= byLimit ? POST_TRANSFER_LIMIT_ZH.OWN_STANDARDS : POST_TRANSFER_LIMIT_ZH.YEARLY_LIMIT;
      (out.held.get(county) ?? out.held.set(county, []).get(county)!).push({ schoolCode: code, posts: left - movable, rule });
    }
  }
  for (const list of out.held.values()) list.sort((a, b) => b.posts - a.posts || (a.schoolCode < b.schoolCode ? -1 : 1));
  return out;
}

/** The note of a POSTS_HELD_BY_RULES shortfall: which schools hold how many vacant posts, by which rule. */
export function heldPostsNote(index: RegionIndex, held: readonly HeldPostsAt[]): string {
  const named = held.slice(0, 3).map((h) => `${index.schools.get(h.schoolCode)?.school.name ?? h.schoolCode} 空编 ${h.posts} 个（${h.rule}）`);
  const more = held.length > 3 ? `等 ${held.length} 所学校` : '';
  return `县内尚有空编但受编制调剂规则限制：${named.join('；')}${more}`;
}
