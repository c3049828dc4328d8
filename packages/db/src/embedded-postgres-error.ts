export class EmbeddedPostgresError extends Error {
  constructor(
    readonly code: 'PORT_IN_USE' | 'DATA_DIR_NOT_EMPTY' | 'INITDB_FAILED' | 'START_FAILED' | 'TIMEOUT' | 'UNSUPPORTED_PLATFORM' | 'CONNECT_FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'EmbeddedPostgresError';
  }
}
