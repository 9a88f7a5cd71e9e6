import Redis from 'ioredis';
import { duplicateConnection } from './redis-connection';

/** Connections for blocking pops, one per waiter at a time, kept for reuse. */
export class BlockingPool {
  private readonly idle: Redis[] = [];
  private readonly all = new Set<Redis>();
  private closed = false;

  constructor(private readonly main: Redis) {}

  /**
   * BLPOP on `key` for up to `waitMs`; resolves either way. While Redis is away (a restart, a
   * failover) it resolves after the wait, not at once: the callers' next commands will say Redis
   * is away, and a wait that failed fast would only make their loops spin.
   */
  async waitOn(key: string, waitMs: number): Promise<void> {
    const deadline = Date.now() + waitMs;
    try {
      const connection = this.idle.pop() ?? (await this.open());
      if (!connection) return; // closed meanwhile
      try {
        await connection.blpop(key, Math.max(waitMs, 1) / 1000);
      } finally {
        if (this.all.has(connection)) this.idle.push(connection);
      }
    } catch {
      // Closing cuts waits short on purpose.
      if (!this.closed) await new Promise((resolve) => setTimeout(resolve, deadline - Date.now()).unref());
    }
  }

  close(): void {
    this.closed = true;
    for (const connection of this.all) connection.disconnect();
    this.all.clear();
    this.idle.length = 0;
  }

  /** A new connection, or null once closed: one that opened during close() would outlive it. */
  private async open(): Promise<Redis | null> {
    if (this.closed) return null;
    const connection = await duplicateConnection(this.main);
    if (this.closed) {
      connection.disconnect();
      return null;
    }
    this.all.add(connection);
    return connection;
  }
}
