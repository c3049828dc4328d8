import { postsHeldBySchool, postsNeededBySchool, transferablePosts } from '@junheng/domain';
import type { BuildContext } from '../allocation-model';
import { currentNeed, type SchoolInfo, type SectionInfo } from '../region-index';

/** Objective tie-breaker per post moved (yuan-equivalent): posts move only where a hire or recall needs them. */
export const POST_MOVE_TIE_BREAK = 1;

/**
 * Posts a section could fill: its largest teacher gap among R, Q1 and Q3 (a qualified PE/arts hire serves
 * all three), plus the teachers its missing classes need beyond its spare periods.
 */
function usefulPosts(section: SectionInfo, perClass: number, perTeacher: number): number {
  if (!section.inScope || section.section.students <= 0) return 0;
  let gap = 0;
  for (const ind of ['R', 'Q1', 'Q3'] as const) {
    const need = section.need[ind];
    if (need !== null) gap = Math.max(gap, need - currentNeed(section, ind));
  }
  const extraClasses = Math.max(0, section.classesNeeded - section.section.classes);
  const splitTeachers = Math.max(0, Math.ceil((extraClasses * perClass - section.sparePeriods) / perTeacher));
  return Math.max(0, gap) + splitTeachers;
}

/**
 * post_out[school], post_in[school]: vacant posts moved between the schools of one county (县管校聘),
 * `post_balance[county]` keeping the county's total. A school with vacant posts above its own staffing
 * need sends at most `transferablePosts` (vacant, above need, within the yearly limit); a school that
 * could fill more posts than it has vacant (its gaps, its missing classes' teachers, its teachers on
 * loan, the teachers it may send on rotation) takes at most that many. Per school, not per pair: the county's posts are one pool, so two
 * columns a school instead of one a pair; `disaggregatePostTransfers` pairs them (nearest sender first).
 * None when the scenario switches transfers off, or in a county without both a sender and a taker.
 */
export function addPostTransferVariables(ctx: BuildContext): void {
  const { index, builder, weights } = ctx;
  if (index.scenario.allowPostTransfers === false) return;
  const rules = index.standards.postTransfer;
  const needed = postsNeededBySchool(index.region.sections, index.standards);
  const held = postsHeldBySchool(index.region.teachers);
  const onLoan = new Map<string, number>();
  for (const r of ctx.recalls) onLoan.set(r.section.school.code, (onLoan.get(r.section.school.code) ?? 0) + r.teachers.length);
  const useful = new Map<string, number>();
  for (const s of index.sections) {
    const p = index.standards.teachingPeriods[s.section.level];
    useful.set(s.school.code, (useful.get(s.school.code) ?? 0) + usefulPosts(s, p.perClass, p.perTeacher));
  }
  const byCounty = new Map<string, { senders: Array<[SchoolInfo, number]>; takers: Array<[SchoolInfo, number]> }>();
  for (const school of index.schools.values()) {
    const county = school.school.countyCode;
    const entry = byCounty.get(county) ?? byCounty.set(county, { senders: [], takers: [] }).get(county)!;
    const send = transferablePosts(school.school, held, needed.get(school.school.code) ?? 0, rules).posts;
    if (send > 0) {
      entry.senders.push([school, send]);
      continue;
    }
    // Its gaps, its teachers on loan, and the teachers it may send on rotation (hires may replace them).
    const take = (useful.get(school.school.code) ?? 0) + (onLoan.get(school.school.code) ?? 0) + school.maxLoss - school.vacancies;
    if (take > 0) entry.takers.push([school, take]);
  }
  for (const { senders, takers } of byCounty.values()) {
    if (senders.length === 0 || takers.length === 0) continue;
    for (const [school, ub] of senders) {
      const v = builder.addVariable({ name: `post_out[${school.school.code}]`, lb: 0, ub, integer: true, cost: 0 });
      ctx.postMoves.push({ v, school, direction: 'OUT', ub });
    }
    for (const [school, ub] of takers) {
      const v = builder.addVariable({ name: `post_in[${school.school.code}]`, lb: 0, ub, integer: true, cost: weights.cost * rules.costPerPost + POST_MOVE_TIE_BREAK });
      ctx.postMoves.push({ v, school, direction: 'IN', ub });
    }
  }
}

/** Posts a school may take by transfer (the upper bound of its post_in column; 0 when it takes none). */
export function postRoomIn(ctx: BuildContext, schoolCode: string): number {
  return ctx.postMoves.find((m) => m.direction === 'IN' && m.school.school.code === schoolCode)?.ub ?? 0;
}
