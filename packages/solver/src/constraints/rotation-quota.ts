import { decimalToFraction } from '@junheng/domain';
import type { BuildContext } from '../allocation-model';
import { shortfallPenalty } from '../objective-weights';
import { typeFlags } from '../teacher-types';

/**
 * rotation_quota[county]: the county rotates at least quotaShareOfEligible of its eligible teachers.
 * backbone_share[county]: backbone teachers are at least backboneShareOfRotating of those who rotate,
 * written with whole coefficients (0.2 = 2/10: 10·backbone - 2·all + 10·short >= 0) so that it is exact;
 * `short` counts backbone teachers missing.
 *
 * CHEAPEST_FULL_COMPLIANCE: both hard. BEST_WITHIN_BUDGET: both penalised, neither caps the other.
 * A rotation towards the quota saves the quota penalty P and raises the backbone gap by at most
 * num/den (0.2) of a teacher, priced at P as well: every rotation the donors allow is worth 0.8·P, above
 * any rotation's cost, so the quota is met wherever donors allow and money remains, a backbone teacher
 * (who also closes 0.8 of the backbone gap) is preferred, and a remaining backbone gap is reported in
 * teachers. P (`quotaTeacher` in objective-weights.ts) is below what a yuan buys in staffing gaps, so
 * under a tight budget quota-only rotations do not crowd out the hires that close gaps.
 */
export function addRotationQuota(ctx: BuildContext): void {
  const { builder, index, options, weights } = ctx;
  const share = decimalToFraction(index.standards.rotation.backboneShareOfRotating);
  for (const county of index.counties) {
    const flows = ctx.flows.filter((f) => f.arc.donor.school.countyCode === county);
    const quota = index.quotaByCounty.get(county) ?? 0;
    if (quota > 0) {
      const terms: Array<[number, number]> = flows.map((f) => [f.v, 1]);
      if (!options.hard) {
        const v = builder.addVariable({ name: `shortfall[${county}:ROTATION_QUOTA]`, lb: 0, ub: quota, integer: false, ubImplied: true, cost: shortfallPenalty(weights, 'ROTATION_QUOTA', 0) });
        ctx.shortfalls.push({ v, section: null, county, indicator: 'ROTATION_QUOTA' });
        terms.push([v, 1]);
      }
      const row = builder.addConstraint('rotation_quota', county, terms, quota, Infinity);
      if (row === null) ctx.emptyInfeasible.push(`rotation_quota[${county}]`);
    }
    if (flows.length > 0 && share.num > 0n) {
      const den = Number(share.den);
      const num = Number(share.num);
      const terms = flows.map((f) => [f.v, (typeFlags(f.type).backbone ? den : 0) - num] as [number, number]);
      if (!options.hard) {
        const v = builder.addVariable({ name: `shortfall[${county}:BACKBONE_SHARE]`, lb: 0, ub: Infinity, integer: false, cost: shortfallPenalty(weights, 'BACKBONE_SHARE', 0) });
        ctx.shortfalls.push({ v, section: null, county, indicator: 'BACKBONE_SHARE' });
        terms.push([v, den]);
      }
      builder.addConstraint('backbone_share', county, terms, 0, Infinity);
    }
  }
}
