import type { Plan, PlanViolation } from './plan';
import { postAccounts, postsNeededBySchool, type SchoolPostAccount } from './post-transfers';
import { recallableTeachers } from './recalls';
import type { ScenarioParameters } from './scenario';
import { isLevelInScope } from './scenario-scope';
import type { StandardSet } from './standard-set';
import type { RegionData } from './types';

/** Cost figures may differ by rounding of their sums, never by more. */
const COST_TOLERANCE = 0.5;

type PlanLevers = Pick<Plan, 'rotations' | 'hires'> & Partial<Pick<Plan, 'postTransfers' | 'recalls'>>;

export interface PlanLeversCheck {
  violations: PlanViolation[];
  /** Each school's posts under the plan (hires, recalls, transfers, extra quota). */
  accounts: Map<string, SchoolPostAccount>;
  /** Yearly cost of the post transfers and of the recalls, recomputed from the standard set. */
  postTransfers: number;
  recalls: number;
}

function checkTransfers(region: RegionData, standards: StandardSet, scenario: ScenarioParameters, plan: PlanLevers, out: PlanViolation[]): number {
  const schools = new Map(region.schools.map((s) => [s.code, s]));
  const rows = plan.postTransfers ?? [];
  if (rows.length > 0 && scenario.allowPostTransfers === false) {
    out.push({ rule: 'POST_TRANSFER', message: `The scenario does not allow post transfers, the plan has ${rows.length}` });
  }
  let cost = 0;
  for (const t of rows) {
    const from = schools.get(t.fromSchool);
    const to = schools.get(t.toSchool);
    if (!from || !to) {
      out.push({ rule: 'UNKNOWN_SCHOOL', message: `Post transfer ${t.fromSchool} -> ${t.toSchool} names an unknown school`, schoolCode: from ? t.toSchool : t.fromSchool });
      continue;
    }
    if (from.code === to.code || from.countyCode !== to.countyCode || !Number.isInteger(t.posts) || t.posts <= 0) {
      out.push({ rule: 'POST_TRANSFER', message: `Post transfer of ${t.posts} from ${from.code} to ${to.code} must move a whole number of posts between two schools of one county`, schoolCode: from.code });
      continue;
    }
    const expected = t.posts * standards.postTransfer.costPerPost;
    cost += expected;
    if (t.annualCost !== undefined && Math.abs(t.annualCost - expected) > COST_TOLERANCE) {
      out.push({ rule: 'COST_MISMATCH', message: `Post transfer ${from.code} -> ${to.code} costs ${expected}, the plan says ${t.annualCost}`, schoolCode: from.code });
    }
  }
  return cost;
}

/** Senders: within the yearly limit, above their own staffing need, only vacant posts; no extra quota while posts could still move. */
function checkSenders(region: RegionData, standards: StandardSet, scenario: ScenarioParameters, accounts: Map<string, SchoolPostAccount>, out: PlanViolation[]): void {
  const needed = postsNeededBySchool(region.sections, standards);
  const rules = standards.postTransfer;
  const spareByCounty = new Map<string, string[]>();
  const extraByCounty = new Map<string, number>();
  for (const s of region.schools) {
    const a = accounts.get(s.code)!;
    const need = needed.get(s.code) ?? 0;
    const vacantLeft = a.vacancies - a.hires - a.recalls - a.transferredOut;
    if (a.transferredOut > rules.maxOutPerSchool) {
      out.push({ rule: 'POST_TRANSFER_LIMIT', message: `School ${s.code} sends ${a.transferredOut} posts, above the yearly limit of ${rules.maxOutPerSchool}`, schoolCode: s.code });
    }
    if (a.transferredOut > 0 && s.quota - a.transferredOut < need) {
      out.push({ rule: 'POST_TRANSFER_DONOR_STANDARD', message: `School ${s.code} keeps ${s.quota - a.transferredOut} posts after sending ${a.transferredOut}, below the ${need} its staffing ratio needs`, schoolCode: s.code });
    }
    if (a.transferredOut > 0 && vacantLeft < 0) {
      out.push({ rule: 'POST_TRANSFER', message: `School ${s.code} sends ${a.transferredOut} posts but has only ${a.vacancies} vacant, ${a.hires + a.recalls} of them taken by its own hires and recalls`, schoolCode: s.code });
    }
    const movableLeft = Math.min(rules.maxOutPerSchool - a.transferredOut, s.quota - a.transferredOut - need, vacantLeft);
    if (movableLeft > 0) (spareByCounty.get(s.countyCode) ?? spareByCounty.set(s.countyCode, []).get(s.countyCode)!).push(s.code);
    if (a.extraQuota > 0) extraByCounty.set(s.countyCode, (extraByCounty.get(s.countyCode) ?? 0) + a.extraQuota);
  }
  if (scenario.allowPostTransfers === false) return;
  for (const [county, extra] of extraByCounty) {
    const spare = spareByCounty.get(county) ?? [];
    if (spare.length > 0) {
      out.push({ rule: 'EXTRA_QUOTA_BEFORE_TRANSFER', message: `County ${county} uses ${extra} posts of extra quota while ${spare.join(', ')} could still send vacant posts` });
    }
  }
}

function checkRecalls(region: RegionData, standards: StandardSet, scenario: ScenarioParameters, plan: PlanLevers, out: PlanViolation[]): number {
  const teachers = new Map(region.teachers.map((t) => [t.staffNo, t]));
  const allowed = new Set(recallableTeachers(region.teachers, scenario).map((t) => t.staffNo));
  const seen = new Set(plan.rotations.map((r) => r.staffNo));
  let cost = 0;
  for (const r of plan.recalls ?? []) {
    const t = teachers.get(r.staffNo);
    if (!t) {
      out.push({ rule: 'UNKNOWN_TEACHER', message: `Recalled teacher ${r.staffNo} is not in the region`, staffNo: r.staffNo });
      continue;
    }
    if (seen.has(r.staffNo)) {
      out.push({ rule: 'TEACHER_MOVES_TWICE', message: `Teacher ${r.staffNo} appears twice in the plan`, staffNo: r.staffNo });
      continue;
    }
    seen.add(r.staffNo);
    if (t.status !== 'ON_LOAN' || t.schoolCode !== r.schoolCode || t.level !== r.level) {
      out.push({ rule: 'RECALL_NOT_ON_LOAN', message: `Teacher ${r.staffNo} (${t.status}, ${t.schoolCode} ${t.level}) is not on loan from ${r.schoolCode} ${r.level}`, staffNo: r.staffNo, schoolCode: r.schoolCode });
    } else if (!allowed.has(r.staffNo)) {
      out.push({ rule: 'RECALL_OUT_OF_SCOPE', message: `Teacher ${r.staffNo} is outside the scenario's recall scope (or locked or excluded)`, staffNo: r.staffNo, schoolCode: r.schoolCode });
    }
    if (!isLevelInScope(scenario, t.level)) {
      out.push({ rule: 'LEVEL_OUT_OF_SCOPE', message: `Recall of ${r.staffNo} plans ${t.level}, outside the scenario's levels`, staffNo: r.staffNo, level: t.level });
    }
    const expected = standards.recall.costPerTeacher;
    cost += expected;
    if (r.annualCost !== undefined && Math.abs(r.annualCost - expected) > COST_TOLERANCE) {
      out.push({ rule: 'COST_MISMATCH', message: `Recall of ${r.staffNo} costs ${expected}, the plan says ${r.annualCost}`, staffNo: r.staffNo });
    }
  }
  return cost;
}

/**
 * The county's own levers in a plan (`standards` with the scenario's overrides applied): post transfers
 * (编制调剂) between schools of one county, only vacant posts, within the yearly limit, each sender keeping
 * the posts its staffing ratio needs, none while the scenario switches them off; no extra quota while a
 * school of the county could still send a vacant post; recalls (借调返校) only of teachers on loan from the
 * row's school and level, within the scenario's scope. Costs from the standard set.
 */
export function checkPlanLevers(region: RegionData, standards: StandardSet, scenario: ScenarioParameters, plan: PlanLevers): PlanLeversCheck {
  const violations: PlanViolation[] = [];
  const postTransfers = checkTransfers(region, standards, scenario, plan, violations);
  const recalls = checkRecalls(region, standards, scenario, plan, violations);
  const accounts = postAccounts(region, plan);
  checkSenders(region, standards, scenario, accounts, violations);
  return { violations, accounts, postTransfers, recalls };
}
