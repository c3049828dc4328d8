import { regionBalance, type PlanBalanceRow, type SectionEvaluation } from '@junheng/domain';
import type { BalanceTarget } from './constraints/balance';
import type { RegionIndex } from './region-index';

/** Balance of every county, level and resource indicator before and after a plan (exact, by the domain). */
export function planBalance(index: RegionIndex, before: readonly SectionEvaluation[], after: readonly SectionEvaluation[]): PlanBalanceRow[] {
  const countyOf = (e: SectionEvaluation) => index.schools.get(e.schoolCode)?.school.countyCode ?? '';
  const rows: PlanBalanceRow[] = [];
  for (const county of index.counties) {
    const b = regionBalance(before.filter((e) => countyOf(e) === county), index.standards);
    const a = regionBalance(after.filter((e) => countyOf(e) === county), index.standards);
    for (const x of b) {
      const y = a.find((r) => r.level === x.level && r.indicator === x.indicator);
      rows.push({ county, level: x.level, indicator: x.indicator, cvBefore: x.cv, cvAfter: y?.cv ?? null, threshold: x.threshold, passesBefore: x.passes, passesAfter: y?.passes ?? x.passes });
    }
  }
  return rows;
}

/**
 * The balance targets for the next solve, from the exact balance of the last plan: a staffing CV that
 * passed before and fails after (KEEP), and, when `improve` (money left), a failing staffing CV
 * (BRING_UNDER). A target already tried is tightened. Facility CVs (F1-F4) are data: reported only.
 */
export function nextBalanceTargets(rows: readonly PlanBalanceRow[], after: readonly SectionEvaluation[], index: RegionIndex, tried: readonly BalanceTarget[], improve: boolean): BalanceTarget[] {
  const out: BalanceTarget[] = [];
  for (const r of rows) {
    if (r.passesAfter || r.threshold === null || (r.indicator !== 'Q1' && r.indicator !== 'Q2' && r.indicator !== 'Q3')) continue;
    if (!r.passesBefore && !improve) continue;
    const prev = tried.find((t) => t.county === r.county && t.level === r.level && t.indicator === r.indicator);
    const ofLevel = after.filter((e) => e.level === r.level && e.students > 0 && index.schools.get(e.schoolCode)?.school.countyCode === r.county);
    const P = ofLevel.reduce((a, e) => a + e.students, 0);
    const count = ofLevel.reduce((a, e) => a + (r.indicator === 'Q1' ? e.staff.qualified : r.indicator === 'Q2' ? e.staff.backbone : e.staff.peArts), 0);
    const meanAfter = P > 0 ? (100 * count) / P : 0;
    out.push({ county: r.county, level: r.level, indicator: r.indicator, kind: r.passesBefore ? 'KEEP' : 'BRING_UNDER', threshold: r.threshold, meanAfter, tightening: prev ? prev.tightening * 0.7 : 1 });
  }
  // Targets that now pass stay in the model, as they were.
  for (const t of tried) if (!out.some((o) => o.county === t.county && o.level === t.level && o.indicator === t.indicator)) out.push(t);
  return out;
}
