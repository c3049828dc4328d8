import { distanceKm, postTransferReason, recallReason, type IndicatorCode, type PlanPostTransfer, type PlanRecall } from '@junheng/domain';
import type { AggregateSolution } from './aggregate-solution';
import type { AllocationModel, PostMoveVar } from './allocation-model';
import { typeCounts } from './constraints/section-standards';
import { currentNeed, type SchoolInfo, type SectionInfo } from './region-index';

/** Indicators a recall may serve at the teacher's school, scarcest kind first (as rotations). */
const SERVE_ORDER = ['Q2', 'Q3', 'Q1', 'R'] as const;

/** Posts each school's hires and recalls take, from the aggregate solution. */
function postsTaken(model: AllocationModel, solution: AggregateSolution): Map<string, number> {
  const out = new Map<string, number>();
  const add = (code: string, n: number) => n > 0 && out.set(code, (out.get(code) ?? 0) + n);
  model.hires.forEach((h, i) => add(h.section.school.code, solution.hireUnits[i]!));
  model.recalls.forEach((r, i) => add(r.section.school.code, solution.recallUnits[i]!));
  return out;
}

/**
 * Recalls become named teachers (by staff number within each section and type); each says which
 * indicator of the school it serves (backbone, PE/arts, qualified, ratio, after the plan's rotations).
 */
export function disaggregateRecalls(model: AllocationModel, solution: AggregateSolution): PlanRecall[] {
  const gaps = new Map<string, Record<string, number>>();
  const gapsOf = (s: SectionInfo) => {
    let g = gaps.get(s.key);
    if (!g) {
      g = {};
      for (const ind of SERVE_ORDER) g[ind] = Math.max(0, (s.need[ind] ?? 0) - currentNeed(s, ind));
      gaps.set(s.key, g);
    }
    return g;
  };
  model.flows.forEach((f, i) => {
    const units = solution.flowUnits[i]!;
    if (units <= 0) return;
    for (const ind of SERVE_ORDER) {
      if (!typeCounts(ind, f.type)) continue;
      gapsOf(f.arc.receiver)[ind] = Math.max(0, gapsOf(f.arc.receiver)[ind]! - units);
      gapsOf(f.arc.donor)[ind]! += units;
    }
  });
  const out: PlanRecall[] = [];
  model.recalls.forEach((r, i) => {
    const n = Math.min(solution.recallUnits[i]!, r.teachers.length);
    const g = gapsOf(r.section);
    for (const t of r.teachers.slice(0, n)) {
      const served: IndicatorCode | null = SERVE_ORDER.find((ind) => typeCounts(ind, r.type) && g[ind]! > 0) ?? null;
      if (served) g[served]! -= 1;
      out.push({
        staffNo: t.staffNo,
        schoolCode: t.schoolCode,
        level: t.level,
        reason: recallReason(served, r.section.school.name),
        indicator: served,
        startDate: model.index.refDate,
        annualCost: r.unitCost,
      });
    }
  });
  return out;
}

/**
 * Post moves become transfers between pairs of schools. A taker keeps only the posts its hires and
 * recalls need beyond its vacancies (a near-optimal answer may move a post for nothing), senders give
 * up as many, and each taker, neediest first, draws from the nearest senders of its county.
 */
export function disaggregatePostTransfers(model: AllocationModel, solution: AggregateSolution): PlanPostTransfer[] {
  const taken = postsTaken(model, solution);
  const costPerPost = model.index.standards.postTransfer.costPerPost;
  const byCounty = new Map<string, { senders: Array<{ school: SchoolInfo; left: number }>; takers: Array<{ school: SchoolInfo; posts: number }> }>();
  model.postMoves.forEach((m: PostMoveVar, i) => {
    const units = solution.postMoveUnits[i]!;
    if (units <= 0) return;
    const county = m.school.school.countyCode;
    const entry = byCounty.get(county) ?? byCounty.set(county, { senders: [], takers: [] }).get(county)!;
    if (m.direction === 'OUT') entry.senders.push({ school: m.school, left: units });
    else {
      const used = Math.max(0, (taken.get(m.school.school.code) ?? 0) - m.school.vacancies);
      if (Math.min(units, used) > 0) entry.takers.push({ school: m.school, posts: Math.min(units, used) });
    }
  });
  const out: PlanPostTransfer[] = [];
  for (const { senders, takers } of byCounty.values()) {
    takers.sort((a, b) => b.posts - a.posts || (a.school.school.code < b.school.school.code ? -1 : 1));
    for (const taker of takers) {
      let need = taker.posts;
      const near = senders.filter((s) => s.left > 0).sort((a, b) => distanceKm(a.school.school, taker.school.school) - distanceKm(b.school.school, taker.school.school));
      for (const sender of near) {
        if (need <= 0) break;
        const posts = Math.min(need, sender.left);
        sender.left -= posts;
        need -= posts;
        out.push({
          fromSchool: sender.school.school.code,
          toSchool: taker.school.school.code,
          posts,
          reason: postTransferReason(posts, taker.school.school.name),
          annualCost: posts * costPerPost,
        });
      }
    }
  }
  return out;
}

/** Posts open to each school's hires and recalls after the plan's transfers: vacancies plus posts in minus posts out. */
export function openPostsAfterTransfers(model: AllocationModel, transfers: readonly PlanPostTransfer[]): Map<string, number> {
  const open = new Map<string, number>();
  for (const [code, s] of model.index.schools) open.set(code, s.vacancies);
  for (const t of transfers) {
    open.set(t.fromSchool, (open.get(t.fromSchool) ?? 0) - t.posts);
    open.set(t.toSchool, (open.get(t.toSchool) ?? 0) + t.posts);
  }
  return open;
}
