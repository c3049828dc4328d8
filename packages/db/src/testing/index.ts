/// <reference path="../pg-client.d.ts" />
export { createTestDatabase } from './create-test-database';
export type { CreateTestDatabaseOptions, TestDatabase } from './create-test-database';
export { default as globalSetup } from './global-setup';
