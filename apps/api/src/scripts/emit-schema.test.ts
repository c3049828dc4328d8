import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printApiSchema } from './emit-schema';

describe('schema.graphql', () => {
  it('is checked in as the build writes it', async () => {
    const checkedIn = readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(checkedIn).toBe(await printApiSchema());
  });

  it('has the names the front end relies on', async () => {
    const sdl = await printApiSchema();
    for (const needle of ['node(id: ID!): Node', 'me: User!', 'counties: [County!]!', 'school(code: String!): School', 'budgets(countyCode: String!, year: Int!): [BudgetLine!]!', 'standardSet(regionCode: String): StandardSet!', 'interface Node', 'type PageInfo', 'enum IndicatorCode', 'enum Level']) {
      expect(sdl).toContain(needle);
    }
  });
});
