import { decimalToFraction } from '@junheng/domain';
import type { BuildContext } from '../allocation-model';
import { shortfallPenalty } from '../objective-weights';
import { typeFlags } from '../teacher-types';

/**
 * rotation_quota[county]: the county rotates at least quotaShareOfEligible of its eligible teachers
 * (penalised shortfall unless full compliance). backbone_share[county]: backbone teachers are at least
 * backboneShareOfRotating of those who rotate, written with whole coefficients (0.2 = 2/10:
 * 10·backbone - 2·all >= 0) so that it is exact. Always hard: rotating fewer always satisfies it.
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
      builder.addConstraint('backbone_share', county, flows.map((f) => [f.v, (typeFlags(f.type).backbone ? den : 0) - num] as [number, number]), 0, Infinity);
    }
  }
}
