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
}

const INDICATOR_FACTOR: Record<ShortfallIndicator, number> = { R: 1.3, Q1: 1.2, Q3: 1.1, Q2: 1.0, ROTATION_QUOTA: 1.0, BACKBONE_SHARE: 1.0 };

export function resolveWeights(region: Pick<RegionData, 'costTables'>, scenario: Pick<ScenarioParameters, 'weights'>): ObjectiveWeightsResolved {
  let dearest = 0;
  for (const t of region.costTables) {
    const hire = Math.max(0, ...t.hire.map((h) => h.amount)) + t.extraQuota;
    const rotation = t.rotationAllowance + Math.max(0, ...t.transport.map((b) => b.amount));
    dearest = Math.max(dearest, hire, rotation, t.classroom ?? 0);
  }
  const w = scenario.weights;
  return {
    shortfallBase: w?.shortfall ?? Math.max(100_000, 10 * dearest),
    cost: w?.cost ?? 1,
    distancePerKm: w?.distance ?? 10,
    perExtraClass: 1,
    perExcessInflow: 5_000 * (w?.cost ?? 1),
  };
}

export function shortfallPenalty(weights: ObjectiveWeightsResolved, indicator: ShortfallIndicator, students: number): number {
  return weights.shortfallBase * INDICATOR_FACTOR[indicator] * (1 + students / 1000);
}

/** Per class that C or B needs and the plan does not add: a little above a teacher short of R. */
export function splitShortPenalty(weights: ObjectiveWeightsResolved, students: number): number {
  return weights.shortfallBase * 1.4 * (1 + students / 1000);
}
