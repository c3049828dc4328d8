import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Decorators (TypeORM, type-graphql) need emitted metadata, which esbuild does not produce.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: { include: ['src/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
});
