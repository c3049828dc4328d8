import { transportAllowance } from './cost';
import { distanceKm } from './geo';
import { multiYearCaps, MultiYearParameterError, newSpendingCap, type MultiYearPlan, type PlanYear } from './multi-year-plan';
import { carriedProblems, teacherLabel, type MultiYearLedger } from './multi-year-carry';
import type { MultiYearProblem } from './multi-year-problem';
import { advancePlanYear, multiYearForecastStudents, planYearRules, type PlanYearRules } from './multi-year-replay';
import type { Plan } from './plan';
import { checkPlan } from './plan-checker';
import { referenceDate, rotationEndDate } from './plan-dates';
import { PLAN_RULE_LABELS_ZH } from './plan-rule-labels';
import { planOutcome } from './plan-outcome';
import type { RotationReturn } from './rollover';
import type { ScenarioParameters } from './scenario';
import { isLevelInScope } from './scenario-scope';
import { failuresUnderTarget } from './six-of-seven-target';
import { applyStandardOverrides, type StandardSet } from './standard-set';
import type { RegionData } from './types';

/** Costs may differ by the rounding of their sums, never by more (yuan). */
const COST_TOLERANCE = 1;

export interface MultiYearCheckYear {
  year: number;
  problems: MultiYearProblem[];
}

export interface MultiYearCheck {
  passes: boolean;
  years: MultiYearCheckYear[];
  /** Every problem, the plan-wide ones (year null) first. */
  problems: MultiYearProblem[];
}

export interface MultiYearCheckOptions {
  /**
   * The region each year was planned on (the solver's `regions`), first year first. When given, each is
   * checked to carry the earlier years too: rotating teachers at their receiving schools, hires present,
   * retired teachers gone, the replay's students in every section.
   */
  plannedOn?: readonly RegionData[];
  /**
   * Name teachers in the messages by name and staff number (default true); false: by staff number only,
   * for messages stored where roles without personal data read them.
   */
  teacherNames?: boolean;
}

/** The yearly cost a year's plan leaves to later years. */
interface Commitment {
  year: number;
  what: string;
  yearly: number;
  /** The first year it no longer costs (null: for good). */
  until: number | null;
}

function sameSet(a: readonly string[], b: readonly string[]): { missing: string[]; extra: string[] } {
  const as = new Set(a);
  const bs = new Set(b);
  return { missing: b.filter((x) => !as.has(x)), extra: a.filter((x) => !bs.has(x)) };
}

function yuan(n: number): string {
  return `${Math.round(n).toLocaleString('en-US')} 元`;
}

/** Hires, extra quota and classrooms for good; each rotation with its transport until its (standard) term ends. */
function commitmentsOf(region: RegionData, plan: Plan, termYears: number): Commitment[] {
  const forGood = plan.cost.hires + plan.cost.extraQuota + (plan.cost.classrooms ?? 0);
  const out: Commitment[] = forGood > 0 ? [{ year: plan.year, what: `${plan.year} 年招聘、增编和新增教室`, yearly: forGood, until: null }] : [];
  const schools = new Map(region.schools.map((s) => [s.code, s]));
  const tables = new Map(region.costTables.map((t) => [t.countyCode, t]));
  let rotations = 0;
  for (const r of plan.rotations) {
    const from = schools.get(r.fromSchool);
    const to = schools.get(r.toSchool);
    const table = from ? tables.get(from.countyCode) : undefined;
    if (from && to && table) rotations += table.rotationAllowance + transportAllowance(table, distanceKm(from, to));
  }
  if (rotations > 0) out.push({ year: plan.year, what: `${plan.year} 年交流轮岗补贴和交通补贴（至 ${plan.year + termYears} 年）`, yearly: rotations, until: plan.year + termYears });
  return out;
}

/** The year's years, caps and totals against the scenario. */
function checkYears(scenario: ScenarioParameters, plan: MultiYearPlan, caps: readonly (number | null)[], out: MultiYearProblem[]): void {
  if (plan.baseYear !== scenario.year) out.push({ year: null, code: 'YEARS', message: `多年方案的起始年为 ${plan.baseYear} 年，方案设定为 ${scenario.year} 年` });
  if (plan.years.length !== caps.length) out.push({ year: null, code: 'YEARS', message: `多年方案有 ${plan.years.length} 个年度，方案设定为 ${caps.length} 年` });
  plan.years.forEach((y, k) => {
    if (y.year !== scenario.year + k) out.push({ year: scenario.year + k, code: 'YEARS', message: `第 ${k + 1} 个年度是 ${y.year} 年，应为 ${scenario.year + k} 年（逐年连续）` });
    if (y.plan.year !== y.year) out.push({ year: scenario.year + k, code: 'YEARS', message: `${y.year} 年度的方案写的是 ${y.plan.year} 年` });
  });
  const total = plan.years.reduce((a, y) => a + y.yearCost, 0);
  if (Math.abs(plan.totalCost - total) > COST_TOLERANCE) out.push({ year: null, code: 'YEAR_COST', message: `多年方案总成本写为 ${yuan(plan.totalCost)}，各年成本之和为 ${yuan(total)}` });
}

/** The reported section shortfalls are the replayed year's failing checks, of the same size. */
function checkShortfalls(region: RegionData, standards: StandardSet, scenario: ScenarioParameters, year: number, y: PlanYear, names: ReadonlyMap<string, string>, out: MultiYearProblem[]): void {
  const expected = new Map<string, number | null>();
  for (const e of planOutcome(region, standards, y.plan).after) {
    if (!isLevelInScope(scenario, e.level)) continue;
    const failing = new Set<string>(failuresUnderTarget(e, scenario.target));
    for (const c of e.checks) if (!c.passes && failing.has(c.indicator)) expected.set(`${e.schoolCode}:${e.level}:${c.indicator}`, c.gapTeachers);
  }
  for (const s of y.plan.shortfalls) {
    if (s.schoolCode === null || s.level === null) continue;
    const key = `${s.schoolCode}:${s.level}:${s.indicator}`;
    const where = `${names.get(s.schoolCode) ?? s.schoolCode}（${s.schoolCode}）${s.level}`;
    if (!expected.has(key)) {
      out.push({ year, code: 'SHORTFALLS', message: `${year} 年方案报告 ${where} 的 ${s.indicator} 未达标，但按逐年推演的当年数据执行方案后该项达标（方案可能是在另一份数据上求解的）`, schoolCode: s.schoolCode });
      continue;
    }
    const gap = expected.get(key);
    if (gap !== null && gap !== undefined && s.gapTeachers !== null && s.gapTeachers !== gap) {
      out.push({ year, code: 'SHORTFALLS', message: `${year} 年方案报告 ${where} 的 ${s.indicator} 缺 ${s.gapTeachers} 名教师，按逐年推演的当年数据为 ${gap} 名`, schoolCode: s.schoolCode });
    }
  }
}

/** Carried cost, year cost and cap of one year. */
function checkCost(year: number, y: PlanYear, cap: number | null, newCap: number | null, commitments: readonly Commitment[], out: MultiYearProblem[]): void {
  const running = carriedIn(commitments, year);
  const carried = running.reduce((a, c) => a + c.yearly, 0);
  if (Math.abs(y.carriedCost - carried) > COST_TOLERANCE) {
    const items = running.map((c) => `${c.what} ${yuan(c.yearly)}`).join('；') || '无';
    out.push({ year, code: 'CARRIED_COST', message: `${year} 年延续成本写为 ${yuan(y.carriedCost)}，按前几年方案应为 ${yuan(carried)}（${items}）` });
  }
  const yearCost = carried + y.plan.cost.total;
  if (Math.abs(y.yearCost - yearCost) > COST_TOLERANCE) {
    out.push({ year, code: 'YEAR_COST', message: `${year} 年总成本写为 ${yuan(y.yearCost)}，应为延续成本 ${yuan(carried)} 加当年新增 ${yuan(y.plan.cost.total)}，即 ${yuan(yearCost)}` });
  }
  if (y.budgetCap !== cap) out.push({ year, code: 'BUDGET_CAP', message: `${year} 年预算上限写为 ${y.budgetCap === null ? '无' : yuan(y.budgetCap)}，方案设定为 ${cap === null ? '无' : yuan(cap)}` });
  if (newCap !== y.newSpendingCap && (newCap === null || y.newSpendingCap === null || Math.abs(newCap - y.newSpendingCap) > COST_TOLERANCE)) {
    out.push({ year, code: 'BUDGET_CAP', message: `${year} 年可用于新增措施的预算写为 ${y.newSpendingCap === null ? '无上限' : yuan(y.newSpendingCap)}，应为 ${newCap === null ? '无上限' : yuan(newCap)}` });
  }
  const worst = Math.max(yearCost, y.yearCost);
  if (cap !== null && worst > cap + COST_TOLERANCE) {
    out.push({ year, code: 'OVER_CAP', message: `${year} 年成本 ${yuan(worst)}（延续 ${yuan(carried)}，新增 ${yuan(y.plan.cost.total)}）超出当年预算上限 ${yuan(cap)}` });
  }
}

/** Yearly cost of the commitments still running in `year`. */
function carriedIn(commitments: readonly Commitment[], year: number): Commitment[] {
  return commitments.filter((c) => c.until === null || year < c.until);
}

/** The year's retirements and returning teachers against the replay's. */
function checkYearLists(year: number, y: PlanYear, replay: { retirements: string[]; returning: RotationReturn[] }, names: { teacher: (staffNo: string) => string; school: (code: string) => string }, out: MultiYearProblem[]): void {
  const listed = sameSet(y.retirements.map((r) => r.staffNo), replay.retirements);
  for (const s of listed.missing) out.push({ year, code: 'RETIREMENTS', staffNo: s, message: `${year} 年退休名单缺少 ${names.teacher(s)}：按退休规定该教师在 ${referenceDate(year)} 前已到退休年龄` });
  for (const s of listed.extra) out.push({ year, code: 'RETIREMENTS', staffNo: s, message: `${year} 年退休名单列入 ${names.teacher(s)}，但按逐年推演该教师当年并未退休` });
  const key = (r: Pick<RotationReturn, 'staffNo' | 'toSchool'>) => `${r.staffNo}\u0000${r.toSchool}`;
  const back = sameSet(y.returning.map(key), replay.returning.map(key));
  const rows = new Map([...y.returning, ...replay.returning].map((r) => [key(r), r]));
  for (const k of back.missing) {
    const r = rows.get(k)!;
    out.push({ year, code: 'RETURNING', staffNo: r.staffNo, schoolCode: r.toSchool, message: `${year} 年轮岗期满返校名单缺少 ${names.teacher(r.staffNo)}（交流期满，返回 ${names.school(r.toSchool)}）` });
  }
  for (const k of back.extra) {
    const r = rows.get(k)!;
    out.push({ year, code: 'RETURNING', staffNo: r.staffNo, schoolCode: r.toSchool, message: `${year} 年轮岗期满返校名单列入 ${names.teacher(r.staffNo)}（返回 ${names.school(r.toSchool)}），但按逐年推演其交流期当年未满或不返回该校` });
  }
}

/** The region a year was planned on carries the earlier years, with the replay's students and classes. */
function checkPlannedOn(plannedOn: RegionData, replayed: RegionData, year: number, ledger: MultiYearLedger, rules: PlanYearRules | null, out: MultiYearProblem[]): void {
  out.push(...carriedProblems(plannedOn, year, ledger, rules, '求解所用'));
  const want = new Map(replayed.sections.map((s) => [`${s.schoolCode}:${s.level}`, s]));
  for (const s of plannedOn.sections) {
    const w = want.get(`${s.schoolCode}:${s.level}`);
    if (w && (w.students !== s.students || w.classes !== s.classes)) {
      out.push({ year, code: 'REGION_MISMATCH', schoolCode: s.schoolCode, message: `${year} 年求解所用数据中 ${ledger.schoolNames.get(s.schoolCode) ?? s.schoolCode} ${s.level} 为 ${s.students} 名学生、${s.classes} 个班，按逐年推演应为 ${w.students} 名、${w.classes} 个班` });
    }
  }
}

/**
 * The year's rotation and recall rows against what earlier years left running (no retired teacher, nobody on a
 * term), each rotation with the standard term; then the year's rotations and hires enter the ledger.
 */
function checkAndRecordRows(region: RegionData, year: number, plan: Plan, termYears: number, ledger: MultiYearLedger, teacher: (staffNo: string) => string, out: MultiYearProblem[]): void {
  const school = (code: string) => ledger.schoolNames.get(code) ?? code;
  const named = [...plan.rotations.map((r) => ({ staffNo: r.staffNo, what: '交流轮岗' })), ...(plan.recalls ?? []).map((r) => ({ staffNo: r.staffNo, what: '借调返校' }))];
  for (const n of named) {
    const retiredIn = ledger.retired.get(n.staffNo);
    const onTerm = ledger.rotations.get(n.staffNo);
    if (retiredIn !== undefined) {
      out.push({ year, code: 'RETIRED_TEACHER_IN_PLAN', staffNo: n.staffNo, message: `${year} 年方案安排 ${teacher(n.staffNo)} ${n.what}，但该教师已于 ${retiredIn} 年退休` });
    } else if (onTerm) {
      out.push({
        year, code: 'ROTATING_TEACHER_MOVED', staffNo: n.staffNo, schoolCode: onTerm.host,
        message: `${year} 年方案安排 ${teacher(n.staffNo)} ${n.what}，但该教师自 ${onTerm.year} 年起在 ${school(onTerm.host)} 交流，期限至 ${onTerm.end}，期内不得再交流、召回或计作 ${school(onTerm.home)} 的教师`,
      });
    }
  }
  const teachers = new Map(region.teachers.map((t) => [t.staffNo, t]));
  for (const r of plan.rotations) {
    if (r.termYears !== termYears || r.startDate !== referenceDate(year)) {
      out.push({ year, code: 'ROTATION_TERM', staffNo: r.staffNo, message: `${year} 年 ${teacher(r.staffNo)} 的交流期限为 ${r.termYears} 年、自 ${r.startDate} 起，规定为 ${termYears} 年、自 ${referenceDate(year)} 起` });
    }
    const t = teachers.get(r.staffNo);
    if (!t || t.schoolCode !== r.fromSchool || ledger.retired.has(r.staffNo) || ledger.rotations.has(r.staffNo)) continue;
    const home = t.homeSchoolCode ?? t.schoolCode;
    // Rotated back to the school holding the post: home again, no term.
    if (home === r.toSchool) continue;
    ledger.rotations.set(r.staffNo, { staffNo: r.staffNo, home, host: r.toSchool, year, end: rotationEndDate(referenceDate(year), termYears) });
  }
  const sections = new Set(region.sections.map((s) => `${s.schoolCode}:${s.level}`));
  for (const h of plan.hires) if (h.count > 0 && sections.has(`${h.schoolCode}:${h.level}`)) ledger.hires.push({ year, schoolCode: h.schoolCode, level: h.level, count: h.count });
}

/**
 * The multi-year checker (issue 13): replays the years from the base region with the domain's own
 * functions (`multiYearForecastStudents`, `advancePlanYear`: each plan carried out, terms ended home,
 * retirements by the standard set's rule, the forecast students), independently of the solver, and
 * verifies the years together: years consecutive from the scenario's and as many; each year's plan
 * passes the single-year checker against the replayed year (budget: the cap less the carried cost);
 * its students and reported shortfalls are the replay's; rotations keep the standard term, carry (at
 * the receiving school until the term ends, home after) and are not moved or recalled meanwhile; hires
 * stay in every later roster; retired teachers leave, are listed in their year and planned no more;
 * the carried cost, year cost, cap and total add up, and no year costs more than its cap. Pure.
 */
export function checkMultiYearPlan(
  baseRegion: RegionData,
  standardSet: StandardSet,
  scenario: ScenarioParameters,
  plan: MultiYearPlan,
  options: MultiYearCheckOptions = {},
): MultiYearCheck {
  const out: MultiYearProblem[] = [];
  let caps: (number | null)[];
  try {
    caps = multiYearCaps(scenario);
  } catch (e) {
    if (!(e instanceof MultiYearParameterError)) throw e;
    out.push({ year: null, code: 'YEARS', message: e.message });
    return { passes: false, years: plan.years.map((_, k) => ({ year: scenario.year + k, problems: [] })), problems: out };
  }
  const standards = applyStandardOverrides(standardSet, scenario.overrides);
  const rules = planYearRules(standards);
  const termYears = standards.rotation.termYears;
  const forecast = multiYearForecastStudents(baseRegion, standards, scenario.year, plan.years.length);
  const schoolNames = new Map(baseRegion.schools.map((s) => [s.code, s.name]));
  const teacherNames = new Map<string, string>(options.teacherNames === false ? [] : baseRegion.teachers.map((t) => [t.staffNo, t.name]));
  const teacher = (staffNo: string) => teacherLabel(teacherNames, staffNo);
  const ledger: MultiYearLedger = { rotations: new Map(), hires: [], retired: new Map(), schoolNames, teacherNames };
  const commitments: Commitment[] = [];
  checkYears(scenario, plan, caps, out);
  let region = baseRegion;
  plan.years.forEach((y, k) => {
    const year = scenario.year + k;
    const replay = { retirements: [] as string[], returning: [] as RotationReturn[] };
    if (k > 0) {
      const next = advancePlanYear(region, plan.years[k - 1]!.plan, year, forecast[k - 1] ?? new Map(), rules);
      region = next.region;
      replay.retirements = next.retirements.map((r) => r.staffNo);
      replay.returning = next.returning;
      for (const r of next.retirements) ledger.retired.set(r.staffNo, year);
    }
    checkYearLists(year, y, replay, { teacher, school: (code) => schoolNames.get(code) ?? code }, out);
    const students = region.sections.reduce((a, s) => a + s.students, 0);
    if (y.students !== students) out.push({ year, code: 'STUDENTS', message: `${year} 年学生数写为 ${y.students}，按预测应为 ${students}` });
    // The first year's roster is as given: retirement is judged from the second year on.
    const retirementRules = k > 0 ? rules : null;
    out.push(...carriedProblems(region, year, ledger, retirementRules, '逐年推演'));
    const plannedOn = options.plannedOn?.[k];
    if (plannedOn) checkPlannedOn(plannedOn, region, year, ledger, retirementRules, out);
    for (const [staffNo, r] of ledger.rotations) if (referenceDate(year) >= r.end) ledger.rotations.delete(staffNo);
    checkAndRecordRows(region, year, y.plan, termYears, ledger, teacher, out);

    const cap = caps[k] ?? null;
    const newCap = newSpendingCap(caps, k, (j) => carriedIn(commitments, scenario.year + j).reduce((a, c) => a + c.yearly, 0));
    const yearScenario: ScenarioParameters = { ...scenario, year, budgetCap: newCap, years: 1, yearBudgetCaps: null };
    for (const v of checkPlan(region, standardSet, yearScenario, y.plan).violations) {
      out.push({ year, code: 'YEAR_CHECK', message: `${year} 年方案在逐年推演的当年数据上未通过单年校验（${PLAN_RULE_LABELS_ZH[v.rule]}）：${v.message}`, staffNo: v.staffNo, schoolCode: v.schoolCode });
    }
    checkShortfalls(region, standards, scenario, year, y, schoolNames, out);
    checkCost(year, y, cap, newCap, commitments, out);
    commitments.push(...commitmentsOf(region, y.plan, termYears));
  });
  const wide = out.filter((p) => p.year === null);
  const years = plan.years.map((_, k) => ({ year: scenario.year + k, problems: out.filter((p) => p.year === scenario.year + k) }));
  return { passes: out.length === 0, years, problems: [...wide, ...out.filter((p) => p.year !== null)] };
}
