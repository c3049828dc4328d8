import type { BuildContext, FlowVar, HireVar } from '../allocation-model';
import { shortfallPenalty } from '../objective-weights';
import { currentNeed, STAFF_INDICATORS, type SectionInfo, type StaffIndicator } from '../region-index';
import { typeFlags, type TeacherType } from '../teacher-types';
import { recallTerms } from '../variables/recall-variables';
import { sixOfSevenRelief } from './six-of-seven';

export function typeCounts(indicator: StaffIndicator, type: TeacherType): boolean {
  const f = typeFlags(type);
  return indicator === 'Q1' ? f.qualified : indicator === 'Q2' ? f.backbone : indicator === 'Q3' ? f.peArts : true;
}

export function hireCounts(indicator: StaffIndicator, hire: Pick<HireVar, 'qualified' | 'group'>): boolean {
  return indicator === 'Q1' ? hire.qualified : indicator === 'Q2' ? false : indicator === 'Q3' ? hire.group === 'PE_ARTS' : true;
}

/** Change in the count an indicator looks at: inflows, hires and recalls minus outflows. */
export function countChangeTerms(ctx: BuildContext, section: SectionInfo, indicator: StaffIndicator): Array<[number, number]> {
  const terms: Array<[number, number]> = [];
  const add = (flows: FlowVar[] | undefined, sign: number) => {
    for (const f of flows ?? []) if (typeCounts(indicator, f.type)) terms.push([f.v, sign]);
  };
  add(ctx.inFlows.get(section.key), 1);
  add(ctx.outFlows.get(section.key), -1);
  for (const h of ctx.hiresBySection.get(section.key) ?? []) if (hireCounts(indicator, h)) terms.push([h.v, 1]);
  terms.push(...recallTerms(ctx, section.key, indicator, 1));
  return terms;
}

/**
 * q1_min, q2_min, q3_min, r_min[section]: after the plan, the section has the teachers of each kind its
 * standards need, or a penalised shortfall says how many are missing (none in full-compliance mode).
 * With the SIX_OF_SEVEN target a failing Q may be held to its floor instead (`six-of-seven.ts`).
 * donor_q1 ... donor_r[section]: a section that sends teachers keeps every check it passed (hard), and
 * donor_keep_*: makes no failing check worse.
 */
export function addSectionStandards(ctx: BuildContext): void {
  const { builder, options, weights } = ctx;
  const relief = sixOfSevenRelief(ctx);
  for (const section of ctx.index.sections) {
    // A level out of the scenario's scope is not planned: no flows, hires or rows.
    if (!section.inScope) continue;
    const isDonor = (ctx.outFlows.get(section.key)?.length ?? 0) > 0;
    const r = relief.get(section.key);
    for (const indicator of STAFF_INDICATORS) {
      const need = section.need[indicator];
      if (need === null || need <= 0) continue;
      const current = currentNeed(section, indicator);
      const family = indicator.toLowerCase();
      const terms = countChangeTerms(ctx, section, indicator);
      const rhsFull = need - current;
      if (rhsFull <= 0) {
        if (isDonor) builder.addConstraint(`donor_${family}`, section.key, terms, rhsFull, Infinity);
        continue;
      }
      const floor = indicator === 'R' ? null : (r?.floors[indicator] ?? null);
      const binary = indicator === 'R' ? undefined : r?.binaries.get(indicator);
      const relaxed = indicator !== 'R' && r?.relaxed.has(indicator) === true && floor !== null;
      const rhs = relaxed ? floor! - current : rhsFull;
      if (isDonor && (relaxed || binary !== undefined)) builder.addConstraint(`donor_keep_${family}`, section.key, terms, 0, Infinity);
      if (rhs <= 0) continue;
      const rowTerms = [...terms];
      if (binary !== undefined && floor !== null) rowTerms.push([binary, need - Math.min(need, floor)]);
      if (!options.hard) {
        const v = builder.addVariable({
          name: `shortfall[${section.key}:${indicator}]`,
          lb: 0,
          ub: rhs,
          integer: false,
          // At most the whole gap: a donor that fails a check may not make it worse (net of its hires).
          ubImplied: !isDonor,
          cost: shortfallPenalty(weights, indicator, section.section.students),
        });
        ctx.shortfalls.push({ v, section, county: section.school.countyCode, indicator });
        rowTerms.push([v, 1]);
      }
      const row = builder.addConstraint(`${family}_min`, section.key, rowTerms, rhs, Infinity);
      // Nothing can change this count (no hire room, no donor): in full-compliance mode it cannot hold.
      if (row === null) ctx.emptyInfeasible.push(`${family}_min[${section.key}]`);
    }
  }
}
