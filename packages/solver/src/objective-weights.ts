import type { RegionData, ScenarioParameters } from '@junheng/domain';
import type { StaffIndicator } from './region-index';

export type ShortfallIndicator = StaffIndicator | 'ROTATION_QUOTA' | 'BACKBONE_SHARE';

/**
 * Objective weights. Shortfall comes first: by default a teacher of shortfall costs ten times the
 * dearest single lever (hire plus extra quota, or a rotation), so no saving ever buys a shortfall;
 * then yearly cost (yuan); then distance moved, as a tie-breaker (yuan-equivalent per km).
 * Indicators get distinct factors so that near-ties are ordered (R, then Q1, Q3, Q2), and bigger
 * sections weigh more (students affected).
 */
export interface ObjectiveWeightsResolved {
  shortfallBase: number;
  cost: number;
  distancePerKm: number;
  /** Per extra class: a tie-breaker that keeps splits to what C and B need. */
  perExtraClass: number;
  /** Per rotation a receiving section takes beyond its own need plus one (spreads quota-fill rotations). */
  perExcessInflow: number;
  /**
   * Per teacher the county's rotation quota misses (and per backbone teacher the share misses): enough
   * that every rotation the donors allow is made when money allows (twice the dearest rotation, so 0.8 of
   * it, net of the backbone share, still pays), yet a quota-only rotation is worth less per yuan than a
   * hire closing a staffing gap (a teacher short costs at least `shortfallBase`, a hire at most the
   * dearest hire lever: `shortfallBase · cheapest rotation / dearest hire` per quota teacher). With a
   * tight budget the money goes to the gaps first and the quota takes what is left.
   */
  quotaTeacher: number;
}

const INDICATOR_FACTOR: Record<ShortfallIndicator, number> = { R: 1.3, Q1: 1.2, Q3: 1.1, Q2: 1.0, ROTATION_QUOTA: 1.0, BACKBONE_SHARE: 1.0 };

export function resolveWeights(region: Pick<RegionData, 'costTables'>, scenario: Pick<ScenarioParameters, 'weights'>): ObjectiveWeightsResolved {
  let dearest = 0;
  let dearestHire = 0;
  let dearestRotation = 0;
  let cheapestRotation = Infinity;
  for (const t of region.costTables) {
    const hire = Math.max(0, ...t.hire.map((h) => h.amount)) + t.extraQuota;
    const rotation = t.rotationAllowance + Math.max(0, ...t.transport.map((b) => b.amount));
    dearest = Math.max(dearest, hire, rotation, t.classroom ?? 0);
    dearestHire = Math.max(dearestHire, hire);
    dearestRotation = Math.max(dearestRotation, rotation);
    cheapestRotation = Math.min(cheapestRotation, t.rotationAllowance + (t.transport.length > 0 ? Math.min(...t.transport.map((b) => b.amount)) : 0));
  }
  const w = scenario.weights;
  const shortfallBase = w?.shortfall ?? Math.max(100_000, 10 * dearest);
  const perYuanOfGaps = dearestHire > 0 && Number.isFinite(cheapestRotation) ? (shortfallBase * cheapestRotation) / dearestHire : shortfallBase;
  return {
    shortfallBase,
    quotaTeacher: Math.min(shortfallBase, Math.max(2 * dearestRotation * (w?.cost ?? 1), perYuanOfGaps)),
    cost: w?.cost ?? 1,
    distancePerKm: w?.distance ?? 10,
    perExtraClass: 1,
    perExcessInflow: 5_000 * (w?.cost ?? 1),
  };
}

export function shortfallPenalty(weights: ObjectiveWeightsResolved, indicator: ShortfallIndicator, students: number): number {
  if (indicator === 'ROTATION_QUOTA' || indicator === 'BACKBONE_SHARE') return weights.quotaTeacher * INDICATOR_FACTOR[indicator];
  return weights.shortfallBase * INDICATOR_FACTOR[indicator] * (1 + students / 1000);
}

/** Per class that C or B needs and the plan does not add: a little above a teacher short of R. */
export function splitShortPenalty(weights: ObjectiveWeightsResolved, students: number): number {
  return weights.shortfallBase * 1.4 * (1 + students / 1000);
}
