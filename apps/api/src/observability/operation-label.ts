/** Most distinct operation names kept as metric labels; later new names count as `other`. */
const MAX_OPERATIONS = 200;

/**
 * A bounded metric label for a GraphQL operation name chosen by the client: a plain GraphQL name of at
 * most 64 characters, among the first 200 seen; anything else is `other`, an unnamed operation
 * `anonymous`. (Labels are series in Prometheus: a client must not be able to create unbounded ones.)
 */
export class OperationLabels {
  private readonly seen = new Set<string>();

  label(name: unknown): string {
    if (name === null || name === undefined || name === '') return 'anonymous';
    if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= MAX_OPERATIONS) return 'other';
    this.seen.add(name);
    return name;
  }
}

/** The operation name a request names, or else the first one its query text declares (cache hits are not parsed). */
export function requestedOperationName(operationName: unknown, query: unknown): unknown {
  if (typeof operationName === 'string' && operationName !== '') return operationName;
  if (typeof query !== 'string') return null;
  return /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(query)?.[1] ?? null;
}
