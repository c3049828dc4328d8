import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { CompiledExecutor } from './compiled-executor';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/**
 * Apollo Server 5 has no executor option; its gateway interface is the one place where execution can be
 * swapped while the rest of the pipeline stays: parsing, validation (GraphQL Armor's limits), every
 * plugin hook (the response cache marks answers in `didResolveOperation` and `willSendResponse`), and
 * error formatting (`formatError`, masking). This "gateway" serves one fixed schema and executes with
 * `executor` (graphql-jit, graphql-js as fallback).
 */
export function compiledExecutionGateway(schema: GraphQLSchema, executor: CompiledExecutor): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return {
        executor: (rc) =>
          executor.execute({
            schema,
            document: rc.document,
            source: rc.source,
            operationName: rc.operationName,
            variables: rc.request.variables,
            contextValue: rc.context,
          }),
      };
    },
    async stop() {},
  };
}
