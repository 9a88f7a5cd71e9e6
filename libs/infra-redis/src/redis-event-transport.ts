import { Logger } from '@nestjs/common';
import { ClientRedis, MessageHandler, MsPattern, ReadPacket, ServerRedis } from '@nestjs/microservices';
import Redis, { RedisOptions } from 'ioredis';
import { RedisKeys } from './redis-keys';

/**
 * Nest's Redis transport carrying the events between the processes of one installation. A
 * handler's pattern (`@EventPattern('task.cancelled')`) is heard, and an emitted one sent, on the
 * installation's channel for it (RedisKeys.eventChannel): installations sharing one Redis never
 * hear each other, while the handlers keep their plain patterns and run unchanged on any transport.
 * Both sides connect as the main connection does (TLS, Sentinel, password, db), reconnect for as
 * long as the process runs, and report a lost connection once rather than at every attempt.
 */
export function redisEventTransport(keys: RedisKeys, connection: RedisOptions) {
  // Nest's transport brings its own retry strategy, driven by retryAttempts and retryDelay.
  const options = { ...connection, retryStrategy: undefined, retryAttempts: Number.MAX_SAFE_INTEGER, retryDelay: RECONNECT_DELAY_MS };
  return { server: new RedisEventServer(keys, options), client: new RedisEventClient(keys, options) };
}

/** Nest's transport reconnects after a fixed delay. */
const RECONNECT_DELAY_MS = 500;

type TransportOptions = ConstructorParameters<typeof ServerRedis>[0];

/** Hears the channels of this process's @EventPattern handlers. */
export class RedisEventServer extends ServerRedis {
  private readonly connections = new ConnectionReport('event server');
  private subscribed: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly keys: RedisKeys,
    options: TransportOptions,
  ) {
    super(options);
  }

  override addHandler(pattern: MsPattern, callback: MessageHandler, isEventHandler?: boolean, extras?: Record<string, unknown>): void {
    super.addHandler(this.keys.eventChannel(this.normalizePattern(pattern)), callback, isEventHandler, extras);
  }

  /**
   * Subscribes as Nest does (its handlers carry events only, so no reply channels), but keeps the
   * answer: Nest would leave a refused SUBSCRIBE (an ACL without the channels) an unhandled rejection.
   */
  override bindEvents(subClient: Redis, pubClient: Redis): void {
    subClient.on('message', this.getMessageHandler(pubClient).bind(this));
    const channels = [...this.messageHandlers.keys()];
    this.subscribed = channels.length > 0 ? subClient.subscribe(...channels) : Promise.resolve();
  }

  /** Calls back once the channels are subscribed, so that no event sent after the start is missed. */
  override listen(callback: (error?: unknown) => void): void {
    super.listen((error?: unknown) => {
      if (error) return callback(this.connections.cause(error));
      this.subscribed.then(() => callback(), callback);
    });
  }

  override registerErrorListener(client: Redis): void {
    this.connections.watch(client);
  }
}

/** Sends events to the installation's channels. */
export class RedisEventClient extends ClientRedis {
  private readonly connections = new ConnectionReport('event client');

  constructor(
    private readonly keys: RedisKeys,
    options: TransportOptions,
  ) {
    super(options);
  }

  override async connect(): Promise<unknown> {
    try {
      return await super.connect();
    } catch (error) {
      throw this.connections.cause(error);
    }
  }

  protected override dispatchEvent<T = unknown>(packet: ReadPacket): Promise<T> {
    return super.dispatchEvent({ ...packet, pattern: this.keys.eventChannel(this.normalizePattern(packet.pattern)) });
  }

  override registerErrorListener(client: Redis): void {
    this.connections.watch(client);
  }
}

/**
 * What the connections of one side went through: one warning when a connection that was up is
 * lost (instead of Nest's error line at every reconnect attempt), and the last error, which says
 * more than the "Connection is closed." or "Connection lost" that a failed connect rejects with.
 */
class ConnectionReport {
  private readonly logger = new Logger('ClusterEvents');
  private lastError: Error | undefined;

  constructor(private readonly side: string) {}

  watch(client: Redis): void {
    let wasReady = false;
    let reported = false;
    client.on('error', (error: Error) => {
      this.lastError = error;
      // Before the first connection a failure is the start's to report, in its one line.
      if (!wasReady || reported) return;
      reported = true;
      this.logger.warn(`${this.side}: lost its Redis connection, reconnecting: ${error.message}`);
    });
    client.on('ready', () => {
      wasReady = true;
      reported = false;
      this.lastError = undefined;
    });
  }

  /** The error to report for a failed connect or emit. */
  cause(error: unknown): unknown {
    return this.lastError ?? error;
  }
}
