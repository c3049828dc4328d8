import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** `npm run bench:web`: the same server and browser as the end-to-end tests, the timing script instead. */
export default defineConfig({ ...base, testDir: './bench', testMatch: '**/*.bench.ts', timeout: 600_000 });
