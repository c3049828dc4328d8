import type { Gender } from '@junheng/domain';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The GB 11643 check character of the first 17 digits of a national ID number. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * An 18-character national ID number (居民身份证号码): 6-digit region code, birth date YYYYMMDD,
 * 3-digit sequence whose last digit is odd for men and even for women, check character.
 */
export function nationalIdNumber(regionCode: string, birthDate: string, sequence: number, gender: Gender): string {
  if (!/^\d{6}$/.test(regionCode)) throw new RangeError(`region code must have 6 digits: ${regionCode}`);
  let seq = Math.abs(Math.trunc(sequence)) % 1000;
  if ((seq % 2 === 1) !== (gender === 'M')) seq = seq === 999 ? 998 : seq + 1;
  const first17 = `${regionCode}${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

/** Format, embedded birth date and check character of an 18-character ID number. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return idCheckChar(id.slice(0, 17)) === id[17];
}
