import { sixOfSevenStaffTarget, studentsBySchool, type SixOfSevenStaffIndicator } from '@junheng/domain';
import type { BuildContext } from '../allocation-model';
import { currentNeed, type SectionInfo, type StaffIndicator } from '../region-index';

/**
 * How the six-of-seven target relaxes a section's Q1-Q3 rows (scenario target SIX_OF_SEVEN only).
 * F1-F4 are data, so which of them fail is known before solving: a section that may let one staffing
 * indicator fall short (to >= 85% of its threshold) gets, for each failing Q, either its floor as the
 * target (when no more Qs fail than may fall short: a plan never makes a passing Q fail) or a binary
 * `may_fall_short[section:Q]` choosing which one, at most `mayFallShort` of them.
 */
export interface SectionRelief {
  /** Teachers of the kind the relaxed target needs, counted from zero (the floor). */
  floors: Record<SixOfSevenStaffIndicator, number | null>;
  /** Indicators relaxed outright to their floor. */
  relaxed: Set<StaffIndicator>;
  /** Binary per indicator that may be relaxed, when a choice is needed. */
  binaries: Map<StaffIndicator, number>;
}

export function sixOfSevenRelief(ctx: BuildContext): Map<string, SectionRelief> {
  const out = new Map<string, SectionRelief>();
  const { index, builder } = ctx;
  if (index.scenario.target !== 'SIX_OF_SEVEN') return out;
  const enrolment = studentsBySchool(index.region.sections);
  for (const s of index.sections) {
    const target = sixOfSevenStaffTarget(
      { section: s.section, staff: s.staff, facilities: s.school.facilities, schoolStudents: enrolment.get(s.school.code) ?? 0 },
      s.standards,
      index.standards.sixOfSeven,
    );
    if (!target.judged || target.mayFallShort <= 0) continue;
    const failing = (['Q1', 'Q2', 'Q3'] as const).filter((i) => failsBefore(s, i));
    if (failing.length === 0) continue;
    const relief: SectionRelief = { floors: target.floors, relaxed: new Set(), binaries: new Map() };
    if (failing.length <= target.mayFallShort) {
      for (const i of failing) relief.relaxed.add(i);
    } else {
      const terms: Array<[number, number]> = [];
      for (const i of failing) {
        const v = builder.addVariable({ name: `may_fall_short[${s.key}:${i}]`, lb: 0, ub: 1, integer: true, cost: 0 });
        relief.binaries.set(i, v);
        terms.push([v, 1]);
      }
      builder.addConstraint('six_of_seven', s.key, terms, -Infinity, target.mayFallShort);
    }
    out.set(s.key, relief);
  }
  return out;
}

function failsBefore(s: SectionInfo, i: StaffIndicator): boolean {
  const need = s.need[i];
  return need !== null && need > currentNeed(s, i);
}
