// The few `pg` APIs this package calls directly (the project does not depend on @types/pg).
declare module 'pg' {
  export interface QueryResult<R> { rows: R[]; rowCount: number | null }
  export interface ClientConfig { connectionString?: string; connectionTimeoutMillis?: number }
  export class Client {
    constructor(config?: ClientConfig);
    connect(): Promise<void>;
    query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
    escapeIdentifier(name: string): string;
    end(): Promise<void>;
    on(event: 'notification', listener: (message: { channel: string; payload?: string }) => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    on(event: 'end', listener: () => void): this;
  }
}
