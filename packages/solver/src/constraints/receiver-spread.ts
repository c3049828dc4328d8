import type { BuildContext } from '../allocation-model';
import { currentNeed, STAFF_INDICATORS, type SectionInfo } from '../region-index';

/**
 * Rotations a receiving section takes before the spread penalty applies: its largest teacher gap (what
 * its own standards ask for) plus one. Rotations beyond it only serve the county quota.
 */
export function receiverFreeInflow(section: SectionInfo): number {
  let gap = 0;
  for (const indicator of STAFF_INDICATORS) {
    const need = section.need[indicator];
    if (need !== null) gap = Math.max(gap, need - currentNeed(section, indicator));
  }
  return gap + 1;
}

/** Price tiers of the excess inflow (each `free` teachers wide, the last unbounded). */
const SPREAD_TIERS = 4;

/**
 * spread[receiver]: inflow - Σ spread_excess_t <= free inflow. The excess is priced in tiers, each as
 * wide as the free inflow: the t-th tier costs t·`perExcessInflow` a teacher, the last is unbounded. A
 * rising price, so quota-fill rotations spread over the receiving schools instead of piling into the
 * nearest one (with a flat price, one school taking them all cost the same as each taking a few). Every
 * tier is far below the quota's penalty, so the quota itself never gives way to them: where a level has
 * few receivers within reach (junior sections), the quota still piles into them.
 */
export function addReceiverSpread(ctx: BuildContext): void {
  const { builder, weights } = ctx;
  for (const [key, flows] of ctx.inFlows) {
    const section = ctx.index.sectionByKey.get(key)!;
    const free = receiverFreeInflow(section);
    const supply = flows.reduce((a, f) => a + ctx.builder.variable(f.v).ub, 0);
    if (supply <= free) continue;
    const terms: Array<[number, number]> = flows.map((f) => [f.v, 1]);
    for (let t = 1; t <= SPREAD_TIERS; t++) {
      const v = builder.addVariable({ name: `spread_excess_${t}[${key}]`, lb: 0, ub: t < SPREAD_TIERS ? free : Infinity, integer: false, cost: t * weights.perExcessInflow });
      terms.push([v, -1]);
    }
    builder.addConstraint('spread', key, terms, -Infinity, free);
  }
}
