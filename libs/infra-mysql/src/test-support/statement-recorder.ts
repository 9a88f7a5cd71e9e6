import { Logger } from 'typeorm';

export interface RecordedStatement {
  readonly query: string;
  readonly parameters: unknown[];
}

/** A TypeORM logger that records every statement sent, to count round trips and explain plans in specs. */
export class StatementRecorder implements Logger {
  private recorded: string[] = [];
  private statements: RecordedStatement[] = [];

  /** Verbs (UPDATE, SELECT, INSERT, START, COMMIT, …) sent since the last call, in order. */
  take(): string[] {
    const verbs = this.recorded;
    this.recorded = [];
    this.statements = [];
    return verbs;
  }

  /** The statements sent since the last call, with their parameters. */
  takeStatements(): RecordedStatement[] {
    const statements = this.statements;
    this.recorded = [];
    this.statements = [];
    return statements;
  }

  logQuery(query: string, parameters: unknown[] = []): void {
    this.recorded.push(query.trim().split(/\s+/)[0].toUpperCase());
    this.statements.push({ query, parameters });
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
