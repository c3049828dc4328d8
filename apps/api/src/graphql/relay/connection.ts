import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { encodeCursor } from './cursor';
import { PageInfo } from './page-info.type';

export interface Page<T> {
  nodes: T[];
  /** Sort key of each node, for its cursor. */
  keys: Array<string | number>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}

/** `XConnection` and `XEdge` types for a node type (Relay cursor connections). */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  // Referenced by no field, so type-graphql 2 leaves it out of the schema; `XConnection` inherits its fields.
  @ObjectType(`${name}ConnectionBase`)
  abstract class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The nodes of the edges, for clients that need no cursors.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    /** Counted only when asked for. */
    countAll!: () => Promise<number>;

    @Field(() => Int, { description: 'Items in the whole list, all pages.' })
    totalCount(): Promise<number> {
      return this.countAll();
    }
  }
  return Connection;
}

/** Fills a connection instance from a page. */
export function toConnection<C extends { edges: unknown[]; nodes: unknown[]; pageInfo: PageInfo; countAll: () => Promise<number> }, T>(
  connection: C,
  page: Page<T>,
): C {
  const cursors = page.keys.map(encodeCursor);
  connection.nodes = page.nodes;
  connection.edges = page.nodes.map((node, i) => ({ node, cursor: cursors[i] }));
  connection.pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: cursors[0] ?? null,
    endCursor: cursors[cursors.length - 1] ?? null,
  });
  connection.countAll = page.totalCount;
  return connection;
}
