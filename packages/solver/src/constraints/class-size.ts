import type { BuildContext } from '../allocation-model';

/**
 * classes_min[section]: extra classes (integer) so that C and B pass, students spread evenly over the
 * classes after the split (a section with `classesAfter` classes has classes of at most
 * ceil(students / classesAfter)). Always attainable, so never penalised.
 */
export function addClassSize(ctx: BuildContext): void {
  const { builder, weights } = ctx;
  for (const section of ctx.index.sections) {
    const extra = section.classesNeeded - section.section.classes;
    if (extra <= 0) continue;
    const v = builder.addVariable({ name: `extra_classes[${section.key}]`, lb: 0, ub: Infinity, integer: true, cost: weights.perExtraClass });
    ctx.splits.push({ v, section });
    builder.addConstraint('classes_min', section.key, [[v, 1]], extra, Infinity);
  }
}
