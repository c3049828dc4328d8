export * from './entities';
export { loadConfig, ConfigError } from './config';
export type { DbConfig } from './config';
export { openDatabase, createDataSource } from './data-source';
export type { OpenDatabaseOptions, OpenedDatabase } from './data-source';
export { acquireEmbeddedPostgres, stopEmbeddedPostgres, EmbeddedPostgresError } from './embedded-postgres';
export type { EmbeddedPostgresLease, EmbeddedPostgresOptions } from './embedded-postgres';
export { MIGRATIONS } from './migrations';
export { findRepoRoot } from './repo-root';
