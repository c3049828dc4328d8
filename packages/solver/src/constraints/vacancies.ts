import type { BuildContext } from '../allocation-model';

/**
 * vacancy[school]: hires at a school use its vacancies (quota minus counted staff; rotations keep their
 * post at home and use none) plus, where the scenario allows, extra quota at its cost.
 */
export function addVacancies(ctx: BuildContext): void {
  const { builder, index, weights } = ctx;
  const bySchool = new Map<string, Array<[number, number]>>();
  for (const h of ctx.hires) {
    const code = h.section.school.code;
    (bySchool.get(code) ?? bySchool.set(code, []).get(code)!).push([h.v, 1]);
  }
  const extraMax = index.scenario.extraQuotaPerSchool;
  for (const [code, terms] of bySchool) {
    const school = index.schools.get(code)!;
    if (extraMax > 0) {
      const v = builder.addVariable({ name: `extra_quota[${code}]`, lb: 0, ub: extraMax, integer: true, cost: weights.cost * school.costTable.extraQuota });
      ctx.extraQuota.push({ v, school });
      terms.push([v, -1]);
    }
    builder.addConstraint('vacancy', code, terms, -Infinity, school.vacancies);
  }
}
