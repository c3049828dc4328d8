import { decimalToFraction } from './exact-decimal';

/**
 * Whole-teacher limits of the rotation rules, computed exactly from decimal shares
 * (10% of 35 eligible is 3.5, so 4 must rotate; 15% of 20 teachers is 3, so 3 may leave).
 */

/** Largest n with n <= share * total. */
export function floorShareOf(total: number, share: number): number {
  if (total <= 0 || share <= 0) return 0;
  const f = decimalToFraction(share);
  return Number((BigInt(total) * f.num) / f.den);
}

/** Smallest n with n >= share * total. */
export function ceilShareOf(total: number, share: number): number {
  if (total <= 0 || share <= 0) return 0;
  const f = decimalToFraction(share);
  return Number((BigInt(total) * f.num + f.den - 1n) / f.den);
}

/** Most teachers a donor school with `teachers` counted teachers may send in one year. */
export function maxDonorLoss(teachers: number, donorMaxLossShare: number): number {
  return floorShareOf(teachers, donorMaxLossShare);
}

/** Fewest teachers a county with `eligible` eligible teachers must rotate in one year. */
export function rotationQuotaNeeded(eligible: number, quotaShareOfEligible: number): number {
  return ceilShareOf(eligible, quotaShareOfEligible);
}

/** Fewest backbone teachers among `rotating` rotating teachers. */
export function backboneRotationsNeeded(rotating: number, backboneShareOfRotating: number): number {
  return ceilShareOf(rotating, backboneShareOfRotating);
}
