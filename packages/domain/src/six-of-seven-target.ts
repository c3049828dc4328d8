import { ratioAtLeastShareOf } from './exact-decimal';
import { checkSection, RESOURCE_INDICATORS, STAFFING_INDICATORS, type IndicatorCode, type SectionInput } from './indicators';
import type { SectionEvaluation } from './region-evaluation';
import type { ComplianceTarget } from './scenario';
import type { LevelStandards, SixOfSevenRule } from './standard-set';

/** The staffing indicators among the seven resource indicators: the ones a plan can change. */
export const SIX_OF_SEVEN_STAFF_INDICATORS = ['Q1', 'Q2', 'Q3'] as const;
export type SixOfSevenStaffIndicator = (typeof SIX_OF_SEVEN_STAFF_INDICATORS)[number];

/**
 * What the six-of-seven rule asks of a section's staffing, known before any plan because F1-F4 are
 * facilities (data). `judged`: the level has all seven thresholds. `mayFallShort`: how many of Q1-Q3 may
 * miss their threshold (each still reaching its floor): the rule's allowed failures minus the failing
 * facilities; 0 when a facility fails (or misses its floor) so that the rule cannot be met by staffing
 * alone, in which case every staffing check is aimed at, as under ALL_CHECKS. `floors`: the fewest
 * teachers of each kind that reach floorShare of the threshold, exactly.
 */
export interface SixOfSevenStaffTarget {
  judged: boolean;
  /** Facilities fail the rule whatever the plan does (too many failing, or one below its floor). */
  facilitiesFail: boolean;
  mayFallShort: number;
  floors: Record<SixOfSevenStaffIndicator, number | null>;
}

/** Smallest n >= 0 with n * 100 / students >= share * threshold, compared exactly. */
export function teachersForShareOfThreshold(students: number, threshold: number, share: number): number {
  if (students <= 0) return 0;
  let n = Math.max(0, Math.floor((students * threshold * share) / 100) - 2);
  while (!ratioAtLeastShareOf(n, students, 100, share, threshold)) n += 1;
  return n;
}

export function sixOfSevenStaffTarget(input: SectionInput, standards: LevelStandards, rule: SixOfSevenRule): SixOfSevenStaffTarget {
  const checks = checkSection(input, standards);
  const resource = checks.filter((c) => (RESOURCE_INDICATORS as readonly string[]).includes(c.indicator));
  const students = input.section.students;
  const thresholds: Record<SixOfSevenStaffIndicator, number | null> = { Q1: standards.qualifiedPer100Min, Q2: standards.backbonePer100Min, Q3: standards.peArtsPer100Min };
  const floors: Record<SixOfSevenStaffIndicator, number | null> = { Q1: null, Q2: null, Q3: null };
  for (const i of SIX_OF_SEVEN_STAFF_INDICATORS) {
    const t = thresholds[i];
    floors[i] = t === null ? null : teachersForShareOfThreshold(students, t, rule.floorShare);
  }
  if (resource.length < RESOURCE_INDICATORS.length || students <= 0) return { judged: false, facilitiesFail: false, mayFallShort: 0, floors };
  const allowed = RESOURCE_INDICATORS.length - rule.minPassing;
  const failingFacilities = resource.filter((c) => c.indicator.startsWith('F') && !c.passes);
  const ratio = (code: string): [number, number, number] => {
    const f = input.facilities;
    const s = input.schoolStudents;
    return code === 'F1' ? [f.floorAreaM2, s, 1] : code === 'F2' ? [f.sportsAreaM2, s, 1] : code === 'F3' ? [f.equipmentYuan, s, 1] : [f.multimediaRooms, s, 100];
  };
  const belowFloor = failingFacilities.some((c) => {
    const [num, den, scale] = ratio(c.indicator);
    return !(den > 0 && ratioAtLeastShareOf(num, den, scale, rule.floorShare, c.threshold));
  });
  const facilitiesFail = belowFloor || failingFacilities.length > allowed;
  return { judged: true, facilitiesFail, mayFallShort: facilitiesFail ? 0 : allowed - failingFacilities.length, floors };
}

/**
 * The staffing checks a section fails after a plan that count against the scenario's target: every
 * failing one under ALL_CHECKS; under SIX_OF_SEVEN, R, C and B, plus the failing Qs when the section does
 * not meet the six-of-seven rule (a Q that falls short within the rule is no shortfall). The checker
 * and the solver's shortfall report both use it.
 */
export function failuresUnderTarget(section: Pick<SectionEvaluation, 'checks' | 'sixOfSeven'>, target: ComplianceTarget): IndicatorCode[] {
  const staffing = section.checks.filter((c) => (STAFFING_INDICATORS as readonly string[]).includes(c.indicator));
  if (target === 'SIX_OF_SEVEN' && section.sixOfSeven.meets !== null) {
    const failing = staffing.filter((c) => !c.passes && (c.indicator === 'R' || c.indicator === 'C' || c.indicator === 'B')).map((c) => c.indicator);
    return section.sixOfSeven.meets ? failing : [...failing, ...section.sixOfSeven.failing.filter((i) => i === 'Q1' || i === 'Q2' || i === 'Q3')];
  }
  return staffing.filter((c) => !c.passes).map((c) => c.indicator);
}
