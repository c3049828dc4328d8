import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Decorators (TypeORM entities) need emitted metadata; one embedded PostgreSQL per test run.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['@junheng/db/testing/global-setup'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
