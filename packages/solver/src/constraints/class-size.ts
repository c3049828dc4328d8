import { recallTerms } from '../variables/recall-variables';
import type { BuildContext } from '../allocation-model';
import { splitShortPenalty } from '../objective-weights';

/**
 * extra_classes[section]: classes added so that C and B pass (students spread evenly over the classes
 * after the split), up to what they need. In full-compliance mode all of them (`classes_min`); otherwise
 * each class not added is penalised like a teacher short, so a split is proposed only where its room and
 * teaching time can be had (class_short[section], penalised). Sections of levels out of the scenario's
 * scope get none.
 *
 * split_time[section]: the extra classes' weekly periods come from the section's spare periods, hires
 * into it and teachers rotating in (minus those rotating out):
 *   perClass·extra - perTeacher·(hires + in - out) <= spare.
 *
 * split_rooms[school]: the school's added classes fit in its spare classrooms plus the classrooms built
 * (classrooms_built[school], at the cost table's 新增教室 cost; none without it).
 */
export function addClassSize(ctx: BuildContext): void {
  const { builder, weights, options } = ctx;
  const bySchool = new Map<string, Array<[number, number]>>();
  for (const section of ctx.index.sections) {
    const extra = section.classesNeeded - section.section.classes;
    if (extra <= 0 || !section.inScope) continue;
    const v = builder.addVariable({ name: `extra_classes[${section.key}]`, lb: 0, ub: extra, integer: true, cost: weights.perExtraClass });
    ctx.splits.push({ v, section, needed: extra });
    const rowTerms: Array<[number, number]> = [[v, 1]];
    if (!options.hard) {
      // A positive shortfall like every other one (not a reward on the split): the objective, and so the
      // relative gap, is not deflated by the classes a plan adds.
      const short = builder.addVariable({ name: `class_short[${section.key}]`, lb: 0, ub: extra, integer: false, ubImplied: true, cost: splitShortPenalty(weights, section.section.students) });
      rowTerms.push([short, 1]);
    }
    builder.addConstraint('classes_min', section.key, rowTerms, extra, Infinity);
    const periods = ctx.index.standards.teachingPeriods[section.section.level];
    const terms: Array<[number, number]> = [[v, periods.perClass]];
    for (const h of ctx.hiresBySection.get(section.key) ?? []) terms.push([h.v, -periods.perTeacher]);
    terms.push(...recallTerms(ctx, section.key, null, -periods.perTeacher));
    for (const f of ctx.inFlows.get(section.key) ?? []) terms.push([f.v, -periods.perTeacher]);
    for (const f of ctx.outFlows.get(section.key) ?? []) terms.push([f.v, periods.perTeacher]);
    builder.addConstraint('split_time', section.key, terms, -Infinity, section.sparePeriods);
    const code = section.school.code;
    (bySchool.get(code) ?? bySchool.set(code, []).get(code)!).push([v, 1]);
  }
  for (const [code, terms] of bySchool) {
    const school = ctx.index.schools.get(code)!;
    if (school.classroomCost !== null) {
      const v = builder.addVariable({ name: `classrooms_built[${code}]`, lb: 0, ub: Infinity, integer: true, cost: weights.cost * school.classroomCost });
      ctx.classrooms.push({ v, school, unitCost: school.classroomCost });
      terms.push([v, -1]);
    }
    builder.addConstraint('split_rooms', code, terms, -Infinity, school.spareClassrooms);
  }
}
