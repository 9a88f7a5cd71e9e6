import Redis from 'ioredis';
import { CancellationBus } from '@asynctask/domain';
import { duplicateConnection } from './redis-connection';
import { RedisCall } from './redis-unavailable';

/** Cancellations by Redis pub/sub, on one subscriber connection opened at the first subscribe. */
export class RedisCancellationBus implements CancellationBus {
  private readonly handlers = new Set<(taskId: string) => void>();
  /** Shared by subscribers that arrive together, so they never open a connection each. */
  private subscriber: Promise<Redis> | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly channel: string,
    private readonly call: RedisCall,
    private readonly reportHandlerError: (error: unknown) => void = warnOfHandlerError,
  ) {}

  async publish(taskId: string): Promise<void> {
    await this.call(() => this.redis.publish(this.channel, taskId));
  }

  async subscribe(handler: (taskId: string) => void): Promise<() => Promise<void>> {
    const own = (taskId: string) => handler(taskId);
    this.handlers.add(own);
    try {
      await this.call(() => (this.subscriber ??= this.openSubscriber()));
    } catch (error) {
      this.handlers.delete(own);
      this.subscriber = null;
      throw error;
    }
    return async () => {
      this.handlers.delete(own);
    };
  }

  close(): void {
    const subscriber = this.subscriber;
    this.subscriber = null;
    // One still opening is closed as soon as it is open.
    void subscriber?.then(
      (connection) => connection.disconnect(),
      () => undefined,
    );
  }

  private async openSubscriber(): Promise<Redis> {
    const connection = await duplicateConnection(this.redis);
    connection.on('message', (_channel: string, taskId: string) => this.deliver(taskId));
    await connection.subscribe(this.channel);
    return connection;
  }

  /** A failing handler must not keep the id from the others, nor throw into the connection's reader. */
  private deliver(taskId: string): void {
    for (const handler of [...this.handlers]) {
      try {
        handler(taskId);
      } catch (error) {
        this.reportHandlerError(error);
      }
    }
  }
}

function warnOfHandlerError(error: unknown): void {
  process.emitWarning(error instanceof Error ? error : String(error), 'CancellationHandlerWarning');
}
