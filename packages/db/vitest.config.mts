import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Decorators (TypeORM, type-graphql) need emitted metadata, which esbuild does not produce.
// One embedded PostgreSQL per test run (other packages use '@junheng/db/testing/global-setup').
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['./src/testing/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
