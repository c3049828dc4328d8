import type { RegionKind } from '@junheng/db';
import type { DataSource, EntityManager } from 'typeorm';

export interface RegionNode {
  code: string;
  name: string;
  kind: RegionKind;
  parentCode: string | null;
}

/** A region and every region under it (a city and its counties), or every region for `null` (development bypass). */
export class RegionTree {
  private readonly byCode: ReadonlyMap<string, RegionNode>;

  constructor(readonly nodes: readonly RegionNode[]) {
    this.byCode = new Map(nodes.map((n) => [n.code, n]));
  }

  get codes(): string[] {
    return this.nodes.map((n) => n.code);
  }

  includes(code: string): boolean {
    return this.byCode.has(code);
  }
}

/** The regions under a region code (itself included), in code order, in one statement. */
export async function loadRegionTree(db: DataSource | EntityManager, regionCode: string | null): Promise<RegionTree> {
  const rows: Array<{ code: string; name: string; kind: RegionKind; parent_code: string | null }> =
    regionCode === null
      ? await db.query(`SELECT code, name, kind, parent_code FROM region ORDER BY code COLLATE "C"`)
      : await db.query(
          `WITH RECURSIVE tree AS (
             SELECT code, name, kind, parent_code FROM region WHERE code = $1
             UNION ALL
             SELECT r.code, r.name, r.kind, r.parent_code FROM region r JOIN tree t ON r.parent_code = t.code
           )
           SELECT code, name, kind, parent_code FROM tree ORDER BY code COLLATE "C"`,
          [regionCode],
        );
  return new RegionTree(rows.map((r) => ({ code: r.code, name: r.name, kind: r.kind, parentCode: r.parent_code })));
}

/** Whether a region code exists at all (to tell an unknown code from one outside the viewer's region). */
export async function regionExists(db: DataSource | EntityManager, code: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM region WHERE code = $1`, [code]);
  return rows.length > 0;
}
