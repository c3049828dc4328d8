import 'reflect-metadata';
import { DataSource, type Logger, type LoggerOptions } from 'typeorm';
import { loadConfig, type DbConfig } from './config';
import { acquireEmbeddedPostgres, type EmbeddedPostgresLease } from './embedded-postgres';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { runMigrationsLocked } from './migrate-locked';
import { ensureDatabase } from './ensure-database';

export interface OpenDatabaseOptions {
  /** Connect here instead of DATABASE_URL or the embedded server. */
  url?: string;
  /** Configuration; default `loadConfig()` (environment). */
  config?: DbConfig;
  /** A TypeORM logger, e.g. to count SQL statements (`logQuery` is called once per statement). */
  logger?: Logger;
  /** TypeORM `logging` option; default false, or true when a logger is given. */
  logging?: LoggerOptions;
  /** Run pending migrations when opening (default true). `synchronize` is never used. */
  migrationsRun?: boolean;
  /** Connection pool size (default 10). */
  poolSize?: number;
  /** Embedded server progress messages. */
  onLog?: (message: string) => void;
  /** Leave an embedded server this process starts running after close/exit (default: JUNHENG_PG_KEEP). */
  keepServer?: boolean;
}

export interface OpenedDatabase {
  dataSource: DataSource;
  /** The URL connected to (contains the password: do not log it). */
  url: string;
  /** True when the connection goes to the embedded PostgreSQL. */
  embedded: boolean;
  /** Closes the pool; the last user of an embedded server this process started stops it. */
  close(): Promise<void>;
}

/** A configured, not yet initialised DataSource over every entity and migration. */
export function createDataSource(url: string, options: Pick<OpenDatabaseOptions, 'logger' | 'logging' | 'migrationsRun' | 'poolSize'> = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: options.migrationsRun ?? true,
    migrationsTransactionMode: 'all',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install (managed servers allow none).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logger: options.logger,
    logging: options.logging ?? (options.logger ? true : false),
    extra: { max: options.poolSize ?? 10 },
  });
}

/**
 * Opens the application database: `options.url`, else DATABASE_URL, else the embedded PostgreSQL in
 * the data folder (started here or shared with the process that runs it), then runs migrations.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  const config = options.config ?? loadConfig();
  let lease: EmbeddedPostgresLease | null = null;
  let url = options.url ?? config.databaseUrl;
  if (!url) {
    lease = await acquireEmbeddedPostgres({
      dataDir: config.dataDir,
      password: config.password,
      port: config.port,
      keep: options.keepServer ?? config.keepServer,
      onLog: options.onLog,
    });
    try {
      await ensureDatabase(lease.url('postgres'), config.databaseName);
    } catch (e) {
      await lease.release();
      throw e;
    }
    url = lease.url(config.databaseName);
  }
  // Migrations under an advisory lock: processes started together on a fresh database take turns.
  const dataSource = createDataSource(url, { ...options, migrationsRun: false });
  try {
    await dataSource.initialize();
    if (options.migrationsRun ?? true) await runMigrationsLocked(dataSource);
  } catch (e) {
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    await lease?.release();
    throw e;
  }
  let closed = false;
  return {
    dataSource,
    url,
    embedded: lease !== null,
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        if (dataSource.isInitialized) await dataSource.destroy();
      } finally {
        await lease?.release();
      }
    },
  };
}
