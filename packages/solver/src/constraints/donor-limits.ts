import type { BuildContext } from '../allocation-model';

/**
 * donor_cap[school]: a donor school sends at most donorMaxLossShare of its counted teachers (all its
 * sections together). That the donor keeps its own standards is in `section-standards.ts` (donor_*).
 */
export function addDonorLimits(ctx: BuildContext): void {
  const bySchool = new Map<string, Array<[number, number]>>();
  let supplyBySchool = new Map<string, number>();
  for (const [, flows] of ctx.outFlows) {
    for (const f of flows) {
      const code = f.arc.donor.school.code;
      (bySchool.get(code) ?? bySchool.set(code, []).get(code)!).push([f.v, 1]);
    }
  }
  supplyBySchool = new Map();
  for (const s of ctx.index.sections) {
    const n = s.movable.reduce((a, l) => a + l.length, 0);
    supplyBySchool.set(s.school.code, (supplyBySchool.get(s.school.code) ?? 0) + n);
  }
  for (const [code, terms] of bySchool) {
    const cap = ctx.index.schools.get(code)!.maxLoss;
    if ((supplyBySchool.get(code) ?? 0) <= cap && terms.length === 1) continue;
    ctx.builder.addConstraint('donor_cap', code, terms, -Infinity, cap);
  }
}
