import type { EntityManager } from 'typeorm';

/** A column of a bulk insert: its name and the PostgreSQL array type its values are sent as. */
export interface BulkColumn<Row> {
  name: string;
  /** Element type, e.g. 'text', 'int4', 'float8', 'numeric', 'bool', 'jsonb'. */
  type: string;
  value: (row: Row) => unknown;
  /** SQL that turns the unnested value (named `v`) into the column value, e.g. for text[] from jsonb. */
  convert?: (v: string) => string;
}

/**
 * Inserts rows with one statement per chunk: each column is sent as one array parameter and unnested,
 * so a chunk of any width needs only one parameter per column (no 65,535-parameter limit) and
 * PostgreSQL parses one statement per chunk.
 */
export async function bulkInsert<Row>(
  manager: EntityManager,
  table: string,
  columns: Array<BulkColumn<Row>>,
  rows: readonly Row[],
  options: { chunkSize?: number; onChunk?: (inserted: number) => void } = {},
): Promise<void> {
  const chunkSize = options.chunkSize ?? 10_000;
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const unnest = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const select = columns.map((c, i) => (c.convert ? c.convert(`u.${aliases[i]}`) : `u.${aliases[i]}`)).join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${unnest}) AS u(${aliases.join(', ')})`;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const params = columns.map((c) => chunk.map((row) => c.value(row)));
    await manager.query(sql, params);
    options.onChunk?.(Math.min(start + chunkSize, rows.length));
  }
}
