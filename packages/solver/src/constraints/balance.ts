import { recallTerms } from '../variables/recall-variables';
import type { Level } from '@junheng/domain';
import type { BuildContext } from '../allocation-model';
import { currentNeed, type StaffIndicator } from '../region-index';
import { countChangeTerms, hireCounts } from './section-standards';

/**
 * A county balance (差异系数) target: the student-weighted CV of one staffing indicator across one
 * level's schools. The CV is not linear, so the model carries a surrogate: each school's value stays
 * within `allowed` of the level's mean after the plan (the mean is linear in the hires, since rotations
 * stay within the level and county). If every school is within D of the mean, S <= D, so the CV follows;
 * the solver checks the exact CV with the domain's function and tightens (`tightening` < 1) where it fails.
 */
export interface BalanceTarget {
  county: string;
  level: Level;
  indicator: Extract<StaffIndicator, 'Q1' | 'Q2' | 'Q3'>;
  /** KEEP: a CV that passes before stays passing; BRING_UNDER: a failing CV is brought under its threshold. */
  kind: 'KEEP' | 'BRING_UNDER';
  threshold: number;
  /** Estimate of the mean after the plan (per 100 students), from the last solve. */
  meanAfter: number;
  /** 1 on the first try, smaller on each retry. */
  tightening: number;
}

/**
 * balance_mean[county:level:Q] and balance_hi / balance_lo[section:Q]: the surrogate rows, soft. Their
 * excess (in teachers) costs a tenth of a teacher of standards shortfall, more than any lever: money left
 * over after the standards goes to balance, never money needed by a standard.
 */
export function addBalanceTargets(ctx: BuildContext, targets: readonly BalanceTarget[]): void {
  const { builder, weights } = ctx;
  const penalty = weights.shortfallBase * 0.1;
  for (const t of targets) {
    const sections = ctx.index.sections.filter((s) => s.school.countyCode === t.county && s.section.level === t.level && s.section.students > 0);
    const P = sections.reduce((a, s) => a + s.section.students, 0);
    if (P === 0) continue;
    const count0 = sections.reduce((a, s) => a + currentNeed(s, t.indicator), 0);
    const mean0 = (100 * count0) / P;
    const tag = `${t.county}:${t.level}:${t.indicator}`;
    const m = builder.addVariable({ name: `balance_mean_change[${tag}]`, lb: 0, ub: Infinity, integer: false, cost: 0 });
    const hires: Array<[number, number]> = [[m, 1]];
    for (const s of sections) for (const h of ctx.hiresBySection.get(s.key) ?? []) if (hireCounts(t.indicator, h)) hires.push([h.v, -1]);
    for (const s of sections) hires.push(...recallTerms(ctx, s.key, t.indicator, -1));
    builder.addConstraint('balance_mean', tag, hires, 0, 0);
    for (const s of sections) {
      const p = s.section.students;
      const x0 = (100 * currentNeed(s, t.indicator)) / p;
      const band = t.threshold * t.meanAfter * t.tightening;
      const allowed = t.kind === 'KEEP' ? Math.max(Math.abs(x0 - mean0) * t.tightening, band) : band;
      const delta = countChangeTerms(ctx, s, t.indicator);
      const key = `${s.key}:${t.indicator}`;
      for (const side of ['hi', 'lo'] as const) {
        const sign = side === 'hi' ? 1 : -1;
        const rhs = (p / 100) * (allowed - sign * (x0 - mean0));
        const e = builder.addVariable({ name: `balance_excess_${side}[${key}]`, lb: 0, ub: Infinity, integer: false, cost: penalty });
        const terms: Array<[number, number]> = [...delta.map(([v, c]) => [v, sign * c] as [number, number]), [m, (-sign * p) / P], [e, -1]];
        builder.addConstraint(`balance_${side}`, key, terms, -Infinity, rhs);
      }
    }
  }
}
