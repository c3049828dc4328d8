import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRepoRoot } from '../repo-root';

/**
 * The lifecycle module is the only code that writes a scenario's status: every other source file of
 * every package and app (tests aside, which set up fixtures) is scanned for a write to the scenario
 * table, in SQL or through TypeORM.
 */
const WRITES = [
  /UPDATE\s+"?scenario"?\s+SET/i,
  /INSERT\s+INTO\s+"?scenario"?\s*\(/i,
  /\.(update|save|insert|upsert|create)\(\s*ScenarioEntity\b/,
  /getRepository\(\s*ScenarioEntity\s*\)\s*\.\s*(update|save|insert|upsert)\b/,
  /\.createQueryBuilder\(\)\s*\.update\(\s*ScenarioEntity/,
];
const OWNER = join('packages', 'db', 'src', 'scenario-lifecycle');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name) && !/\.test\.(ts|tsx|mjs)$/.test(name) && !path.includes(`${join('e2e')}`)) out.push(path);
  }
  return out;
}

export function scenarioStatusWriters(root: string): string[] {
  const found: string[] = [];
  for (const top of ['packages', 'apps']) {
    for (const pkg of readdirSync(join(root, top))) {
      const src = join(root, top, pkg, 'src');
      if (!statSync(join(root, top, pkg)).isDirectory()) continue;
      let files: string[] = [];
      try {
        files = sources(src);
      } catch {
        continue;
      }
      for (const file of files) {
        const where = relative(root, file);
        if (where.startsWith(OWNER) || where.startsWith(join('packages', 'db', 'src', 'migrations')) || where.includes(`${join('test-support')}`) || where.includes(`${join('src', 'testing')}`)) continue;
        const text = readFileSync(file, 'utf8');
        for (const pattern of WRITES) if (pattern.test(text)) found.push(`${where}: ${pattern.source}`);
      }
    }
  }
  return found;
}

describe('who writes a scenario\'s status', () => {
  it('only the lifecycle module does', () => {
    expect(scenarioStatusWriters(findRepoRoot())).toEqual([]);
  });

  it('the scan would see a write (the check can fail)', () => {
    const text = "await ds.query(`UPDATE scenario SET status = 'APPLIED' WHERE id = $1`, [id]);";
    expect(WRITES.some((p) => p.test(text))).toBe(true);
    expect(WRITES.some((p) => p.test('await manager.update(ScenarioEntity, { id }, { status: "DRAFT" })'))).toBe(true);
    expect(WRITES.some((p) => p.test('ctx.dataSource.getRepository(ScenarioEntity).save({ status: "SOLVED" })'))).toBe(true);
  });
});
