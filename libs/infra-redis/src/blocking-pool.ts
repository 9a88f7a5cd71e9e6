import Redis from 'ioredis';
import { duplicateConnection } from './redis-connection';

/** Connections for blocking pops, one per waiter at a time, kept for reuse. */
export class BlockingPool {
  private readonly idle: Redis[] = [];
  private readonly all = new Set<Redis>();
  private closed = false;

  constructor(private readonly main: Redis) {}

  /** BLPOP on `key` for up to `waitMs`; resolves either way. */
  async waitOn(key: string, waitMs: number): Promise<void> {
    const connection = this.idle.pop() ?? (await this.open());
    if (!connection) return; // closed meanwhile
    try {
      await connection.blpop(key, Math.max(waitMs, 1) / 1000);
    } catch (error) {
      if (!this.closed) throw error; // closing cuts waits short on purpose
    } finally {
      if (this.all.has(connection)) this.idle.push(connection);
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
