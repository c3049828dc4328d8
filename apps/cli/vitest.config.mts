import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Decorators (TypeORM, type-graphql) need emitted metadata, which esbuild does not produce.
// One embedded PostgreSQL per test run, a fresh database per test file (@junheng/db/testing).
// The CLI tests run the built CLI (dist/) as a child process: build first (turbo's test depends on build).
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['@junheng/db/testing/global-setup'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
