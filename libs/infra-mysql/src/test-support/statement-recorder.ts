import { Logger } from 'typeorm';

/** A TypeORM logger that records the verb of every statement sent, to count round trips in specs. */
export class StatementRecorder implements Logger {
  private recorded: string[] = [];

  /** Verbs (UPDATE, SELECT, INSERT, START, COMMIT, …) sent since the last call, in order. */
  take(): string[] {
    const verbs = this.recorded;
    this.recorded = [];
    return verbs;
  }

  logQuery(query: string): void {
    this.recorded.push(query.trim().split(/\s+/)[0].toUpperCase());
  }

  // The rest has nothing to count: failures reach the spec as rejected promises.
  logQueryError(): void {
    /* not counted */
  }
  logQuerySlow(): void {
    /* not counted */
  }
  logSchemaBuild(): void {
    /* not counted */
  }
  logMigration(): void {
    /* not counted */
  }
  log(): void {
    /* not counted */
  }
}
