/** The value `infra/junheng.env.example` ships with: a copied example must not sign real tokens. */
export const EXAMPLE_JWT_SECRET = 'change-me-to-a-long-random-string-of-32-chars';

export const MIN_JWT_SECRET_LENGTH = 32;
/** A random 32-character secret has ~25 distinct characters; a phrase of repeats has a handful. */
export const MIN_JWT_SECRET_DISTINCT = 10;

/**
 * Why a JWT_SECRET is too weak to sign tokens with, or null when it will do: the example's value (or one
 * that still says "change-me"), shorter than 32 characters, fewer than 10 distinct characters, or a short
 * pattern repeated (`abcdabcd...`).
 */
export function jwtSecretWeakness(secret: string): string | null {
  if (secret === EXAMPLE_JWT_SECRET || /change[-_ ]?me/i.test(secret)) return 'is the example value from infra/junheng.env.example: set a random one';
  if (secret.length < MIN_JWT_SECRET_LENGTH) return `must be at least ${MIN_JWT_SECRET_LENGTH} characters (got ${secret.length})`;
  const distinct = new Set(secret).size;
  if (distinct < MIN_JWT_SECRET_DISTINCT) return `has too little entropy (${distinct} distinct characters; at least ${MIN_JWT_SECRET_DISTINCT})`;
  for (let period = 1; period <= secret.length / 2; period += 1) {
    if (secret.slice(period) === secret.slice(0, secret.length - period)) return `has too little entropy (a ${period}-character pattern repeated)`;
  }
  return null;
}
