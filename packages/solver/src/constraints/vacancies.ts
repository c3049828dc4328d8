import type { BuildContext } from '../allocation-model';
import { POST_MOVE_TIE_BREAK } from '../variables/post-transfer-variables';

/** Objective price of a post of extra quota above any post transfer: 增编 is the last resort. */
export const EXTRA_QUOTA_LAST_RESORT = 10 * POST_MOVE_TIE_BREAK;

/**
 * vacancy[school]: hires and recalls at a school use its vacancies (quota minus counted staff; rotations
 * keep their post at home and use none; a teacher on loan holds none until recalled), plus posts moved in,
 * minus posts moved out (`post-transfers.ts`), plus, where the scenario allows, extra quota at its cost.
 * Where posts may move, extra quota is priced above a transfer, so it comes last.
 */
export function addVacancies(ctx: BuildContext): void {
  const { builder, index, weights } = ctx;
  const bySchool = new Map<string, Array<[number, number]>>();
  const fills = new Set<string>();
  const add = (code: string, v: number, coef: number) => (bySchool.get(code) ?? bySchool.set(code, []).get(code)!).push([v, coef]);
  for (const h of ctx.hires) {
    add(h.section.school.code, h.v, 1);
    fills.add(h.section.school.code);
  }
  for (const r of ctx.recalls) {
    add(r.section.school.code, r.v, 1);
    fills.add(r.section.school.code);
  }
  for (const m of ctx.postMoves) add(m.school.school.code, m.v, m.direction === 'OUT' ? 1 : -1);
  const extraMax = index.scenario.extraQuotaPerSchool;
  const lastResort = index.scenario.allowPostTransfers === false ? 0 : weights.cost * index.standards.postTransfer.costPerPost + EXTRA_QUOTA_LAST_RESORT;
  for (const [code, terms] of bySchool) {
    const school = index.schools.get(code)!;
    if (extraMax > 0 && fills.has(code)) {
      const v = builder.addVariable({ name: `extra_quota[${code}]`, lb: 0, ub: extraMax, integer: true, cost: weights.cost * school.costTable.extraQuota + lastResort });
      ctx.extraQuota.push({ v, school });
      terms.push([v, -1]);
    }
    builder.addConstraint('vacancy', code, terms, -Infinity, school.vacancies);
  }
}
