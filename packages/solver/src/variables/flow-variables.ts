import type { BuildContext } from '../allocation-model';
import { TEACHER_TYPE_COUNT, typeLabel } from '../teacher-types';

/**
 * flow[donor>receiver:type]: teachers of a type rotating along a candidate arc, up to the donor's movable
 * supply. No flow goes into a section of a level out of the scenario's scope.
 */
export function addFlowVariables(ctx: BuildContext): void {
  const { builder, weights, options } = ctx;
  for (const arc of ctx.arcs) {
    if (!arc.receiver.inScope) continue;
    for (let type = 0; type < TEACHER_TYPE_COUNT; type++) {
      const supply = arc.donor.movable[type]!.length;
      if (supply === 0) continue;
      const v = builder.addVariable({
        name: `flow[${arc.donor.key}>${arc.receiver.key}:${typeLabel(type)}]`,
        lb: 0,
        ub: Math.min(supply, ctx.index.schools.get(arc.donor.school.code)!.maxLoss),
        integer: options.integerFlows,
        ubImplied: true,
        cost: weights.cost * (arc.rotationCost + arc.transportCost) + weights.distancePerKm * arc.km,
      });
      const flow = { v, arc, type };
      ctx.flows.push(flow);
      (ctx.outFlows.get(arc.donor.key) ?? ctx.outFlows.set(arc.donor.key, []).get(arc.donor.key)!).push(flow);
      (ctx.inFlows.get(arc.receiver.key) ?? ctx.inFlows.set(arc.receiver.key, []).get(arc.receiver.key)!).push(flow);
    }
  }
}
