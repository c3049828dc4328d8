import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Decorators (TypeORM, type-graphql) need emitted metadata, which esbuild does not produce.
// One embedded PostgreSQL per test run, a fresh database per test file (@junheng/db/testing).
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    // One graphql for everyone: Vite would pick graphql's ES build for our files while type-graphql and
    // Apollo load its CommonJS build ("Cannot use GraphQLSchema from another module or realm").
    alias: [{ find: /^graphql$/, replacement: resolve(dirname(fileURLToPath(import.meta.url)), '../../node_modules/graphql/index.js') }],
  },
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['@junheng/db/testing/global-setup'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
