import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  graphql, GraphQLBoolean, GraphQLFloat, GraphQLID, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType,
  GraphQLSchema, GraphQLString, type GraphQLNullableType,
} from 'graphql';

/**
 * The baseline of `npm run bench:api`: plain graphql-js answering the page of schools from memory. A
 * hand-written schema of the same shape as the API's page (connection, schools, sections, indicators,
 * checks), its data the API's own answer (sent by the benchmark over IPC), executed by `graphql()` (parse,
 * validate, execute, every request) behind node:http, in a child process measured like the API's.
 */
const nn = <T extends GraphQLNullableType>(t: T) => new GraphQLNonNull(t);
const list = <T extends GraphQLNullableType>(t: T) => nn(new GraphQLList(nn(t)));

const IndicatorValues = new GraphQLObjectType({
  name: 'IndicatorValues',
  fields: Object.fromEntries(['qualifiedPer100', 'backbonePer100', 'peArtsPer100', 'studentsPerTeacher', 'avgClassSize'].map((f) => [f, { type: GraphQLFloat }])),
});
const Check = new GraphQLObjectType({
  name: 'Check',
  fields: { indicator: { type: nn(GraphQLString) }, value: { type: GraphQLFloat }, threshold: { type: nn(GraphQLFloat) }, passes: { type: nn(GraphQLBoolean) }, gapTeachers: { type: GraphQLInt } },
});
const Section = new GraphQLObjectType({
  name: 'Section',
  fields: {
    level: { type: nn(GraphQLString) }, students: { type: nn(GraphQLInt) }, classes: { type: nn(GraphQLInt) }, teacherCount: { type: nn(GraphQLInt) },
    indicators: { type: nn(IndicatorValues) }, checks: { type: list(Check) },
  },
});
const School = new GraphQLObjectType({
  name: 'School',
  fields: {
    id: { type: nn(GraphQLID) }, code: { type: nn(GraphQLString) }, name: { type: nn(GraphQLString) }, kind: { type: nn(GraphQLString) },
    area: { type: nn(GraphQLString) }, weak: { type: nn(GraphQLBoolean) }, sections: { type: list(Section) },
  },
});
const SchoolEdge = new GraphQLObjectType({ name: 'SchoolEdge', fields: { cursor: { type: nn(GraphQLString) }, node: { type: nn(School) } } });
const PageInfo = new GraphQLObjectType({ name: 'PageInfo', fields: { hasNextPage: { type: nn(GraphQLBoolean) }, endCursor: { type: GraphQLString } } });
const SchoolConnection = new GraphQLObjectType({
  name: 'SchoolConnection',
  fields: { totalCount: { type: nn(GraphQLInt) }, pageInfo: { type: nn(PageInfo) }, edges: { type: list(SchoolEdge) } },
});

interface PageData {
  edges: Array<{ node: { code: string } }>;
}

function pageSchema(page: PageData): GraphQLSchema {
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        schools: {
          type: nn(SchoolConnection),
          args: { countyCode: { type: nn(GraphQLString) }, first: { type: nn(GraphQLInt) } },
          resolve: (_root, args: { first: number }) => ({ ...page, edges: page.edges.slice(0, args.first) }),
        },
      },
    }),
  });
}

function main(): void {
  let schema: GraphQLSchema | null = null;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
      void graphql({ schema: schema!, source: body.query, variableValues: body.variables }).then((result) => {
        // Apollo ends its JSON with a newline: the same bytes.
        const text = `${JSON.stringify(result)}\n`;
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      });
    });
  });
  let peak = process.memoryUsage().rss;
  let cpuFrom = process.cpuUsage();
  setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50).unref();
  process.on('message', (m: { type: string; page?: PageData }) => {
    if (m.type === 'data') {
      schema = pageSchema(m.page!);
      process.send?.({ type: 'data-loaded' });
    } else if (m.type === 'reset-peak') {
      peak = process.memoryUsage().rss;
      cpuFrom = process.cpuUsage();
      process.send?.({ type: 'peak-reset' });
    } else if (m.type === 'peak') {
      const cpu = process.cpuUsage(cpuFrom);
      process.send?.({ type: 'peak', rss: Math.max(peak, process.memoryUsage().rss), cpuMs: (cpu.user + cpu.system) / 1000 });
    } else if (m.type === 'stop') {
      server.close(() => process.exit(0));
      setTimeout(() => process.exit(0), 2000).unref();
    }
  });
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    process.send?.({ type: 'ready', url: `http://127.0.0.1:${port}/graphql` });
  });
}

main();
