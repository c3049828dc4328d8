import type { BuildContext } from '../allocation-model';

/**
 * post_balance[county]: posts moved into the county's schools equal posts moved out of them (the county's
 * total quota is kept). The senders' limits are the columns' bounds; what each school does with the
 * posts is in its vacancy row (`vacancies.ts`).
 */
export function addPostTransferBalance(ctx: BuildContext): void {
  const byCounty = new Map<string, Array<[number, number]>>();
  for (const m of ctx.postMoves) {
    const county = m.school.school.countyCode;
    (byCounty.get(county) ?? byCounty.set(county, []).get(county)!).push([m.v, m.direction === 'IN' ? 1 : -1]);
  }
  for (const [county, terms] of byCounty) ctx.builder.addConstraint('post_balance', county, terms, 0, 0);
  addSenderVacancies(ctx);
}

/**
 * post_out_vacant[school]: a sender moves only posts that stay vacant after its own hires and recalls
 * (extra quota at the sender never pays for a post it sends).
 */
function addSenderVacancies(ctx: BuildContext): void {
  for (const m of ctx.postMoves) {
    if (m.direction !== 'OUT') continue;
    const code = m.school.school.code;
    const terms: Array<[number, number]> = [[m.v, 1]];
    for (const h of ctx.hires) if (h.section.school.code === code) terms.push([h.v, 1]);
    for (const r of ctx.recalls) if (r.section.school.code === code) terms.push([r.v, 1]);
    ctx.builder.addConstraint('post_out_vacant', code, terms, -Infinity, m.school.vacancies);
  }
}
