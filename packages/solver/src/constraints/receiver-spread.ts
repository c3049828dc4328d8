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

/**
 * spread[receiver]: inflow - excess <= free inflow, the excess priced at `perExcessInflow` a teacher.
 * Quota-fill rotations then spread over the receiving schools instead of piling into the nearest few;
 * the price is far below the quota's penalty, so the quota itself never gives way to it.
 */
export function addReceiverSpread(ctx: BuildContext): void {
  const { builder, weights } = ctx;
  for (const [key, flows] of ctx.inFlows) {
    const section = ctx.index.sectionByKey.get(key)!;
    const free = receiverFreeInflow(section);
    const supply = flows.reduce((a, f) => a + ctx.builder.variable(f.v).ub, 0);
    if (supply <= free) continue;
    const v = builder.addVariable({ name: `spread_excess[${key}]`, lb: 0, ub: Infinity, integer: false, cost: weights.perExcessInflow });
    builder.addConstraint('spread', key, [...flows.map((f) => [f.v, 1] as [number, number]), [v, -1]], -Infinity, free);
  }
}
