import type { BuildContext, FlowVar } from '../allocation-model';
import { typeLabel } from '../teacher-types';

/** supply[section:type]: a donor section sends at most its movable teachers of each type, over all arcs
 * (written even for a single arc, so that the flows' upper bounds follow from the rows). */
export function addSupply(ctx: BuildContext): void {
  for (const [key, flows] of ctx.outFlows) {
    const byType = new Map<number, FlowVar[]>();
    for (const f of flows) (byType.get(f.type) ?? byType.set(f.type, []).get(f.type)!).push(f);
    for (const [type, list] of byType) {
            const supply = list[0]!.arc.donor.movable[type]!.length;
      ctx.builder.addConstraint('supply', `${key}:${typeLabel(type)}`, list.map((f) => [f.v, 1] as [number, number]), -Infinity, supply);
    }
  }
}
