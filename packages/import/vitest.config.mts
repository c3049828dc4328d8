import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Decorators (TypeORM, type-graphql) need emitted metadata, which esbuild does not produce.
// One embedded PostgreSQL per test run, a fresh database per test file (@junheng/db/testing).
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['@junheng/db/testing/global-setup'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
