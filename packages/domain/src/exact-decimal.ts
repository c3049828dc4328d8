/**
 * Exact comparisons of ratios against decimal thresholds. Binary floating point must never
 * fail a section that meets a standard exactly (9 PE teachers for 1,000 students is 0.9 per 100),
 * so thresholds and measured values are turned into integer fractions and cross-multiplied.
 */

export interface Fraction {
  num: bigint;
  den: bigint;
}

const SMALL_INTEGERS: readonly Fraction[] = Array.from({ length: 4096 }, (_, i) => Object.freeze({ num: BigInt(i), den: 1n }));
// Thresholds and facility figures repeat across every section: their fractions are kept.
const KEPT = new Map<number, Fraction>();
const KEPT_MAX = 50_000;

/** The exact decimal a number was written as (4.2 -> 42/10), using its shortest round-trip form. */
export function decimalToFraction(value: number): Fraction {
  if (Number.isInteger(value) && value >= 0 && value < SMALL_INTEGERS.length) return SMALL_INTEGERS[value]!;
  const kept = KEPT.get(value);
  if (kept) return kept;
  const fraction = Object.freeze(parseDecimal(value));
  if (KEPT.size >= KEPT_MAX) KEPT.clear();
  KEPT.set(value, fraction);
  return fraction;
}

function parseDecimal(value: number): Fraction {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const text = value.toString();
  const [mantissa, exponentPart] = text.toLowerCase().split('e');
  const exponent = exponentPart ? Number(exponentPart) : 0;
  const [intPart, fracPart = ''] = (mantissa ?? '0').split('.');
  let num = BigInt((intPart ?? '0') + fracPart);
  let scale = fracPart.length - exponent;
  let den = 1n;
  if (scale >= 0) den = 10n ** BigInt(scale);
  else num *= 10n ** BigInt(-scale);
  return { num, den };
}

/** a/b >= c/d for non-negative denominators. */
function compare(aNum: bigint, aDen: bigint, bNum: bigint, bDen: bigint): number {
  const left = aNum * bDen;
  const right = bNum * aDen;
  return left === right ? 0 : left > right ? 1 : -1;
}

/** (numerator / denominator) * scale >= threshold, exactly. numerator and denominator are decimals. */
export function ratioAtLeast(numerator: number, denominator: number, threshold: number, scale = 1): boolean {
  const n = decimalToFraction(numerator);
  const d = decimalToFraction(denominator);
  const t = decimalToFraction(threshold);
  const s = decimalToFraction(scale);
  return compare(n.num * d.den * s.num, n.den * d.num * s.den, t.num, t.den) >= 0;
}

/** (numerator / denominator) * scale <= threshold, exactly. */
export function ratioAtMost(numerator: number, denominator: number, threshold: number, scale = 1): boolean {
  const n = decimalToFraction(numerator);
  const d = decimalToFraction(denominator);
  const t = decimalToFraction(threshold);
  const s = decimalToFraction(scale);
  return compare(n.num * d.den * s.num, n.den * d.num * s.den, t.num, t.den) <= 0;
}

/** (numerator / denominator) * scale >= share * threshold, exactly. */
export function ratioAtLeastShareOf(numerator: number, denominator: number, scale: number, share: number, threshold: number): boolean {
  const n = decimalToFraction(numerator);
  const d = decimalToFraction(denominator);
  const s = decimalToFraction(scale);
  const sh = decimalToFraction(share);
  const t = decimalToFraction(threshold);
  return compare(n.num * d.den * s.num, n.den * d.num * s.den, sh.num * t.num, sh.den * t.den) >= 0;
}

/** ceil(a / b) for positive bigint b. */
function ceilDiv(a: bigint, b: bigint): bigint {
  if (a <= 0n) return 0n;
  return (a + b - 1n) / b;
}

/** Smallest whole n >= 0 with (count + n) * 100 >= threshold * students. */
export function teachersShortPer100(count: number, students: number, threshold: number): number {
  const t = decimalToFraction(threshold);
  const needed = ceilDiv(t.num * BigInt(students), 100n * t.den);
  const gap = needed - BigInt(count);
  return gap > 0n ? Number(gap) : 0;
}

/** Smallest whole n >= 0 with students / (teachers + n) <= ratio. */
export function teachersShortForRatio(teachers: number, students: number, ratio: number): number {
  if (students <= 0) return 0;
  const r = decimalToFraction(ratio);
  const needed = ceilDiv(BigInt(students) * r.den, r.num);
  const gap = needed - BigInt(teachers);
  return gap > 0n ? Number(gap) : 0;
}
