import type { PlanShortfall, RegionData, ScenarioParameters, ShortfallCause, SolveStatus, StandardSet } from '@junheng/domain';
import { totalShortfallTeachers } from './explain';
import { solveRegion, type SolveRegionOptions } from './solve-region';

export interface CostCurvePoint {
  budget: number;
  /** Teachers still missing over all sections and checks, and the county rotation rules. */
  shortfallTeachers: number;
  cost: number;
  status: SolveStatus;
}

/** What stays short however much money there is: one row per indicator and cause. */
export interface StillShort {
  indicator: PlanShortfall['indicator'];
  cause: ShortfallCause;
  teachers: number;
  /** Sections (or counties, for county rules) concerned. */
  places: number;
}

export interface CostCurveHeadline {
  /** Whether some plan meets every standard and rule (the full-compliance model is feasible). */
  reachable: boolean;
  /** The cheapest full-compliance plan's yearly cost, when reachable. */
  cheapestFullComplianceCost: number | null;
  /** When not reachable: what the best uncapped plan still misses, and why. */
  stillShort: StillShort[];
  /** One sentence for the planner. */
  text: string;
}

export interface CostCurve {
  /** What the best plan without a cap costs: beyond it money buys nothing more (the curve's last point). */
  fullComplianceCost: number;
  /** Shortfall of the best plan without a cap (what money cannot fix: quota, donors, facilities). */
  floorShortfallTeachers: number;
  points: CostCurvePoint[];
  /** The cheapest full-compliance cost when full compliance is reachable, otherwise what stays short and why. */
  headline: CostCurveHeadline;
}

const CAUSE_ZH: Record<ShortfallCause, string> = {
  BUDGET: '预算不足', NO_ELIGIBLE_DONOR: '无可交流教师', QUOTA_EXHAUSTED: '编制已满', DONOR_LIMIT: '派出学校受限',
  FACILITIES: '办学条件', TIME_LIMIT: '求解超时', OTHER: '其他', NO_CLASSROOM: '无空闲教室且无法新建', NO_TEACHING_TIME: '课时（教师）不足', POSTS_HELD_BY_RULES: '空编受调剂规则限制',
};

/** Groups a plan's shortfalls by indicator and cause, largest first. */
export function stillShort(shortfalls: readonly PlanShortfall[]): StillShort[] {
  const groups = new Map<string, StillShort>();
  for (const s of shortfalls) {
    const key = `${s.indicator}:${s.cause}`;
    const g = groups.get(key) ?? { indicator: s.indicator, cause: s.cause, teachers: 0, places: 0 };
    g.teachers += s.gapTeachers ?? 0;
    g.places += 1;
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.teachers - a.teachers || b.places - a.places);
}

/**
 * The headline: solve for full compliance without a cap. When it is feasible, its cost is what full
 * compliance costs; otherwise the solver's soft fallback says what stays short, and why.
 */
export async function costCurveHeadline(region: RegionData, standardSet: StandardSet, scenario: ScenarioParameters, options: SolveRegionOptions = {}): Promise<CostCurveHeadline> {
  const r = await solveRegion({ region, standardSet, scenario: { ...scenario, mode: 'CHEAPEST_FULL_COMPLIANCE', budgetCap: null }, options });
  if (r.status !== 'INFEASIBLE' && r.plan.check.passes && r.plan.shortfalls.length === 0) {
    const cost = r.plan.cost.total;
    return { reachable: true, cheapestFullComplianceCost: cost, stillShort: [], text: `全面达标的最低年度费用为 ${cost.toLocaleString('zh-CN')} 元` };
  }
  const rows = stillShort(r.plan.shortfalls);
  const total = rows.reduce((a, g) => a + g.teachers, 0);
  const parts = rows.map((g) => `${g.indicator} 缺 ${g.teachers} 名（${g.places} 处，${CAUSE_ZH[g.cause]}）`);
  return { reachable: false, cheapestFullComplianceCost: null, stillShort: rows, text: `无论预算多少都无法全面达标：仍缺 ${total} 名教师；${parts.join('；')}` };
}

/**
 * Total shortfall for budgets from 0 to the cost of the best uncapped plan, in `steps` equal steps
 * (steps + 1 points), each a full re-solve: what each extra yuan buys, for the planners' chart. The
 * headline is the cheapest full-compliance cost when it is reachable, otherwise what stays short and why.
 */
export async function costCurve(region: RegionData, standardSet: StandardSet, scenario: ScenarioParameters, steps: number, options: SolveRegionOptions = {}): Promise<CostCurve> {
  if (!Number.isInteger(steps) || steps < 1) throw new RangeError('steps must be a whole number >= 1');
  const base: ScenarioParameters = { ...scenario, mode: 'BEST_WITHIN_BUDGET' };
  const full = await solveRegion({ region, standardSet, scenario: { ...base, budgetCap: null }, options });
  const fullCost = full.plan.cost.total;
  const points: CostCurvePoint[] = [];
  for (let i = 0; i <= steps; i++) {
    const budget = i === steps ? fullCost : Math.round((fullCost * i) / steps);
    const r = i === steps ? full : await solveRegion({ region, standardSet, scenario: { ...base, budgetCap: budget }, options });
    points.push({ budget, shortfallTeachers: totalShortfallTeachers(r.plan), cost: r.plan.cost.total, status: r.status });
  }
  const headline = await costCurveHeadline(region, standardSet, scenario, options);
  return { fullComplianceCost: fullCost, floorShortfallTeachers: totalShortfallTeachers(full.plan), points, headline };
}
