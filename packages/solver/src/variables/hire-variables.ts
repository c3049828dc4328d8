import { hireableEducations, hireCost, isQualifiedFor, MissingCostError, type Education } from '@junheng/domain';
import type { BuildContext, HireVar } from '../allocation-model';
import type { SectionInfo } from '../region-index';
import { postRoomIn } from './post-transfer-variables';

/**
 * Cheapest education of each kind (qualified for the level or not) in the cost table of the school's area,
 * among those at or above the level's hire minimum (any, when the scenario allows hires below it).
 */
function cheapest(ctx: BuildContext, section: SectionInfo, qualified: boolean): { education: Education; unitCost: number } | null {
  const table = ctx.index.schools.get(section.school.code)!.costTable;
  let best: { education: Education; unitCost: number } | null = null;
  for (const education of hireableEducations(section.section.level, ctx.index.standards, ctx.index.scenario)) {
    if (isQualifiedFor(education, section.standards) !== qualified) continue;
    let unitCost: number;
    try {
      unitCost = hireCost(table, section.school.area, education);
    } catch (e) {
      if (e instanceof MissingCostError) continue;
      throw e;
    }
    if (!best || unitCost < best.unitCost) best = { education, unitCost };
  }
  return best;
}

/**
 * hire[section:group:education]: new teachers at a section. Only the cheapest qualified education and,
 * when cheaper, the cheapest unqualified one (it helps R only) are offered: any other is dominated.
 * PE/arts hires are offered where Q3 is judged. Sections of levels out of the scenario's scope get none.
 */
export function addHireVariables(ctx: BuildContext): void {
  const { builder, weights, index } = ctx;
  for (const section of index.sections) {
    if (section.section.students <= 0 || !section.inScope) continue;
    const room = index.schools.get(section.school.code)!.vacancies + index.scenario.extraQuotaPerSchool + postRoomIn(ctx, section.school.code);
    if (room <= 0) continue;
    const qualified = cheapest(ctx, section, true);
    const unqualified = cheapest(ctx, section, false);
    const menu = [qualified && { ...qualified, qualified: true }, unqualified && (!qualified || unqualified.unitCost < qualified.unitCost) && { ...unqualified, qualified: false }].filter(
      (m): m is { education: Education; unitCost: number; qualified: boolean } => Boolean(m),
    );
    const groups = section.need.Q3 !== null ? (['CORE', 'PE_ARTS'] as const) : (['CORE'] as const);
    for (const group of groups) {
      for (const item of menu) {
        const v = builder.addVariable({
          name: `hire[${section.key}:${group}:${item.education}]`,
          lb: 0,
          ub: room,
          integer: true,
          ubImplied: true,
          cost: weights.cost * item.unitCost + (group === 'PE_ARTS' ? 1 : 0),
        });
        const hire: HireVar = { v, section, group, education: item.education, qualified: item.qualified, unitCost: item.unitCost };
        ctx.hires.push(hire);
        (ctx.hiresBySection.get(section.key) ?? ctx.hiresBySection.set(section.key, []).get(section.key)!).push(hire);
      }
    }
  }
}
