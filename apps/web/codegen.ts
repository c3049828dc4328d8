import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the API's checked-in schema. Every `graphql(...)` call in src is validated
 * against it: an operation that does not match the schema fails `npm run codegen`, and so the build.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  errorsOnly: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, skipTypename: true, avoidOptionals: false, scalars: { ID: 'string' } },
    },
  },
  hooks: {},
};

export default config;
