import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kind, parse, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../schema';
import { DEFAULT_LIMITS } from './armor';
import { operationCost } from './query-cost';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});

function cost(source: string, variables?: Record<string, unknown>, extraFragments: FragmentDefinitionNode[] = []): number {
  const doc = parse(source);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    [...doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION), ...extraFragments].map((f) => [f.name.value, f]),
  );
  return operationCost({ schema, operation, fragments, variables });
}

const NESTED = 'query($n:Int){schools(first:$n){nodes{county{schools(first:$n){nodes{county{schools(first:$n){nodes{code name}}}}}}}}}';

describe('operationCost', () => {
  it('reads page sizes from variables, literals and defaults alike', () => {
    const literal = cost('{ schools(first: 200) { nodes { code } } }');
    expect(cost('query($n: Int) { schools(first: $n) { nodes { code } } }', { n: 200 })).toBe(literal);
    expect(cost('query($n: Int = 200) { schools(first: $n) { nodes { code } } }')).toBe(literal);
    // A missing first (or a missing variable) counts as the default page of 50.
    expect(cost('{ schools { nodes { code } } }')).toBe(cost('{ schools(first: 50) { nodes { code } } }'));
    expect(cost('query($n: Int) { schools(first: $n) { nodes { code } } }', {})).toBe(cost('{ schools(first: 50) { nodes { code } } }'));
    expect(literal).toBe(200 * (2 + 1 + 2));
  });

  it('multiplies through nested connections, fragments and inline fragments included', () => {
    const n = 500;
    const nested = cost(NESTED, { n });
    expect(nested).toBeGreaterThan(n ** 3);
    expect(nested).toBeGreaterThan(DEFAULT_LIMITS.maxCost * 1000);
    const viaFragment = cost(
      'query($n:Int){ schools(first:$n){ ...Page } } fragment Page on SchoolConnection { nodes { county { schools(first:$n) { nodes { ... on School { code } } } } } }',
      { n: 100 },
    );
    expect(viaFragment).toBeGreaterThan(100 * 100);
  });

  it('passes the 180-byte query with small pages and refuses it with $n = 500', () => {
    expect(NESTED.length).toBeLessThanOrEqual(180);
    expect(cost(NESTED, { n: 5 })).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    expect(cost(NESTED, { n: 500 })).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it('lets every query of the web app through, with every `first` variable at its largest (500)', () => {
    const webSrc = resolve(__dirname, '..', '..', '..', 'web', 'src');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
          if (name !== 'gql') walk(path);
        } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk(webSrc);
    const sources = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => m[1]!));
    const definitions = sources.flatMap((s) => parse(s).definitions);
    const fragments = definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
    const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(20);
    const costs: Record<string, number> = {};
    for (const op of operations) {
      const variables = Object.fromEntries((op.variableDefinitions ?? []).map((v) => [v.variable.name.value, /first|size|limit/i.test(v.variable.name.value) ? 500 : undefined]));
      costs[op.name!.value] = operationCost({ schema, operation: op, fragments: Object.fromEntries(fragments.map((f) => [f.name.value, f])), variables });
    }
    const over = Object.entries(costs).filter(([, c]) => c > DEFAULT_LIMITS.maxCost);
    expect(over).toEqual([]);
    const heaviest = Object.entries(costs).sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.log(`web app's heaviest operations (limit ${DEFAULT_LIMITS.maxCost}): ${heaviest.map(([n, c]) => `${n} ${c}`).join(', ')}`);
  });
});
