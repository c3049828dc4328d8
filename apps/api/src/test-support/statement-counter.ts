import type { Logger } from 'typeorm';

/** A TypeORM logger that counts SQL statements (logQuery is called once per statement). */
export class StatementCounter implements Logger {
  count = 0;
  statements: string[] = [];
  recording = false;

  logQuery(query: string): void {
    if (!this.recording) return;
    this.count += 1;
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}

  /** Counts the statements `run` issues. */
  async measure<T>(run: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
    this.count = 0;
    this.statements = [];
    this.recording = true;
    try {
      const result = await run();
      return { result, count: this.count, statements: [...this.statements] };
    } finally {
      this.recording = false;
    }
  }
}
